"""How a job fails: a time limit, then a retry later, a few times, each failure on record.

The queue is django-tasks with its database backend (see docs/operations.md for why): a job is a row
written in the same transaction as the data it is about, run by `kehoach worker` (db_worker). The
queue itself neither retries nor limits time, so every job body goes through `run_with_retries`: the
work runs under a time limit (SIGALRM in the worker's main thread), and a failure enqueues the same job
again after a growing delay until `max_attempts`; then it stays failed, visible in the admin
(Công việc chạy nền) with its exception.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, TypeVar

from django.utils import timezone

T = TypeVar("T")
log = logging.getLogger("kehoach.jobs")

DELAYS = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10))


class JobTimeout(Exception):
    """The job ran past its time limit."""


class WorkerLost(Exception):
    """The worker running the job stopped (killed, machine restarted) before the job finished."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise JobTimeout after `seconds` (only in a main thread, where signals can be handled)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise JobTimeout(f"quá thời gian cho phép ({seconds:g} giây)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_with_retries(
    job: Any,
    work: Callable[[], T],
    *args: Any,
    attempt: int = 1,
    max_attempts: int = 3,
    seconds: float = 120,
    permanent: tuple[type[BaseException], ...] = (),
) -> T:
    """Run `work`; on failure enqueue `job(*args, attempt=attempt + 1)` later, then re-raise.

    Errors of a `permanent` kind (a file that cannot be read) are re-raised without a retry: trying
    again would fail the same way."""
    try:
        with time_limit(seconds):
            return work()
    except permanent:
        raise
    except Exception:
        if attempt < max_attempts:
            delay = DELAYS[min(attempt, len(DELAYS)) - 1]
            job.using(run_after=timezone.now() + delay).enqueue(*args, attempt=attempt + 1)
            log.warning("job %s failed (attempt %d), retrying in %s", job.name, attempt, delay)
        else:
            log.error("job %s failed for good after %d attempts", job.name, attempt)
        raise
