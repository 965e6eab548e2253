"""Periodic jobs: once a day, from whichever worker gets there first.

Each worker checks every minute; the first to find a daily job due (past its hour, not yet run today)
writes a PeriodicRun row and enqueues the job in one transaction. The row's unique (name, day) makes
the others' attempts fail harmlessly, so any number of workers enqueue it once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from kehoach.web.jobs import jobs
from kehoach.web.jobs.models import PeriodicRun

log = logging.getLogger("kehoach.jobs")


@dataclass(frozen=True)
class Daily:
    name: str
    hour: int
    job: Any


def daily_jobs() -> list[Daily]:
    return [
        Daily(
            "nhac-viec", int(getattr(settings, "KEHOACH_DIGEST_HOUR", 7)), jobs.send_daily_digests
        )
    ]


def enqueue_due(now: datetime | None = None) -> list[str]:
    """Enqueue the daily jobs due at `now` that no worker has enqueued today; their names."""
    now = timezone.localtime(now)
    today: date = now.date()
    enqueued = []
    for daily in daily_jobs():
        if now.hour < daily.hour or PeriodicRun.objects.filter(name=daily.name, day=today).exists():
            continue
        try:
            with transaction.atomic():
                PeriodicRun.objects.create(name=daily.name, day=today)
                daily.job.enqueue(today.isoformat())
        except IntegrityError:
            continue  # another worker was first
        enqueued.append(daily.name)
    return enqueued


def run_scheduler(stop: threading.Event, interval: float = 60.0) -> None:
    """The loop a worker runs in a thread beside the queue."""
    while not stop.is_set():
        try:
            enqueue_due()
        except Exception:  # a database outage must not kill the worker; try again next minute
            log.exception("scheduler: could not check the periodic jobs")
        stop.wait(interval)
