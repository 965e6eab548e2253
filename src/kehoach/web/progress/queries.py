"""The dashboard's numbers as a handful of aggregate queries, whatever the number of units and tasks.

Counts come from the tasks table alone (its report_state column and the (plan, ...) indexes); figure
totals from AcceptedFigure's (plan, key, value) index. Nothing here runs a query per unit or per task.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Count, Max, Q, Sum

from kehoach.report import FigureSpec
from kehoach.web.orgs.models import Unit
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure
from kehoach.web.tasks.models import Task

S = Task.ReportState
PAGE = 50


def _counts(today: date, prefix: str = "") -> dict[str, Any]:
    """Count expressions over tasks (prefixed when counted through a relation)."""

    def q(**kwargs: Any) -> Q:
        return Q(**{f"{prefix}{k}": v for k, v in kwargs.items()})

    late = q(deadline__lt=today) & ~q(report_state__in=Task.DONE)
    name = f"{prefix}pk" if prefix else "pk"
    return {
        "total": Count(name),
        "accepted": Count(name, filter=q(report_state=S.ACCEPTED)),
        "submitted": Count(name, filter=q(report_state=S.SUBMITTED)),
        "partial": Count(name, filter=q(report_state=S.PARTIAL)),
        "returned": Count(name, filter=q(report_state=S.RETURNED)),
        "late": Count(name, filter=late),
    }


COLUMNS = ("total", "accepted", "submitted", "partial", "returned", "late")


def unit_counts(plan_id: int, today: date) -> list[tuple[int, ...]]:
    """(unit id, total, accepted, submitted, partial, returned, late) for every unit of the plan:
    the one pass over the plan's tasks that the whole dashboard is computed from."""
    return list(
        Task.objects.filter(plan_id=plan_id)
        .values("unit_id")
        .annotate(**_counts(today))
        .values_list("unit_id", *COLUMNS)
        .order_by()
    )


def summarise(counts: list[tuple[int, ...]]) -> dict[str, int]:
    totals = {name: sum(row[i + 1] for row in counts) for i, name in enumerate(COLUMNS)}
    totals["units"] = len(counts)
    totals["waiting"] = totals["total"] - totals["accepted"] - totals["submitted"]
    done = totals["accepted"] + totals["submitted"]
    totals["pct_done"] = round(100 * done / totals["total"]) if totals["total"] else 0
    return totals


def summary(plan_id: int, today: date) -> dict[str, int]:
    """Totals over the plan's tasks."""
    return summarise(unit_counts(plan_id, today))


def figure_totals(plan_id: int, specs: list[FigureSpec]) -> list[tuple[FigureSpec, int | None]]:
    """Each figure summed over the accepted reports; None (shown blank) when nobody reported it."""
    sums = dict(
        AcceptedFigure.objects.filter(plan_id=plan_id)
        .values("key")
        .annotate(total=Sum("value"))
        .values_list("key", "total")
    )
    return [(spec, None if sums.get(spec.key) is None else int(sums[spec.key])) for spec in specs]


@dataclass
class UnitRow:
    unit_id: int
    name: str
    total: int
    accepted: int
    submitted: int
    partial: int
    returned: int
    late: int
    figures: list[int | None] = field(default_factory=list)  # None: not reported or not assigned

    @property
    def pct_accepted(self) -> int:
        return round(100 * self.accepted / self.total) if self.total else 0

    @property
    def pct_submitted(self) -> int:
        return round(100 * self.submitted / self.total) if self.total else 0

    @property
    def pct_late(self) -> int:
        return round(100 * self.late / self.total) if self.total else 0


FILTERS = {"tat-ca": "Tất cả đơn vị", "qua-han": "Có nhiệm vụ quá hạn", "chua-xong": "Chưa xong"}


def unit_rows(
    plan_id: int,
    specs: list[FigureSpec],
    today: date,
    page: int,
    only: str = "tat-ca",
    counts: list[tuple[int, ...]] | None = None,
) -> tuple[list[UnitRow], int]:
    """One page of units, the latest first (most late tasks), with their counts and figure totals."""
    if counts is None:
        counts = unit_counts(plan_id, today)
    if only == "qua-han":
        counts = [row for row in counts if row[6] > 0]
    elif only == "chua-xong":
        counts = [row for row in counts if row[2] + row[3] < row[1]]
    ordered = sorted(counts, key=lambda row: (-row[6], row[2], row[0]))
    start = max(page - 1, 0) * PAGE
    shown = ordered[start : start + PAGE]
    ids = [row[0] for row in shown]
    names = dict(Unit.objects.filter(pk__in=ids).values_list("pk", "name"))
    sums: dict[tuple[int, str], int | None] = {
        (u, k): int(v or 0)
        for u, k, v in AcceptedFigure.objects.filter(plan_id=plan_id, unit_id__in=ids)
        .values("unit_id", "key")
        .annotate(total=Sum("value"))
        .values_list("unit_id", "key", "total")
        .order_by()
    }
    rows = [
        UnitRow(
            row[0],
            names.get(row[0], "?"),
            *row[1:],
            figures=[
                sums.get((row[0], spec.key)) if spec.applies_to(names.get(row[0], "")) else None
                for spec in specs
            ],
        )
        for row in shown
    ]
    return rows, len(ordered)


def by_assignment(plan_id: int, today: date) -> list[dict[str, Any]]:
    """Per assignment of the plan (its position): deadline and counts, for the timeline."""
    return list(
        Task.objects.filter(plan_id=plan_id)
        .values("position")
        .annotate(**_counts(today), due=Max("deadline"))
        .order_by("position")
    )


def plans_overview(organisation_ids: list[int], today: date) -> list[Plan]:
    """Issued plans of the given organisations with their task counts (as attributes): two queries,
    the plans and one pass over their tasks grouped by plan id. Grouping the join by the plan's
    row instead made PostgreSQL hash every wide plan row once per task (40 ms for 60,000 tasks)."""
    plans = list(
        Plan.objects.filter(
            organisation_id__in=organisation_ids, status=Plan.Status.ISSUED, doc_type="KH"
        )
        .select_related("organisation")
        .defer("data", "source_lines", "source_findings")
        .order_by("organisation__name", "-issued_at")
    )
    counts = {
        row[0]: row[1:]
        for row in Task.objects.filter(plan_id__in=[p.pk for p in plans])
        .values("plan_id")
        .annotate(**_counts(today))
        .values_list("plan_id", *COLUMNS)
        .order_by()
    }
    for plan in plans:
        for name, value in zip(COLUMNS, counts.get(plan.pk, (0,) * len(COLUMNS)), strict=True):
            setattr(plan, name, value)
    return plans


def figures_by_organisation(organisation_ids: list[int]) -> dict[int, dict[str, int]]:
    """Accepted figures summed per organisation over all its issued plans: one grouped query."""
    found: dict[int, dict[str, int]] = {}
    for org, key, total in (
        AcceptedFigure.objects.filter(plan__organisation_id__in=organisation_ids)
        .values("plan__organisation_id", "key")
        .annotate(total=Sum("value"))
        .values_list("plan__organisation_id", "key", "total")
        .order_by()
    ):
        found.setdefault(org, {})[key] = int(total or 0)
    return found
