"""Collecting a plan's accepted reports into the library's roll-up builder (kehoach.rollup)."""

from __future__ import annotations

from django.db.models import Sum

from kehoach.document.model import Plan as DocumentPlan
from kehoach.rollup import Outstanding, UnitResult, build_result_report
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure, UnitReport
from kehoach.web.tasks.models import Task, figure_specs

MAX_OUTSTANDING = 200


def collect(plan: Plan) -> tuple[list[UnitResult], list[Outstanding]]:
    results: dict[int, UnitResult] = {}
    accepted = (
        UnitReport.objects.filter(task__plan=plan, state=UnitReport.State.ACCEPTED)
        .order_by("task__unit__order", "task__unit__name", "task__position")
        .values_list("task__unit_id", "task__unit__name", "text", "no_activity")
    )
    for unit_id, name, text, no_activity in accepted:
        result = results.setdefault(unit_id, UnitResult(name, no_activity=True))
        result.no_activity = result.no_activity and no_activity
        if text:
            result.texts.append(text)
    for unit_id, key, total in (
        AcceptedFigure.objects.filter(plan=plan)
        .values("unit_id", "key")
        .annotate(total=Sum("value"))
        .values_list("unit_id", "key", "total")
    ):
        if unit_id in results:
            results[unit_id].figures[key] = int(total or 0)
    states = dict(Task.ReportState.choices)
    outstanding = [
        Outstanding(unit, text, deadline, states.get(state, state).lower())
        for unit, text, deadline, state in Task.objects.filter(plan=plan)
        .exclude(report_state=Task.ReportState.ACCEPTED)
        .order_by("deadline", "unit__order", "unit__name", "position")
        .values_list("unit__name", "text", "deadline", "report_state")[:MAX_OUTSTANDING]
    ]
    return list(results.values()), outstanding


def result_document(plan: Plan) -> DocumentPlan:
    results, outstanding = collect(plan)
    return build_result_report(plan.document(), figure_specs(plan.pk), results, outstanding)
