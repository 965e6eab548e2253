"""The daily digest is put on the queue once a day, after its hour, whatever the number of workers."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs import jobs
from kehoach.web.jobs.models import PeriodicRun, WorkerHeartbeat
from kehoach.web.jobs.schedule import beat, enqueue_due, requeue_abandoned

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def at(hour: int) -> datetime:
    return datetime(2025, 3, 10, hour, 5, tzinfo=HANOI)


def test_nothing_before_the_hour(settings):
    settings.KEHOACH_DIGEST_HOUR = 7
    assert enqueue_due(at(6)) == [] and not DBTaskResult.objects.exists()


def test_the_digest_is_enqueued_after_the_hour_with_its_day(settings):
    settings.KEHOACH_DIGEST_HOUR = 7
    assert enqueue_due(at(7)) == ["nhac-viec"]
    assert DBTaskResult.objects.get().args_kwargs["args"] == ["2025-03-10"]


def test_a_second_check_the_same_day_enqueues_nothing(settings):
    settings.KEHOACH_DIGEST_HOUR = 7
    enqueue_due(at(7))
    assert enqueue_due(at(9)) == [] and DBTaskResult.objects.count() == 1


def test_another_worker_that_was_first_wins(settings, monkeypatch):
    settings.KEHOACH_DIGEST_HOUR = 7
    PeriodicRun.objects.create(name="nhac-viec", day=at(7).date())
    assert enqueue_due(at(8)) == [] and not DBTaskResult.objects.exists()


def test_a_job_whose_worker_died_is_failed_and_tried_again(settings):
    settings.KEHOACH_JOB_STALE_SECONDS = 60
    result = jobs.send_daily_digests.enqueue("2025-03-10")
    job = DBTaskResult.objects.get(pk=result.id)
    job.claim("worker-da-chet")
    five_minutes_ago = timezone.now() - timedelta(minutes=5)
    DBTaskResult.objects.filter(pk=job.pk).update(started_at=five_minutes_ago)
    WorkerHeartbeat.objects.create(worker_id="worker-da-chet", beat_at=five_minutes_ago)
    assert requeue_abandoned() == 1
    assert DBTaskResult.objects.get(pk=job.pk).status == "FAILED"
    retry = DBTaskResult.objects.exclude(pk=job.pk).get()
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert requeue_abandoned() == 0  # once


def test_a_long_job_of_a_live_worker_is_left_running(settings):
    settings.KEHOACH_JOB_STALE_SECONDS = 60
    result = jobs.send_daily_digests.enqueue("2025-03-10")
    DBTaskResult.objects.get(pk=result.id).claim("worker-dang-chay")
    DBTaskResult.objects.filter(pk=result.id).update(started_at=timezone.now() - timedelta(hours=1))
    beat("worker-dang-chay")
    assert requeue_abandoned() == 0
