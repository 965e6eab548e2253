"""Collecting a plan's accepted reports into the library's result report (kehoach.report).

Every list comes from one query over indexed columns (accepted reports, the figures' aggregate, the
outstanding tasks), so drafting the BC of a plan with tens of thousands of tasks stays a few queries.
"""

from __future__ import annotations

from django.db.models import Sum
from django.utils import timezone

from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.model import Reference
from kehoach.report import Outstanding, ReportInputs, UnitResult, UnitWork, build_report
from kehoach.report.periods import Period, from_code
from kehoach.report.structure import plan_citation
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure, UnitReport
from kehoach.web.tasks.models import Task, figure_specs

MAX_OUTSTANDING = 200
KINDS = {
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "QĐ": "Quyết định",
}


def reference_to(plan: Plan) -> Reference:
    """How a stored document is cited: "Kế hoạch số 157/KH-UBND ngày 10/7/2024 của ..."."""
    document = plan.document()
    kind = KINDS.get(document.doc_type or "KH", "Văn bản")
    text = plan_citation(document).replace("Kế hoạch", kind, 1)
    title = (document.title or "").strip()
    if title:
        text += f" về {title[:1].lower()}{title[1:]}"
    return Reference(kind, document.number, document.symbol, document.date, document.issuer, text)


def _in_period(code: str, period: Period | None) -> bool:
    """A report counts for the BC of `period` when its own period lies inside it (a quarter's report
    in the half-year's BC); a one-off report ("") counts for every BC of the plan."""
    if period is None or not code:
        return True
    own = from_code(code)
    return own is not None and period.contains(own)


def collect(plan: Plan, period: Period | None = None) -> ReportInputs:
    codes = [
        code
        for code in UnitReport.objects.filter(task__plan=plan, state=UnitReport.State.ACCEPTED)
        .values_list("period", flat=True)
        .distinct()
        .order_by()
        if _in_period(code, period)
    ]
    works = [
        UnitWork(unit, task, text, no_activity, difficulties, causes, proposals)
        for unit, task, text, no_activity, difficulties, causes, proposals in UnitReport.objects.filter(
            task__plan=plan, state=UnitReport.State.ACCEPTED, period__in=codes
        )
        .order_by("task__unit__order", "task__unit__name", "task__position")
        .values_list(
            "task__unit__name",
            "task__text",
            "text",
            "no_activity",
            "difficulties",
            "causes",
            "proposals",
        )
    ]
    results: dict[str, UnitResult] = {w.unit: UnitResult(w.unit) for w in works}
    for unit, key, total in (
        AcceptedFigure.objects.filter(plan=plan, period__in=codes)
        .values("unit__name", "key")
        .annotate(total=Sum("value"))
        .values_list("unit__name", "key", "total")
        .order_by()
    ):
        results.setdefault(unit, UnitResult(unit)).figures[key] = int(total or 0)
    quiet: dict[str, bool] = {}
    for work in works:
        quiet[work.unit] = quiet.get(work.unit, True) and work.no_activity
    for result in results.values():
        result.no_activity = quiet.get(result.unit, False)
    states = dict(Task.ReportState.choices)
    outstanding = [
        Outstanding(unit, text, deadline, states.get(state, state).lower())
        for unit, text, deadline, state in Task.objects.filter(plan=plan)
        .exclude(report_state=Task.ReportState.ACCEPTED)
        .order_by("deadline", "unit__order", "unit__name", "position")
        .values_list("unit__name", "text", "deadline", "report_state")[:MAX_OUTSTANDING]
    ]
    assigned = list(
        dict.fromkeys(
            Task.objects.filter(plan=plan)
            .order_by("unit__order", "unit__name")
            .values_list("unit__name", flat=True)
        )
    )
    upper = plan.parent if plan.parent_id and plan.parent.doc_type != "BC" else None
    follow_ups = [
        reference_to(p)
        for p in Plan.objects.filter(parent=plan, status=Plan.Status.ISSUED)
        .exclude(doc_type="BC")
        .order_by("doc_date", "pk")
    ]
    return ReportInputs(
        plan=plan.document(),
        specs=figure_specs(plan.pk),
        results=list(results.values()),
        works=works,
        outstanding=outstanding,
        assigned_units=assigned,
        request=reference_to(upper) if upper is not None else None,
        follow_ups=follow_ups,
        period=period,
        today=timezone.localdate(),
    )


def result_document(plan: Plan, period: Period | None = None) -> DocumentPlan:
    return build_report(collect(plan, period))
