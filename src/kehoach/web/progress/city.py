"""The upper level's view across wards: figures kept apart by period (quý I/2024 is never added into
năm 2024), the wards that have not yet issued their plan for a received upper plan, and the wards whose
plan's period is over without a result report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Exists, OuterRef, Sum

from kehoach.report import FigureSpec, Period, period_in
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure

NO_PERIOD = "Không ghi kỳ"


@dataclass
class PeriodFigures:
    """One period's table: a row per organisation, a total; None where nothing was reported."""

    label: str
    code: str
    rows: list[tuple[str, list[int | None]]] = field(default_factory=list)
    totals: list[int | None] = field(default_factory=list)


def plan_period(plan: Plan) -> Period | None:
    return period_in(plan.title or "")


def _add(a: int | None, b: int | None) -> int | None:
    return b if a is None else (a if b is None else a + b)


def figures_by_period(plans: list[Plan], specs: list[FigureSpec]) -> list[PeriodFigures]:
    """Accepted figures per organisation, one table per period, latest period first."""
    periods = {plan.pk: plan_period(plan) for plan in plans}
    names = {plan.pk: plan.organisation.name for plan in plans}
    sums: dict[tuple[str, str], dict[str, int]] = {}
    for plan_id, key, total in (
        AcceptedFigure.objects.filter(plan_id__in=list(periods))
        .values("plan_id", "key")
        .annotate(total=Sum("value"))
        .values_list("plan_id", "key", "total")
        .order_by()
    ):
        period = periods[plan_id]
        slot = sums.setdefault((period.code if period else "", names[plan_id]), {})
        slot[key] = slot.get(key, 0) + int(total or 0)
    known = {p.code: p for p in periods.values() if p is not None}
    order = sorted(known.values(), key=lambda p: (p.end, p.start), reverse=True)
    tables = []
    for code, label in [*((p.code, p.short) for p in order), ("", NO_PERIOD)]:
        rows = [
            (name, [values.get(spec.key) for spec in specs])
            for (period_code, name), values in sorted(sums.items())
            if period_code == code
        ]
        if not rows:
            continue
        totals: list[int | None] = [None] * len(specs)
        for _, values in rows:
            totals = [_add(t, v) for t, v in zip(totals, values, strict=True)]
        tables.append(PeriodFigures(label, code, rows, totals))
    return tables


def plans_not_issued(organisation_ids: list[int]) -> list[Plan]:
    """Upper plans a ward received and has not yet implemented with an issued plan of its own."""
    issued_child = Plan.objects.filter(
        parent=OuterRef("pk"), status=Plan.Status.ISSUED, doc_type="KH"
    )
    return list(
        Plan.objects.filter(organisation_id__in=organisation_ids, kind=Plan.Kind.UPPER)
        .exclude(Exists(issued_child))
        .select_related("organisation")
        .defer("data", "source_lines", "source_findings")
        .order_by("organisation__name", "title")[:200]
    )


def plans_not_reported(plans: list[Plan], today: date) -> list[tuple[Plan, Period]]:
    """Issued plans whose period is over and that have no issued result report (BC) yet."""
    ended = {p.pk: period for p in plans if (period := plan_period(p)) and period.end < today}
    reported = set(
        Plan.objects.filter(
            parent_id__in=list(ended), doc_type="BC", status=Plan.Status.ISSUED
        ).values_list("parent_id", flat=True)
    )
    return [(p, ended[p.pk]) for p in plans if p.pk in ended and p.pk not in reported]
