"""A unit's row opened: its tasks on the plan with their reports, and the "Đôn đốc" button."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from kehoach.web import permissions
from kehoach.web.orgs.models import Membership, Unit
from kehoach.web.plans.models import Plan
from kehoach.web.progress.views import plan_for_progress
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import Nudge, Task
from kehoach.web.tasks.nudges import nudge


def _unit_of(plan: Plan, unit_pk: int) -> Unit:
    unit = Unit.objects.filter(pk=unit_pk, tasks__plan=plan).distinct().first()
    if unit is None:
        raise Http404("Đơn vị không có nhiệm vụ trong kế hoạch này.")
    return unit


def can_nudge(user: object, plan: Plan) -> bool:
    """The ward's leaders and drafters remind its units; the city only watches."""
    roles = permissions.roles_in(user, plan.organisation_id)
    return bool(roles & {Membership.Role.APPROVER, Membership.Role.DRAFTER})


@login_required
@require_GET
def unit_detail(request: HttpRequest, pk: int, unit_pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    unit = _unit_of(plan, unit_pk)
    tasks = list(Task.objects.filter(plan=plan, unit=unit).order_by("deadline", "position"))
    reports = {
        r.task_id: r for r in UnitReport.objects.filter(task__in=tasks).only("task_id", "state")
    }
    today = timezone.localdate()
    rows = [
        {
            "task": task,
            "report": reports.get(task.pk),
            "late": bool(task.deadline and task.deadline < today and not task.is_done),
        }
        for task in tasks
    ]
    return render(
        request,
        "progress/unit.html",
        {
            "nav": "tasks",
            "plan": plan,
            "unit": unit,
            "rows": rows,
            "open": sum(1 for t in tasks if not t.is_done),
            "nudges": list(
                Nudge.objects.filter(plan=plan, unit=unit).select_related("sent_by")[:10]
            ),
            "can_nudge": can_nudge(request.user, plan),
        },
    )


@login_required
@require_POST
def remind(request: HttpRequest, pk: int, unit_pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    if not can_nudge(request.user, plan):
        raise PermissionDenied("Chỉ lãnh đạo và chuyên viên của phường mới đôn đốc được đơn vị.")
    unit = _unit_of(plan, unit_pk)
    sent = nudge(plan, unit, request.user, timezone.localdate())
    where = (
        f" và gửi thư cho {sent.emailed} người" if sent.emailed else " (đơn vị chưa có địa chỉ thư)"
    )
    messages.success(request, f"Đã đôn đốc {unit.name}{where}.")
    return redirect("progress:unit", pk=plan.pk, unit_pk=unit.pk)
