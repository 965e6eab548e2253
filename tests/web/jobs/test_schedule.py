"""The daily digest is put on the queue once a day, after its hour, whatever the number of workers."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs.models import PeriodicRun
from kehoach.web.jobs.schedule import enqueue_due

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
