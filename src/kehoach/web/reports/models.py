"""A unit's report on one task: figures, text, evidence files or "không phát sinh", and its review.

One report per task and period (a unique key: a retried or doubled submission can never make two); every
submission, return and acceptance is kept as a revision. Figures of accepted reports are copied
into AcceptedFigure rows so the dashboard and the roll-up sum them with one indexed aggregate.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Unit
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task


class UnitReport(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Đang soạn"
        SUBMITTED = "submitted", "Đã gửi, chờ duyệt"
        RETURNED = "returned", "Bị trả lại"
        ACCEPTED = "accepted", "Đã chấp nhận"

    task = models.ForeignKey(
        Task, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="reports"
    )
    # "" for a one-off report; a period code ("2025-quy-1", kehoach.report.periods) when the plan asks
    # for recurring reports: one report per task and period.
    period = models.CharField("kỳ báo cáo", max_length=20, blank=True, default="")
    state = models.CharField("trạng thái", max_length=10, choices=State.choices)
    partial = models.BooleanField("báo cáo một phần (chưa đến hạn)", default=False)
    no_activity = models.BooleanField("không phát sinh", default=False)
    figures = models.JSONField("số liệu", default=dict, blank=True)
    text = models.TextField("kết quả thực hiện", blank=True)
    difficulties = models.TextField("khó khăn, vướng mắc", blank=True)
    causes = models.TextField("nguyên nhân", blank=True)
    proposals = models.TextField("kiến nghị, đề xuất", blank=True)
    return_comment = models.TextField("ý kiến trả lại", blank=True)
    version = models.PositiveIntegerField("phiên bản", default=1)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField("duyệt lúc", null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    class Meta:
        verbose_name = "báo cáo của đơn vị"
        verbose_name_plural = "báo cáo của đơn vị"
        indexes = [models.Index(fields=["state", "-submitted_at"], name="report_state_time")]
        constraints = [
            models.UniqueConstraint(fields=["task", "period"], name="report_task_period")
        ]

    def __str__(self) -> str:
        return f"Báo cáo: {self.task}"


REVISION_LABELS = {
    "save": "Lưu nháp",
    "submit": "Gửi báo cáo",
    "partial": "Gửi báo cáo một phần",
    "return": "Trả lại",
    "accept": "Chấp nhận",
}


class ReportRevision(models.Model):
    """What was sent, returned or accepted, and by whom: never changed afterwards."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField("lần")
    action = models.CharField("thao tác", max_length=20)  # save, submit, partial, return, accept
    data = models.JSONField("nội dung")
    comment = models.TextField("ý kiến", blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        ordering = ["report", "number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="report_revision_unique")
        ]

    @property
    def label(self) -> str:
        return REVISION_LABELS.get(self.action, self.action)


def evidence_path(instance: Evidence, filename: str) -> str:
    return f"evidence/{filename}"


class Evidence(models.Model):
    """A file attached to a report, stored under MEDIA_ROOT (outside the web root) by a random name."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField("tệp", upload_to=evidence_path, max_length=200)
    name = models.CharField("tên tệp gốc", max_length=200)
    kind = models.CharField("loại", max_length=10)  # jpeg, png, webp, pdf, docx
    size = models.PositiveIntegerField("dung lượng")
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    class Meta:
        verbose_name = "minh chứng"
        verbose_name_plural = "minh chứng"
        ordering = ["report", "pk"]

    @property
    def is_image(self) -> bool:
        return self.kind in {"jpeg", "png", "webp"}


class AcceptedFigure(models.Model):
    """One figure of an accepted report, denormalised by plan and unit for the aggregates."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(
        UnitReport, on_delete=models.CASCADE, related_name="accepted_figures"
    )
    key = models.CharField(max_length=40)
    value = models.BigIntegerField()
    period = models.CharField(max_length=20, blank=True, default="")

    class Meta:
        indexes = [
            models.Index(fields=["plan", "key", "value"], name="figure_plan_key"),
            models.Index(fields=["plan", "unit", "key"], name="figure_plan_unit"),
        ]
