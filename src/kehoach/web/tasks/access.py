"""Who may see and act on tasks and reports, on top of kehoach.web.permissions (the one place for roles).

A unit reporter sees and reports only the tasks of the unit(s) their membership names; the drafters
and approvers of the organisation see all of its tasks, and drafters review the reports; upper-level
viewers see the progress of the organisations below them. Nobody reaches another ward's tasks.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from kehoach.web import permissions
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task

Role = Membership.Role


def reporter_unit_ids(user: Any) -> set[int]:
    """The units the user reports for (read with the user's roles, once per request)."""
    return permissions.reporter_unit_ids(user)


def _manages(user: Any, organisation_id: int) -> bool:
    return bool(permissions.roles_in(user, organisation_id) & {Role.DRAFTER, Role.APPROVER})


def _above(user: Any, organisation: Organisation) -> bool:
    return any(
        Role.UPPER_VIEWER in permissions.roles_in(user, org_id)
        for org_id in organisation.ancestor_ids()
    )


def can_view_progress(user: Any, plan: Plan) -> bool:
    """The dashboard: the organisation's drafters and approvers, and the levels above it."""
    if plan.status != Plan.Status.ISSUED or plan.doc_type != "KH":
        return False
    if getattr(user, "is_superuser", False):
        return True
    return _manages(user, plan.organisation_id) or _above(user, plan.organisation)


def can_view_task(user: Any, task: Task) -> bool:
    plan = task.plan
    if plan.status != Plan.Status.ISSUED:
        return False
    if getattr(user, "is_superuser", False) or task.unit_id in reporter_unit_ids(user):
        return True
    return _manages(user, plan.organisation_id) or _above(user, plan.organisation)


def can_report(user: Any, task: Task) -> bool:
    """Write and submit the unit's report: only the unit's own reporters."""
    return task.plan.status == Plan.Status.ISSUED and task.unit_id in reporter_unit_ids(user)


def can_review(user: Any, task: Task) -> bool:
    """Accept or return a report: the drafters of the plan's organisation."""
    return Role.DRAFTER in permissions.roles_in(user, task.plan.organisation_id)


def reviewable_organisation_ids(user: Any) -> list[int]:
    return [
        org.pk for org in permissions.organisations_of(user) if permissions.can_draft(user, org)
    ]


def task_for(user: Any, pk: int, check: Any = None) -> Task:
    """The task for a request: 404 if the user may not see it, 403 if the step is not theirs.

    The plan's figure setup comes in the same query: the report page asks for it twice."""
    task = (
        Task.objects.select_related("plan", "plan__organisation", "plan__figure_setup", "unit")
        .defer(*(f"plan__{name}" for name in Plan.HEAVY_FIELDS))
        .filter(pk=pk)
        .first()
    )
    if task is None or not can_view_task(user, task):
        raise Http404("Không tìm thấy nhiệm vụ.")
    if check is not None and not check(user, task):
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này với nhiệm vụ này.")
    return task


def watches_below(user: Any) -> bool:
    """An upper-level viewer somewhere (the city's follow-up officer)."""
    return any(
        Role.UPPER_VIEWER in permissions.roles_in(user, org)
        for org in permissions.organisations_of(user)
    )


def leads_any(user: Any) -> bool:
    """A ward's leader (lãnh đạo): follows the progress of the ward's plans."""
    return any(
        Role.APPROVER in permissions.roles_in(user, org)
        for org in permissions.organisations_of(user)
    )
