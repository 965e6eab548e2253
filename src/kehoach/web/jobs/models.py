"""What the workers record: the daily jobs already queued (never twice), and that they are alive."""

from __future__ import annotations

from django.conf import settings
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


class Rendering(models.Model):
    """A file a worker makes for someone (a PDF, a print run): the page they wait on shows its state.

    `key` names what is made, so that two people asking for the same file share one job; a new version
    of a plan has a new key. The bytes are kept in `file`, or, when the producer stores them elsewhere
    (the frozen PDF of an issued plan), `next_url` says where to fetch them.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Đang chờ đến lượt"
        RUNNING = "running", "Đang tạo"
        READY = "ready", "Đã xong"
        FAILED = "failed", "Không tạo được"

    key = models.CharField("mã tệp", max_length=200, unique=True)
    kind = models.CharField("loại", max_length=40)
    object_id = models.PositiveIntegerField("mã đối tượng")
    title = models.CharField("tên hiển thị", max_length=300)
    file_name = models.CharField("tên tệp tải về", max_length=200)
    content_type = models.CharField("kiểu tệp", max_length=100, default="application/pdf")
    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name="cơ quan"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="người yêu cầu",
    )
    back_url = models.CharField("trang quay lại", max_length=300, blank=True)
    next_url = models.CharField("nơi tải tệp", max_length=300, blank=True)
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField("tệp", upload_to="tao-tep/%Y/%m/", blank=True)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    error = models.TextField("lỗi", blank=True)
    notes = models.JSONField("lời nhắn khi xong", default=list, blank=True)  # [[level, text]]
    attempts = models.PositiveSmallIntegerField("số lần chạy", default=0)
    created_at = models.DateTimeField("yêu cầu lúc", auto_now_add=True)
    finished_at = models.DateTimeField("xong lúc", null=True, blank=True)

    class Meta:
        verbose_name = "tệp tạo nền"
        verbose_name_plural = "tệp tạo nền"

    def __str__(self) -> str:
        return self.title
