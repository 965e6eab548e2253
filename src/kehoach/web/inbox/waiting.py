"""Everything waiting for one person, by their roles: "Việc cần làm".

Leaders: plans submitted to them (or to no one in particular). Drafters: plans returned, and the units'
reports waiting for review. Văn thư (or leaders where the ward has no văn thư): approved plans to issue.
Unit reporters: their units' tasks that are late or due within a week. Every list is one query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Q
from django.utils import timezone

from kehoach.web import permissions
from kehoach.web.inbox.models import Notification
from kehoach.web.orgs.models import Membership
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks import access
from kehoach.web.tasks.models import Task

Role = Membership.Role
SOON_DAYS = 7
LIMIT = 100


@dataclass
class Waiting:
    to_approve: list[Plan] = field(default_factory=list)
    returned: list[Plan] = field(default_factory=list)
    to_issue: list[Plan] = field(default_factory=list)
    to_review: list[UnitReport] = field(default_factory=list)
    tasks_due: list[Task] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(
            len(x)
            for x in (
                self.to_approve,
                self.returned,
                self.to_issue,
                self.to_review,
                self.tasks_due,
            )
        )


def _orgs_with(user: Any, role: str) -> list[int]:
    return [
        o.pk for o in permissions.organisations_of(user) if role in permissions.roles_in(user, o)
    ]


def _issuing_orgs(user: Any) -> list[int]:
    """Where the user issues: as văn thư, or as leader of a ward that has no văn thư."""
    clerks = set(_orgs_with(user, Role.CLERK))
    leading = set(_orgs_with(user, Role.APPROVER))
    with_clerk = set(
        Membership.objects.filter(organisation_id__in=leading, role=Role.CLERK).values_list(
            "organisation_id", flat=True
        )
    )
    return sorted(clerks | (leading - with_clerk))


def _lists(user: Any, today: date) -> dict[str, Any]:
    """The five lists as unevaluated querysets (each one query, at most LIMIT rows)."""
    plans = Plan.objects.select_related("organisation", "created_by").defer(
        "data", "source_lines", "source_findings"
    )
    leading = _orgs_with(user, Role.APPROVER)
    drafting = _orgs_with(user, Role.DRAFTER)
    units = access.reporter_unit_ids(user)
    return {
        "to_approve": plans.filter(organisation_id__in=leading, status=Plan.Status.SUBMITTED)
        .filter(Q(submitted_to=user) | Q(submitted_to__isnull=True))
        .order_by("updated_at")[:LIMIT],
        "returned": plans.filter(
            organisation_id__in=drafting, status=Plan.Status.RETURNED
        ).order_by("updated_at")[:LIMIT],
        "to_issue": plans.filter(
            organisation_id__in=_issuing_orgs(user), status=Plan.Status.APPROVED
        ).order_by("approved_at", "updated_at")[:LIMIT],
        "to_review": UnitReport.objects.filter(
            state=UnitReport.State.SUBMITTED, task__plan__organisation_id__in=drafting
        )
        .select_related("task", "task__unit", "task__plan")
        .defer("task__plan__data", "task__plan__source_lines", "task__plan__source_findings")
        .order_by("submitted_at")[:LIMIT],
        "tasks_due": Task.objects.filter(
            unit_id__in=units,
            plan__status=Plan.Status.ISSUED,
            deadline__lte=today + timedelta(days=SOON_DAYS),
        )
        .exclude(report_state__in=Task.DONE)
        .select_related("plan", "unit")
        .defer("plan__data", "plan__source_lines", "plan__source_findings")
        .order_by("deadline", "pk")[:LIMIT],
    }


def waiting_for(user: Any, today: date | None = None) -> Waiting:
    lists = _lists(user, today or timezone.localdate())
    return Waiting(**{name: list(query) for name, query in lists.items()})


def waiting_count(user: Any, today: date | None = None) -> int:
    """The same number as `waiting_for(user).count`, counted in the database: the menu shows it on
    every page, so no rows are fetched (a plan's JSON document is never loaded for it)."""
    lists = _lists(user, today or timezone.localdate())
    return sum(query.values("pk").count() for query in lists.values())


def unread(user: Any) -> Any:
    return Notification.objects.filter(user=user, read_at__isnull=True)
