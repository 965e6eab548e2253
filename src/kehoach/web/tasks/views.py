"""The home page after login: what is due first — late, due soon, open — then what waits for review."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks import access
from kehoach.web.tasks.models import Nudge, Task

SOON_DAYS = 7


def due_groups(tasks: list[Task], today) -> dict[str, list[Task]]:  # type: ignore[no-untyped-def]
    """Open tasks by urgency; tasks already submitted or accepted go to "done"."""
    groups: dict[str, list[Task]] = {"late": [], "soon": [], "open": [], "done": []}
    for task in tasks:
        if task.is_done:
            groups["done"].append(task)
        elif task.deadline and task.deadline < today:
            groups["late"].append(task)
        elif task.deadline and task.deadline <= today + timedelta(days=SOON_DAYS):
            groups["soon"].append(task)
        else:
            groups["open"].append(task)
    return groups


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """The old start address, kept for bookmarks: a unit's people see their tasks, everyone else
    the plans. Login itself lands on "Việc cần làm" (core.views.home)."""
    units = access.reporter_unit_ids(request.user)
    if units and Task.objects.filter(unit_id__in=units, plan__status=Plan.Status.ISSUED).exists():
        return redirect("tasks:home")
    return redirect("plans:list")


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Tasks of the user's units by urgency; for drafters, the reports waiting for review."""
    user = request.user
    units = access.reporter_unit_ids(user)
    reviewing = access.reviewable_organisation_ids(user)
    today = timezone.localdate()
    mine = list(
        Task.objects.filter(unit_id__in=units, plan__status=Plan.Status.ISSUED)
        .select_related("plan", "unit")
        .order_by("deadline", "pk")[:300]
    )
    waiting = list(
        UnitReport.objects.filter(
            state=UnitReport.State.SUBMITTED, task__plan__organisation_id__in=reviewing
        )
        .select_related("task", "task__unit", "task__plan")
        .order_by("submitted_at")[:100]
    )
    plans = list(
        Plan.objects.filter(organisation_id__in=reviewing, status=Plan.Status.ISSUED, doc_type="KH")
        .annotate(
            total=Count("tasks"),
            done=Count("tasks", filter=Q(tasks__report_state__in=Task.DONE)),
            late=Count(
                "tasks",
                filter=Q(tasks__deadline__lt=today) & ~Q(tasks__report_state__in=Task.DONE),
            ),
        )
        .order_by("-issued_at")[:20]
    )
    return render(
        request,
        "tasks/home.html",
        {
            "nav": "tasks",
            "groups": due_groups(mine, today),
            "has_tasks": bool(mine),
            "waiting": waiting,
            "plans": plans,
            "today": today,
            "show_overview": bool(reviewing)
            or access.watches_below(user)
            or access.leads_any(user),
            "nudges": list(
                Nudge.objects.filter(
                    unit_id__in=units, sent_at__gte=timezone.now() - timedelta(days=30)
                ).select_related("plan", "unit", "sent_by")[:5]
            ),
        },
    )
