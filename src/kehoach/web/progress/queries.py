"""The dashboard's numbers as a handful of aggregate queries, whatever the number of units and tasks.

Counts come from the tasks table alone (its report_state column and the (plan, ...) indexes); figure
totals from AcceptedFigure's (plan, key, value) index. Nothing here runs a query per unit or per task.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Count, Max, Q, Sum

from kehoach.rollup import FigureSpec
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


def summary(plan_id: int, today: date) -> dict[str, int]:
    """Totals over the plan's tasks: one query."""
    counts = Task.objects.filter(plan_id=plan_id).aggregate(
        **_counts(today), units=Count("unit_id", distinct=True)
    )
    counts["waiting"] = counts["total"] - counts["accepted"] - counts["submitted"]
    counts["pct_done"] = (
        round(100 * (counts["accepted"] + counts["submitted"]) / counts["total"])
        if counts["total"]
        else 0
    )
    return counts


def figure_totals(plan_id: int, specs: list[FigureSpec]) -> list[tuple[FigureSpec, int]]:
    sums = dict(
        AcceptedFigure.objects.filter(plan_id=plan_id)
        .values("key")
        .annotate(total=Sum("value"))
        .values_list("key", "total")
    )
    return [(spec, int(sums.get(spec.key) or 0)) for spec in specs]


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
    figures: list[int] = field(default_factory=list)

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
    plan_id: int, specs: list[FigureSpec], today: date, page: int, only: str = "tat-ca"
) -> tuple[list[UnitRow], int]:
    """One page of units, latest first (most late tasks), with their counts and figure totals."""
    grouped = (
        Task.objects.filter(plan_id=plan_id)
        .values("unit_id")
        .annotate(**_counts(today), done=Count("pk", filter=Q(report_state__in=Task.DONE)))
    )
    if only == "qua-han":
        grouped = grouped.filter(late__gt=0)
    elif only == "chua-xong":
        grouped = grouped.filter(done__lt=Count("pk"))
    count = grouped.count()
    start = max(page - 1, 0) * PAGE
    rows = list(grouped.order_by("-late", "accepted", "unit_id")[start : start + PAGE])
    ids = [row["unit_id"] for row in rows]
    names = dict(Unit.objects.filter(pk__in=ids).values_list("pk", "name"))
    sums: dict[tuple[int, str], int] = {
        (u, k): int(v or 0)
        for u, k, v in AcceptedFigure.objects.filter(plan_id=plan_id, unit_id__in=ids)
        .values("unit_id", "key")
        .annotate(total=Sum("value"))
        .values_list("unit_id", "key", "total")
    }
    result = []
    for row in rows:
        unit = row["unit_id"]
        result.append(
            UnitRow(
                unit_id=unit,
                name=names.get(unit, "?"),
                total=row["total"],
                accepted=row["accepted"],
                submitted=row["submitted"],
                partial=row["partial"],
                returned=row["returned"],
                late=row["late"],
                figures=[sums.get((unit, spec.key), 0) for spec in specs],
            )
        )
    return result, count


def by_assignment(plan_id: int, today: date) -> list[dict[str, Any]]:
    """Per assignment of the plan (its position): deadline and counts, for the timeline."""
    return list(
        Task.objects.filter(plan_id=plan_id)
        .values("position")
        .annotate(**_counts(today), due=Max("deadline"))
        .order_by("position")
    )


def plans_overview(organisation_ids: list[int], today: date) -> list[Plan]:
    """Issued plans of the given organisations with their task counts: one grouped query."""
    return list(
        Plan.objects.filter(
            organisation_id__in=organisation_ids, status=Plan.Status.ISSUED, doc_type="KH"
        )
        .select_related("organisation")
        .defer("data", "source_lines", "source_findings")
        .annotate(**_counts(today, prefix="tasks__"))
        .order_by("organisation__name", "-issued_at")
    )
