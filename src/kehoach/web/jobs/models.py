"""What the periodic scheduler has already put on the queue, so that two workers never do it twice."""

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
