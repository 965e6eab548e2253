"""The worker runs what is queued: a digest job mails the people it should, and a mail server that
fails leaves the job failed on record with its retry queued."""

from __future__ import annotations

import signal
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs import jobs
from web.tasks.fixtures import *  # noqa: F403 - tasks with reporters and deadlines

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def no_pdf_jobs(settings):
    """Only the digest in the queue: issuing the fixtures' plan makes no PDF job here."""
    settings.KEHOACH_PDF_AT_ISSUE = False


def test_the_worker_sends_the_digest_job(vhxh_task, vhxh_reporter):
    vhxh_reporter.email = "vhxh@lechan.gov.vn"
    vhxh_reporter.save()
    result = jobs.send_daily_digests.enqueue(vhxh_task.deadline.isoformat())
    call_command("run_worker", "--batch", verbosity=0)
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == "SUCCESSFUL"
    assert [m.to for m in mail.outbox] == [["vhxh@lechan.gov.vn"]]


def test_a_failing_mail_server_is_retried(vhxh_task, vhxh_reporter, settings):
    vhxh_reporter.email = "vhxh@lechan.gov.vn"
    vhxh_reporter.save()
    settings.EMAIL_BACKEND = "web.jobs.failing_mail.Backend"
    result = jobs.send_daily_digests.enqueue(date(2025, 3, 10).isoformat())
    call_command("run_worker", "--batch", verbosity=0)
    assert DBTaskResult.objects.get(pk=result.id).status == "FAILED"
    retry = DBTaskResult.objects.exclude(pk=result.id).get()
    assert retry.status == "READY" and retry.args_kwargs["kwargs"] == {"attempt": 2}


def test_a_batch_run_leaves_the_callers_signal_handlers_alone():
    before = signal.getsignal(signal.SIGTERM)
    call_command("run_worker", "--batch", verbosity=0)
    assert signal.getsignal(signal.SIGTERM) is before
