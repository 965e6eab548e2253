"""Who may do what, in one place. Every view asks these functions; nothing else decides access.

Roles are per organisation (Membership): drafters write their organisation's plans, approvers approve,
return and issue them and read its audit log, unit reporters see the issued plans, and upper-level
viewers see the issued plans of the organisations below theirs. Nobody sees another ward's drafts.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.plans.models import Plan

Role = Membership.Role
OFFICE = {Role.DRAFTER, Role.APPROVER, Role.CLERK}  # the people who see all of a ward's plans
_CACHE = "_kehoach_roles"
_UNITS = "_kehoach_reporter_units"
_ORGS = "_kehoach_organisations"  # a set; emulation.access keeps its own per-organisation map


def _roles(user: Any) -> dict[int, set[str]]:
    """{organisation id: roles}, computed once per request (cached on the user object), with the
    units the user reports for read by the same query."""
    if not getattr(user, "is_authenticated", False):
        return {}
    cached = getattr(user, _CACHE, None)
    if cached is None:
        cached = {}
        units = set()
        for org_id, role, unit_id in Membership.objects.filter(user=user).values_list(
            "organisation_id", "role", "unit_id"
        ):
            cached.setdefault(org_id, set()).add(role)
            if role == Role.REPORTER and unit_id is not None:
                units.add(unit_id)
        setattr(user, _CACHE, cached)
        setattr(user, _UNITS, units)
    return cached


def reporter_unit_ids(user: Any) -> set[int]:
    """The units the user reports for (read with the roles, once per request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    _roles(user)
    return set(getattr(user, _UNITS, set()))


def roles_in(user: Any, organisation: Organisation | int) -> set[str]:
    org_id = organisation if isinstance(organisation, int) else organisation.pk
    return _roles(user).get(org_id, set())


def member_organisation_ids(user: Any) -> list[int]:
    """The ids of the user's organisations, without a query once the request has read the roles."""
    return list(_roles(user))


def organisations_of(user: Any) -> list[Organisation]:
    """The organisations the user belongs to, the ones they can work in (read once per request:
    cached on the user object beside the roles; the overview and the menu both ask)."""
    cached = getattr(user, _ORGS, None)
    if cached is None:
        ids = list(_roles(user))
        cached = list(Organisation.objects.filter(pk__in=ids).order_by("kind", "name"))
        if getattr(user, "is_authenticated", False):
            setattr(user, _ORGS, cached)
    return list(cached)


def _viewed_from_above(user: Any, organisation: Organisation) -> bool:
    return any(
        Role.UPPER_VIEWER in roles_in(user, org_id) for org_id in organisation.ancestor_ids()
    )


def can_view_organisation(user: Any, organisation: Organisation) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    return bool(roles_in(user, organisation)) or _viewed_from_above(user, organisation)


def can_draft(user: Any, organisation: Organisation) -> bool:
    """Upload an upper plan, cascade, start a draft, create a plan from the calendar."""
    return Role.DRAFTER in roles_in(user, organisation)


def can_view_plan(user: Any, plan: Plan) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    roles = roles_in(user, plan.organisation_id)
    if roles & OFFICE:
        return True
    if plan.status != Plan.Status.ISSUED:
        return False
    if Role.REPORTER in roles:
        return True
    return _viewed_from_above(user, plan.organisation)


def can_edit_plan(user: Any, plan: Plan) -> bool:
    return plan.is_editable_status and Role.DRAFTER in roles_in(user, plan.organisation_id)


def can_submit_plan(user: Any, plan: Plan) -> bool:
    return can_edit_plan(user, plan)


def can_approve_plan(user: Any, plan: Plan) -> bool:
    """Approve or return with a comment."""
    return plan.status == Plan.Status.SUBMITTED and Role.APPROVER in roles_in(
        user, plan.organisation_id
    )


def can_withdraw_plan(user: Any, plan: Plan) -> bool:
    """Take back a submitted draft: its drafters, before the leader decides."""
    return (
        plan.kind == Plan.Kind.OWN
        and plan.status == Plan.Status.SUBMITTED
        and Role.DRAFTER in roles_in(user, plan.organisation_id)
    )


def can_issue_plan(user: Any, plan: Plan) -> bool:
    """Number and issue an approved plan: the văn thư, or a leader."""
    return plan.status == Plan.Status.APPROVED and bool(
        roles_in(user, plan.organisation_id) & {Role.APPROVER, Role.CLERK}
    )


def can_amend_plan(user: Any, plan: Plan) -> bool:
    """Start the decision recalling or correcting an issued plan: its drafters."""
    return (
        plan.kind == Plan.Kind.OWN
        and plan.status == Plan.Status.ISSUED
        and Role.DRAFTER in roles_in(user, plan.organisation_id)
    )


def can_read_register(user: Any, organisation: Organisation) -> bool:
    """The outgoing register (sổ văn bản đi): the office's drafters, leaders and văn thư."""
    if getattr(user, "is_superuser", False):
        return True
    return bool(roles_in(user, organisation) & OFFICE)


def can_read_any_register(user: Any) -> bool:
    """Whether the menu shows "Sổ văn bản đi" (no query beyond the request's roles)."""
    if getattr(user, "is_superuser", False):
        return True
    return any(roles & OFFICE for roles in _roles(user).values())


def can_override_gates(user: Any, plan: Plan) -> bool:
    """Issue despite the gates, with a written reason: a leader only."""
    return can_issue_plan(user, plan) and Role.APPROVER in roles_in(user, plan.organisation_id)


def approvers_of(organisation: Organisation) -> QuerySet[Any]:
    """The leaders a draft may be submitted to, in name order."""
    return (
        get_user_model()
        .objects.filter(
            memberships__organisation=organisation,
            memberships__role=Role.APPROVER,
            is_active=True,
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def can_cascade_plan(user: Any, plan: Plan) -> bool:
    """Create our implementing plan from an upper level's plan we received."""
    return (
        plan.kind == Plan.Kind.UPPER
        and can_view_plan(user, plan)
        and can_draft(user, plan.organisation)
    )


def can_download_plan(user: Any, plan: Plan) -> bool:
    return can_view_plan(user, plan)


def can_read_audit(user: Any, organisation: Organisation) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    return Role.APPROVER in roles_in(user, organisation)


def can_read_any_audit(user: Any) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    return any(Role.APPROVER in roles for roles in _roles(user).values())


def visible_plans(user: Any) -> QuerySet[Plan]:
    """Every plan the user may open, as one query (the same rule as can_view_plan)."""
    plans = Plan.objects.all()
    if getattr(user, "is_superuser", False):
        return plans
    roles = _roles(user)
    full = [org for org, r in roles.items() if r & OFFICE]
    issued_only = [org for org, r in roles.items() if Role.REPORTER in r]
    above = [org for org, r in roles.items() if Role.UPPER_VIEWER in r]
    below = descendant_ids(above)
    condition = Q(organisation_id__in=full) | Q(
        status=Plan.Status.ISSUED, organisation_id__in=set(issued_only) | below
    )
    return plans.filter(condition)


def descendant_ids(org_ids: list[int]) -> set[int]:
    """Every organisation below the given ones (wards below a city), one query per level."""
    found: set[int] = set()
    frontier = set(org_ids)
    while frontier:
        children = set(
            Organisation.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        frontier = children - found
        found |= children
    return found


# Digital signatures (issue 16): the leader signs with a personal key, the Văn thư with the organisation's.


def can_manage_own_key(user: Any, organisation: Organisation) -> bool:
    """A leader keeps their own certificate and signature image."""
    return Role.APPROVER in roles_in(user, organisation)


def can_manage_organisation_key(user: Any, organisation: Organisation) -> bool:
    """The Văn thư keeps the organisation's certificate and seal image."""
    return Role.CLERK in roles_in(user, organisation)


def can_sign_plan(user: Any, plan: Plan) -> bool:
    """The leader signs the ward's own plan once approved (before or after the number is given)."""
    return (
        plan.kind == Plan.Kind.OWN
        and plan.status in (Plan.Status.APPROVED, Plan.Status.ISSUED)
        and Role.APPROVER in roles_in(user, plan.organisation_id)
    )


def can_seal_plan(user: Any, plan: Plan) -> bool:
    """The Văn thư writes number and date and signs for the organisation, on the issued plan."""
    return (
        plan.kind == Plan.Kind.OWN
        and plan.status == Plan.Status.ISSUED
        and Role.CLERK in roles_in(user, plan.organisation_id)
    )


def can_copy_plan(user: Any, plan: Plan) -> bool:
    """The Văn thư makes electronic copies of what the ward received or issued."""
    return Role.CLERK in roles_in(user, plan.organisation_id) and (
        plan.kind == Plan.Kind.UPPER or plan.status == Plan.Status.ISSUED
    )
