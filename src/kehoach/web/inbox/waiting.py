"""Everything waiting for one person, by their roles: "Việc cần làm".

Leaders: plans submitted to them (or to no one in particular). Drafters: plans returned, and the units'
reports waiting for review. Văn thư (or leaders where the ward has no văn thư): approved plans to issue.
Unit reporters: their units' tasks that are late or due within a week. Every list is one query, and
the menu's count of all of them is one query too (`count_for`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import Exists, OuterRef, Q, QuerySet
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


@dataclass(frozen=True)
class Roles:
    """What the lists depend on, as ids: hashable, so the menu's compiled count can be reused."""

    user_id: int
    approver: tuple[int, ...]
    drafter: tuple[int, ...]
    clerk: tuple[int, ...]
    units: tuple[int, ...]


def _orgs_with(user: Any, role: str) -> tuple[int, ...]:
    """The organisations where the user has `role` (from the memberships cached for the request)."""
    return tuple(
        sorted(
            org_id
            for org_id in permissions.member_organisation_ids(user)
            if role in permissions.roles_in(user, org_id)
        )
    )


def roles_of(user: Any) -> Roles:
    return Roles(
        user.pk,
        _orgs_with(user, Role.APPROVER),
        _orgs_with(user, Role.DRAFTER),
        _orgs_with(user, Role.CLERK),
        tuple(sorted(access.reporter_unit_ids(user))),
    )


def _issuing(roles: Roles) -> Q:
    """Where the user issues: as văn thư, or as leader of a ward that has no văn thư."""
    has_clerk = Membership.objects.filter(
        organisation_id=OuterRef("organisation_id"), role=Role.CLERK
    )
    return Q(organisation_id__in=roles.clerk) | (
        Q(organisation_id__in=roles.approver) & ~Exists(has_clerk)
    )


def _queries(roles: Roles, today: date) -> dict[str, QuerySet[Any]]:
    """Each list of "Việc cần làm" as an unordered query: the page lists them, the menu counts them."""
    plans = Plan.objects.all()
    return {
        "to_approve": plans.filter(
            organisation_id__in=roles.approver, status=Plan.Status.SUBMITTED
        ).filter(Q(submitted_to_id=roles.user_id) | Q(submitted_to__isnull=True)),
        "returned": plans.filter(organisation_id__in=roles.drafter, status=Plan.Status.RETURNED),
        "to_issue": plans.filter(_issuing(roles), status=Plan.Status.APPROVED),
        "to_review": UnitReport.objects.filter(
            state=UnitReport.State.SUBMITTED, task__plan__organisation_id__in=roles.drafter
        ),
        "tasks_due": Task.objects.filter(
            unit_id__in=roles.units,
            plan__status=Plan.Status.ISSUED,
            deadline__lte=today + timedelta(days=SOON_DAYS),
        ).exclude(report_state__in=Task.DONE),
    }


ORDER = {
    "to_approve": ("updated_at",),
    "returned": ("updated_at",),
    "to_issue": ("approved_at", "updated_at"),
    "to_review": ("submitted_at",),
    "tasks_due": ("deadline", "pk"),
}
RELATED = {
    "to_approve": ("organisation", "created_by"),
    "returned": ("organisation", "created_by"),
    "to_issue": ("organisation", "created_by"),
    "to_review": ("task", "task__unit", "task__plan"),
    "tasks_due": ("plan", "unit"),
}
HEAVY = ("data", "source_lines", "source_findings")


def waiting_for(user: Any, today: date | None = None) -> Waiting:
    today = today or timezone.localdate()
    lists = {}
    for name, query in _queries(roles_of(user), today).items():
        query = query.select_related(*RELATED[name]).order_by(*ORDER[name])
        if query.model is Plan:
            query = query.defer(*HEAVY)
        lists[name] = list(query[:LIMIT])
    return Waiting(**lists)


def count_for(user: Any, today: date | None = None) -> int:
    """The number beside "Việc cần làm" in the menu: everything waiting plus unread notifications,
    counted in ONE query (each list a COUNT subquery), since every page shows it.

    Each list is counted up to LIMIT, the most the inbox page shows of it: the count stops after
    LIMIT rows instead of walking every submitted report of a 60,000-task plan (the menu shows
    "99+" beyond 99 anyway). The SQL is compiled once per shape of roles and day, not per page."""
    if not getattr(user, "is_authenticated", False):
        return 0
    alias = router.db_for_read(Notification)
    sql, params = _count_sql(roles_of(user), today or timezone.localdate(), alias)
    if not sql:
        return 0
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return int(cursor.fetchone()[0])


def _count_sql(roles: Roles, today: date, alias: str) -> tuple[str, tuple[Any, ...]]:
    """The menu's one query for these roles on this day ("" when the user has no list at all)."""
    shape, real = _stand_ins(roles)
    sql, params = _count_template(shape, today, alias)
    return sql, tuple(real.get(value, value) if type(value) is int else value for value in params)


def _stand_ins(roles: Roles) -> tuple[Roles, dict[int, int]]:
    """The roles with every id replaced by a stand-in (no real id is negative), and the way back.

    Compiling the count costs more than running it; with stand-ins, the 2,500 reporters of a
    province who each report for one unit share one compiled query instead of one each."""
    real: dict[int, int] = {}

    def stand_in(value: int) -> int:
        key = -(10**12) - len(real)
        real[key] = value
        return key

    return (
        Roles(
            stand_in(roles.user_id),
            tuple(map(stand_in, roles.approver)),
            tuple(map(stand_in, roles.drafter)),
            tuple(map(stand_in, roles.clerk)),
            tuple(map(stand_in, roles.units)),
        ),
        real,
    )


@lru_cache(maxsize=256)
def _count_template(roles: Roles, today: date, alias: str) -> tuple[str, tuple[Any, ...]]:
    parts, params = [], []
    queries = [*_queries(roles, today).values(), _unread(roles.user_id)]
    for index, query in enumerate(queries):
        limited = query.order_by().values("pk")[:LIMIT]
        try:
            sql, values = limited.query.get_compiler(using=alias).as_sql()
        except EmptyResultSet:  # a list the user has no role for: nothing to count
            continue
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS part{index})")
        params.extend(values)
    if not parts:
        return "", ()
    return "SELECT " + " + ".join(parts), tuple(params)


def _unread(user_id: int) -> QuerySet[Notification]:
    return Notification.objects.filter(user_id=user_id, read_at__isnull=True)


def unread(user: Any) -> QuerySet[Notification]:
    return _unread(user.pk)
