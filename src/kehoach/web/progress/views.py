"""Progress of an issued plan (its dashboard and timeline picture) and the upper level's overview."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from kehoach.document.model import Plan as DocumentPlan
from kehoach.report import periods
from kehoach.report.periods import Period, periods_of_year
from kehoach.web import permissions
from kehoach.web.orgs.models import Membership
from kehoach.web.plans.models import Plan
from kehoach.web.progress import city, queries
from kehoach.web.progress.phases import phases_of
from kehoach.web.progress.timeline import Milestone, Row, render_svg
from kehoach.web.tasks import access
from kehoach.web.tasks.models import DEFAULT_FIGURES, figure_specs, period_kind


class _NoPeriod:
    code = ""


NO_CODE = _NoPeriod()


def plan_for_progress(request: HttpRequest, pk: int) -> Plan:
    plan = Plan.objects.select_related("organisation").filter(pk=pk).first()
    if plan is None or not permissions.can_view_plan(request.user, plan):
        raise Http404("Không tìm thấy kế hoạch.")
    if not access.can_view_progress(request.user, plan):
        raise PermissionDenied("Bạn không có quyền xem tiến độ của kế hoạch này.")
    return plan


def _page_number(request: HttpRequest) -> int:
    try:
        return max(int(request.GET.get("trang", "1")), 1)
    except ValueError:
        return 1


@login_required
@require_GET
def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    today = timezone.localdate()
    specs = figure_specs(plan.pk)
    only = request.GET.get("loc", "tat-ca")
    if only not in queries.FILTERS:
        only = "tat-ca"
    page = _page_number(request)
    document = plan.document()
    counts = queries.unit_counts(plan.pk, today)
    rows, count = queries.unit_rows(plan.pk, specs, today, page, only, counts)
    pages = max((count + queries.PAGE - 1) // queries.PAGE, 1)
    return render(
        request,
        "progress/dashboard.html",
        {
            "nav": "tasks",
            "plan": plan,
            "summary": queries.summarise(counts),
            "figures": queries.figure_totals(plan.pk, specs),
            "specs": specs,
            "rows": rows,
            "count": count,
            "page": page,
            "pages": pages,
            "only": only,
            "filters": queries.FILTERS.items(),
            "today": today,
            "can_rollup": permissions.can_draft(request.user, plan.organisation),
            "report_periods": _report_periods(plan),
            "milestones": milestones_of(plan, document, today),
        },
    )


def _report_periods(plan: Plan) -> list[Period]:
    """For a plan with recurring reports: the periods of its year and the longer ones they make up."""
    kind = period_kind(plan.pk)
    if not kind:
        return []
    year = plan.year or (plan.doc_date.year if plan.doc_date else timezone.localdate().year)
    order = [periods.MONTH, periods.QUARTER, periods.HALF, periods.YEAR]
    longer = order[order.index(kind) :] if kind in order else [kind, periods.YEAR]
    found = [p for k in longer for p in periods_of_year(year, k)]
    return list(dict.fromkeys(found))


def timeline_rows(plan: Plan, document: DocumentPlan, today) -> list[Row]:  # type: ignore[no-untyped-def]
    rows = []
    for item in queries.by_assignment(plan.pk, today):
        position = item["position"]
        assignment = (
            document.assignments[position] if position < len(document.assignments) else None
        )
        label = assignment.unit if assignment else f"Nhiệm vụ {position + 1}"
        rows.append(
            Row(
                label=label,
                deadline=item["due"],
                total=item["total"],
                accepted=item["accepted"],
                submitted=item["submitted"],
                late=item["late"],
            )
        )
    return rows


def _start(plan: Plan, today: date) -> date:
    return plan.doc_date or (plan.issued_at and timezone.localtime(plan.issued_at).date()) or today


def milestones_of(plan: Plan, document: DocumentPlan, today: date) -> list[Milestone]:
    """The commemorations the timeline marks, numbered in this order on the picture and in the
    page's legend: those ending within a year of the plan's start."""
    start = _start(plan, today)
    last = start + timedelta(days=366)
    return [
        Milestone(a.end, a.event)
        for a in document.anniversaries
        if a.end and start <= a.end <= last
    ]


@login_required
@require_GET
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    """The picture; `?chu-giai=khong` leaves the milestones' names to the page's own legend."""
    plan = plan_for_progress(request, pk)
    today = timezone.localdate()
    document = plan.document()
    svg = render_svg(
        _start(plan, today),
        timeline_rows(plan, document, today),
        milestones_of(plan, document, today),
        today,
        plan.title,
        phases_of(document),
        legend=request.GET.get("chu-giai") != "khong",
    )
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "private, max-age=60"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """The upper level's view: every ward's issued plans with who reported and who is late."""
    above = [
        org
        for org in permissions.organisations_of(request.user)
        if Membership.Role.UPPER_VIEWER in permissions.roles_in(request.user, org)
        or request.user.is_superuser
    ]
    managed = [  # the ward's drafters and its leaders (lãnh đạo) follow their own plans here
        org.pk
        for org in permissions.organisations_of(request.user)
        if permissions.roles_in(request.user, org)
        & {Membership.Role.DRAFTER, Membership.Role.APPROVER}
    ]
    below = permissions.descendant_ids([org.pk for org in above]) if above else set()
    if not below and not managed:
        raise PermissionDenied("Trang này dành cho cấp trên theo dõi các phường, xã.")
    today = timezone.localdate()
    organisation_ids = sorted(below | set(managed))
    plans = queries.plans_overview(organisation_ids, today)
    chosen = request.GET.get("ky", "")
    shown = [p for p in plans if not chosen or (city.plan_period(p) or NO_CODE).code == chosen]
    tables = city.figures_by_period(plans, DEFAULT_FIGURES)
    return render(
        request,
        "progress/overview.html",
        {
            "nav": "tasks",
            "plans": shown,
            "today": today,
            "above": above,
            "specs": DEFAULT_FIGURES,
            "tables": [t for t in tables if not chosen or t.code == chosen],
            "periods": [(t.code, t.label) for t in tables if t.code],
            "chosen": chosen,
            "not_issued": city.plans_not_issued(organisation_ids),
            "not_reported": city.plans_not_reported(plans, today),
        },
    )
