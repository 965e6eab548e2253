"""The site's jobs. Each is a django-tasks task whose body goes through policy.run_with_retries."""

from __future__ import annotations

from datetime import date
from typing import Any

from django_tasks import task

from kehoach.web.jobs.policy import run_with_retries
from kehoach.web.tasks.reminders import send_digests


@task()
def send_daily_digests(day: str, attempt: int = 1) -> dict[str, int]:
    """The daily reminder mails of `day` (ISO date). Retried when the mail server fails; people who
    already got theirs that day are not mailed twice."""

    def work() -> dict[str, Any]:
        result = send_digests(date.fromisoformat(day))
        return {key: result[key] for key in ("sent", "no_email", "skipped")}

    return run_with_retries(send_daily_digests, work, day, attempt=attempt, seconds=300)
