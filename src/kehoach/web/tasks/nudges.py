"""Đôn đốc: a leader's reminder to one unit, now — in the unit's task list, by e-mail to the unit's
reporters, and in the audit log. The message names the plan and the unit's open tasks with deadlines."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.mail import EmailMessage, get_connection

from kehoach.document.dates import format_short
from kehoach.report import plan_citation
from kehoach.web.audit.log import record
from kehoach.web.orgs.models import Membership, Unit
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Nudge, Task

MAX_LISTED = 20


def open_tasks(plan: Plan, unit: Unit) -> list[Task]:
    return list(
        Task.objects.filter(plan=plan, unit=unit)
        .exclude(report_state__in=Task.DONE)
        .order_by("deadline", "position")
    )


def message(plan: Plan, unit: Unit, tasks: list[Task], sender: Any, today: date) -> str:
    title = f"{plan_citation(plan.document(), with_issuer=False)} về {plan.title}"
    lines = [
        f"Kính gửi {unit.name},",
        "",
        f"Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả các nhiệm vụ theo {title}:",
    ]
    for task in tasks[:MAX_LISTED]:
        due = ""
        if task.deadline:
            due = f" (hạn {format_short(task.deadline)}" + (
                ", đã quá hạn)" if task.deadline < today else ")"
            )
        lines.append(f"- {task.text[:200]}{due}")
    if len(tasks) > MAX_LISTED:
        lines.append(f"- và {len(tasks) - MAX_LISTED} nhiệm vụ khác.")
    lines += ["", f"Người đôn đốc: {person_name(sender)}."]
    return "\n".join(lines)


def nudge(plan: Plan, unit: Unit, sender: Any, today: date) -> Nudge:
    """Remind the unit now; e-mail its reporters who have an address."""
    tasks = open_tasks(plan, unit)
    text = message(plan, unit, tasks, sender, today)
    addresses = sorted(
        {
            email
            for email in Membership.objects.filter(
                unit=unit, role=Membership.Role.REPORTER
            ).values_list("user__email", flat=True)
            if email
        }
    )
    if addresses:
        subject = f"Đôn đốc báo cáo: {plan.title[:120]}"
        get_connection().send_messages([EmailMessage(subject, text, to=[a]) for a in addresses])
    sent = Nudge.objects.create(
        plan=plan, unit=unit, message=text, tasks=len(tasks), emailed=len(addresses), sent_by=sender
    )
    record(
        sender,
        plan.organisation,
        "task.nudge",
        sent,
        f"Đôn đốc {unit.name}: {len(tasks)} nhiệm vụ chưa xong",
        plan=plan.pk,
        unit=unit.pk,
        emailed=len(addresses),
    )
    return sent
