"""What the workers record: the daily jobs already queued (never twice), and that they are alive."""

from __future__ import annotations

from django.db import models


class PeriodicRun(models.Model):
    name = models.CharField("công việc", max_length=60)
    day = models.DateField("ngày")
    enqueued_at = models.DateTimeField("đưa vào hàng đợi lúc", auto_now_add=True)

    class Meta:
        verbose_name = "lượt chạy định kỳ"
        verbose_name_plural = "lượt chạy định kỳ"
        constraints = [
            models.UniqueConstraint(fields=["name", "day"], name="periodic_run_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.day:%d/%m/%Y}"


class WorkerHeartbeat(models.Model):
    """A worker says it is alive every scheduler interval; a job whose worker went silent is retried."""

    worker_id = models.CharField("mã tiến trình", max_length=64, unique=True)
    beat_at = models.DateTimeField("lần cuối còn chạy")

    class Meta:
        verbose_name = "tiến trình công việc nền"
        verbose_name_plural = "tiến trình công việc nền"

    def __str__(self) -> str:
        return self.worker_id
