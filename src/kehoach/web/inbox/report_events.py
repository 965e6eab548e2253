"""Notifications of the units' reports and deadlines.

A unit sends a report: the drafters of the plan's organisation (who review) hear of it. A report is
returned: the unit's reporters hear the reason and that they must send it again; accepted: they hear
the task is done. A task of an issued plan comes within a few days of its deadline, or passes it
unreported: its unit's reporters hear of it once (`notify_deadlines`, from the daily reminder run).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.urls import reverse

from kehoach.document.dates import format_short
from kehoach.web.inbox.deliver import Role, deliver, members
from kehoach.web.inbox.models import Notification
from kehoach.web.orgs.models import Membership
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import Task


def _task_name(task: Task) -> str:
    return f"nhiệm vụ “{task.text[:100]}” ({task.plan.label()[:100]})"


def _unit_people(task: Task, report: UnitReport | None = None) -> list[Any]:
    people = members(task.plan.organisation_id, Role.REPORTER, unit_id=task.unit_id)
    if report is not None and report.submitted_by is not None:
        people.append(report.submitted_by)  # whoever sent it hears back, whatever their role now
    return people


def _about_report(report: UnitReport, action: str) -> tuple[list[Any], str]:
    task = report.task
    unit = task.unit.name
    if action in {"report.submit", "report.partial"}:
        kind = "báo cáo một phần" if report.partial else "báo cáo"
        return members(task.plan.organisation_id, Role.DRAFTER), (
            f"{unit} đã gửi {kind} {_task_name(task)}: hãy xem xét, chấp nhận hoặc trả lại "
            "kèm ý kiến."
        )
    if action == "report.return":
        return _unit_people(task, report), (
            f"Báo cáo {_task_name(task)} của {unit} bị trả lại. Lý do: "
            f"{report.return_comment[:200].rstrip('.')}. Hãy sửa báo cáo và gửi lại."
        )
    if action == "report.accept":
        return _unit_people(task, report), (
            f"Báo cáo {_task_name(task)} của {unit} đã được chấp nhận; nhiệm vụ đã hoàn thành, "
            "không cần làm gì thêm."
        )
    return [], ""


def on_report_moved(
    sender: Any, report: UnitReport, user: Any, action: str, **kwargs: Any
) -> list[Notification]:
    people, text = _about_report(report, action)
    if not text:
        return []
    url = reverse("reports:task", args=[report.task_id])
    return deliver(
        people,
        report.task.plan.organisation_id,
        text,
        url,
        actor=user,
        kind=action,
        key=report_key(report, action),
    )


def report_key(report: UnitReport, action: str) -> str:
    """ "report:12:3:report.return": one notification per report, version and step."""
    return f"report:{report.pk}:{report.version}:{action}"


def report_id(key: str) -> int | None:
    parts = key.split(":")
    return int(parts[1]) if len(parts) > 2 and parts[0] == "report" and parts[1].isdigit() else None


def _deadline_text(task: Task, day: date) -> tuple[str, str]:
    """(key, text) of the task's deadline event as seen on `day`."""
    deadline = task.deadline or day
    todo = "Hãy gửi báo cáo, hoặc báo “không phát sinh” nếu đơn vị không có hoạt động."
    if deadline < day:
        return f"task:{task.pk}:late", (
            f"{task.unit.name}: {_task_name(task)} đã quá hạn báo cáo từ ngày "
            f"{format_short(deadline)}. {todo}"
        )
    when = "hôm nay" if deadline == day else f"ngày {format_short(deadline)}"
    return f"task:{task.pk}:due", (
        f"{task.unit.name}: {_task_name(task)} đến hạn báo cáo {when}. {todo}"
    )


def notify_deadlines(day: date, soon_days: int = 3) -> int:
    """Tell each unit's reporters, once per task and event, of tasks due within `soon_days` or late.

    A fixed number of queries: the tasks, the reporters of their units, who was told, one insert.
    """
    tasks = list(
        Task.objects.filter(
            plan__status=Plan.Status.ISSUED,
            deadline__isnull=False,
            deadline__lte=day + timedelta(days=soon_days),
        )
        .exclude(report_state__in=Task.DONE)
        .select_related("unit", "plan")
        .order_by("deadline", "pk")
    )
    reporters: dict[int, list[int]] = {}
    for user_id, unit_id in Membership.objects.filter(
        role=Role.REPORTER,
        unit_id__in={t.unit_id for t in tasks},
        user__is_active=True,
    ).values_list("user_id", "unit_id"):
        reporters.setdefault(unit_id, []).append(user_id)
    events = [(task, *_deadline_text(task, day)) for task in tasks]
    told = set(
        Notification.objects.filter(key__in=[key for _, key, _ in events]).values_list(
            "user_id", "key"
        )
    )
    rows = [
        Notification(
            user_id=user_id,
            organisation_id=task.plan.organisation_id,
            text=text[:500],
            url=reverse("reports:task", args=[task.pk]),
            kind="task.late" if key.endswith(":late") else "task.due",
            key=key,
        )
        for task, key, text in events
        for user_id in sorted(set(reporters.get(task.unit_id, [])))
        if (user_id, key) not in told
    ]
    # ignore_conflicts: two runs at once (two workers) still make one row per person and event
    Notification.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return len(rows)
