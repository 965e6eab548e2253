"""A failing job is retried later with a growing delay, a few times, then stays failed on record."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs import jobs
from kehoach.web.jobs.policy import JobTimeout, run_with_retries, time_limit

pytestmark = pytest.mark.django_db


def boom() -> None:
    raise ConnectionError("máy chủ thư không trả lời")


def test_work_that_succeeds_returns_its_result_and_enqueues_nothing():
    assert run_with_retries(jobs.send_daily_digests, lambda: 42, "2025-03-10") == 42
    assert not DBTaskResult.objects.exists()


def test_a_failure_is_enqueued_again_later_with_the_next_attempt():
    with pytest.raises(ConnectionError):
        run_with_retries(jobs.send_daily_digests, boom, "2025-03-10", attempt=1)
    retry = DBTaskResult.objects.get()
    assert retry.args_kwargs == {"args": ["2025-03-10"], "kwargs": {"attempt": 2}}
    assert retry.run_after > timezone.now() + timedelta(seconds=20)


def test_the_delay_grows_with_each_attempt():
    with pytest.raises(ConnectionError):
        run_with_retries(jobs.send_daily_digests, boom, "2025-03-10", attempt=2)
    assert DBTaskResult.objects.get().run_after > timezone.now() + timedelta(minutes=1)


def test_after_the_last_attempt_nothing_more_is_enqueued():
    with pytest.raises(ConnectionError):
        run_with_retries(jobs.send_daily_digests, boom, "2025-03-10", attempt=3, max_attempts=3)
    assert not DBTaskResult.objects.exists()


def test_work_past_its_time_limit_is_stopped():
    started = time.monotonic()
    with pytest.raises(JobTimeout), time_limit(0.2):
        time.sleep(5)
    assert time.monotonic() - started < 2
