"""Tasks: what an issued plan asks of each unit, with its deadline, and the figures the plan wants back.

`report_state` mirrors the state of the unit's report (kept in the same transaction as the report), so
the dashboard of a plan with tens of thousands of tasks counts one indexed table, never joins per row.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.report import FigureSpec
from kehoach.web.orgs.models import Unit
from kehoach.web.plans.models import Plan

DEFAULT_FIGURES = [
    FigureSpec("phat_thanh", "Buổi phát thanh", "buổi"),
    FigureSpec("bang_ron", "Băng rôn, pa-nô", "cái"),
    FigureSpec("tin_bai", "Tin, bài", "tin, bài"),
    FigureSpec("hoi_nghi", "Hội nghị", "cuộc"),
    FigureSpec("luot_nguoi", "Lượt người tham dự", "lượt"),
]


class Task(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", "Chủ trì"
        SUPPORT = "support", "Phối hợp"

    class ReportState(models.TextChoices):
        NONE = "none", "Chưa báo cáo"
        DRAFT = "draft", "Đang soạn"
        PARTIAL = "partial", "Đã báo cáo một phần"
        SUBMITTED = "submitted", "Chờ duyệt"
        RETURNED = "returned", "Bị trả lại"
        ACCEPTED = "accepted", "Đã chấp nhận"

    DONE = (ReportState.SUBMITTED, ReportState.ACCEPTED)

    plan = models.ForeignKey(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="tasks"
    )
    unit = models.ForeignKey(
        Unit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="tasks"
    )
    position = models.PositiveIntegerField("thứ tự phân công")
    role = models.CharField("vai trò", max_length=10, choices=Role.choices, default=Role.LEAD)
    text = models.TextField("nhiệm vụ")
    deadline = models.DateField("hạn báo cáo", null=True, blank=True)
    report_state = models.CharField(
        "tình trạng báo cáo", max_length=10, choices=ReportState.choices, default=ReportState.NONE
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    class Meta:
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        ordering = ["deadline", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "unit", "position"], name="task_unique")
        ]
        indexes = [
            models.Index(fields=["plan", "report_state"], name="task_plan_state"),
            models.Index(fields=["plan", "unit", "report_state"], name="task_plan_unit"),
            models.Index(fields=["plan", "deadline", "report_state"], name="task_plan_deadline"),
            models.Index(fields=["unit", "report_state", "deadline"], name="task_unit_due"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.text[:60]}"

    @property
    def is_done(self) -> bool:
        return self.report_state in self.DONE


class PlanFigures(models.Model):
    """The figures one plan asks its units to report (the defaults when a plan has no row)."""

    plan = models.OneToOneField(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="figure_setup"
    )
    figures = models.JSONField("số liệu cần báo cáo", default=list)
    # Recurring reports: "" (one report per task) or a period kind of kehoach.report.periods.
    period_kind = models.CharField("kỳ báo cáo định kỳ", max_length=10, blank=True, default="")

    class Meta:
        verbose_name = "số liệu cần báo cáo"
        verbose_name_plural = "số liệu cần báo cáo"

    def specs(self) -> list[FigureSpec]:
        return [
            FigureSpec(
                f["key"],
                f["label"],
                f.get("measure", ""),
                f.get("target"),
                tuple(f.get("units") or ()),
            )
            for f in self.figures
        ]


def _setup(plan: Plan | int) -> PlanFigures | None:
    """The plan's figure setup: by id, one query; from a Plan, the row joined when the plan was read
    (`task_for` joins it, so a report page asks nothing more) or read once and kept on the plan."""
    if isinstance(plan, int):
        return PlanFigures.objects.filter(plan_id=plan).first()
    try:
        return plan.figure_setup
    except PlanFigures.DoesNotExist:
        return None


def figure_specs(plan: Plan | int) -> list[FigureSpec]:
    setup = _setup(plan)
    return setup.specs() if setup and setup.figures else list(DEFAULT_FIGURES)


class ReminderSent(models.Model):
    """One digest per person per day: cron may run the command twice, people get one mail."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField("ngày")
    tasks = models.PositiveIntegerField("số nhiệm vụ", default=0)
    sent_at = models.DateTimeField("gửi lúc", auto_now_add=True)

    class Meta:
        verbose_name = "nhắc việc đã gửi"
        verbose_name_plural = "nhắc việc đã gửi"
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="reminder_once")]


class Nudge(models.Model):
    """ "Đôn đốc": a leader reminds one unit, now, of its open tasks on one plan (shown in the
    unit's task list and sent by e-mail; the audit log keeps who sent it)."""

    plan = models.ForeignKey(
        Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="+"
    )
    unit = models.ForeignKey(
        Unit, verbose_name="đơn vị", on_delete=models.CASCADE, related_name="nudges"
    )
    message = models.TextField("nội dung")
    tasks = models.PositiveIntegerField("số nhiệm vụ chưa xong", default=0)
    emailed = models.PositiveIntegerField("số thư đã gửi", default=0)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField("gửi lúc", auto_now_add=True)

    class Meta:
        verbose_name = "đôn đốc"
        verbose_name_plural = "đôn đốc"
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["unit", "-sent_at"], name="nudge_unit_time")]


def period_kind(plan: Plan | int) -> str:
    """The plan's recurring report period kind ("quy", "thang", ...), "" for one report per task."""
    setup = _setup(plan)
    return setup.period_kind if setup else ""
