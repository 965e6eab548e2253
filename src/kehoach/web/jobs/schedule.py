"""Periodic work of the workers: the daily jobs, and jobs whose worker died.

Daily jobs run once a day, from whichever worker gets there first.
Each worker checks every minute; the first to find a daily job due (past its hour, not yet run today)
writes a PeriodicRun row and enqueues the job in one transaction. The row's unique (name, day) makes
the others' attempts fail harmlessly, so any number of workers enqueue it once.

Each worker beats every interval (WorkerHeartbeat). A RUNNING job whose worker has not beaten for
KEHOACH_JOB_STALE_SECONDS lost its worker (killed, machine restarted): it is marked failed (WorkerLost)
and enqueued again as its next attempt, once. A long job of a live worker is never touched.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs import jobs
from kehoach.web.jobs.models import PeriodicRun, WorkerHeartbeat
from kehoach.web.jobs.policy import WorkerLost

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


MAX_ATTEMPTS = 3


def beat(worker_id: str) -> None:
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id, defaults={"beat_at": timezone.now()}
    )


def _abandoned(job: DBTaskResult, beats: dict[str, datetime], stale: datetime) -> bool:
    worker = job.worker_ids[-1] if job.worker_ids else ""
    last = beats.get(worker)
    return (last or job.started_at or stale) < stale


def requeue_abandoned(now: datetime | None = None) -> int:
    """Fail the jobs whose worker went silent and enqueue their next attempt; how many."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=int(getattr(settings, "KEHOACH_JOB_STALE_SECONDS", 120)))
    beats = dict(WorkerHeartbeat.objects.values_list("worker_id", "beat_at"))
    found = 0
    for candidate in DBTaskResult.objects.filter(status="RUNNING", started_at__lt=stale):
        if not _abandoned(candidate, beats, stale):
            continue
        with transaction.atomic():
            job = DBTaskResult.objects.select_for_update().filter(pk=candidate.pk, status="RUNNING")
            locked = job.first()
            if locked is None:
                continue  # another worker got to it first
            locked.set_failed(WorkerLost("tiến trình chạy công việc đã dừng giữa chừng"))
            args, kwargs = locked.args_kwargs["args"], dict(locked.args_kwargs["kwargs"])
            attempt = int(kwargs.get("attempt", 1))
            if attempt < MAX_ATTEMPTS:
                kwargs["attempt"] = attempt + 1
                import_string(locked.task_path).enqueue(*args, **kwargs)
            found += 1
    return found


def run_scheduler(stop: threading.Event, worker_id: str, interval: float = 60.0) -> None:
    """The loop a worker runs in a thread beside the queue."""
    while not stop.is_set():
        try:
            beat(worker_id)
            requeue_abandoned()
            enqueue_due()
        except Exception:  # a database outage must not kill the worker; try again next minute
            log.exception("scheduler: could not check the periodic jobs")
        stop.wait(interval)
