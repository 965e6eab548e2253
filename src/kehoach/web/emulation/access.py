"""Who may do what with thi đua, in one place (the same shape as kehoach.web.permissions).

Ward staff (drafter, approver) and the council see their organisation's movements; a unit's reporter
sees the movement and only its own unit's registration and nominations; the city (upper viewer) sees
its wards' registrations and nominations, read-only. Drafters draft and review; approvers launch,
approve and issue; the council's secretary records the ballots.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from kehoach.web import permissions
from kehoach.web.emulation.models import CouncilMember, Movement
from kehoach.web.orgs.models import Membership

Role = Membership.Role


_COUNCIL = "_kehoach_council"


def council_role(user: Any, organisation_id: int) -> str | None:
    """The user's role in the organisation's council, read once per request (cached on the user)."""
    if not getattr(user, "is_authenticated", False):
        return None
    cached = getattr(user, _COUNCIL, None)
    if cached is None:
        cached = dict(
            CouncilMember.objects.filter(user=user).values_list("organisation_id", "role")
        )
        setattr(user, _COUNCIL, cached)
    return cached.get(organisation_id)


def is_staff_of(user: Any, organisation_id: int) -> bool:
    roles = permissions.roles_in(user, organisation_id)
    return (
        bool(roles & {Role.DRAFTER, Role.APPROVER})
        or council_role(user, organisation_id) is not None
    )


_UNITS = "_kehoach_report_units"


def reporter_unit_ids(user: Any, organisation_id: int) -> set[int]:
    """The units the user reports for in this organisation (cached on the user for the request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, _UNITS, None)
    if cached is None:
        cached = {}
        rows = Membership.objects.filter(user=user, role=Role.REPORTER, unit__isnull=False)
        for org, unit in rows.values_list("organisation_id", "unit_id"):
            cached.setdefault(org, set()).add(unit)
        setattr(user, _UNITS, cached)
    return set(cached.get(organisation_id, set()))


def sees_from_above(user: Any, movement: Movement) -> bool:
    return any(
        Role.UPPER_VIEWER in permissions.roles_in(user, org_id)
        for org_id in movement.organisation.ancestor_ids()
    )


def is_clerk_of(user: Any, organisation_id: int) -> bool:
    """The ward's Văn thư: numbers and seals the issued decision."""
    return Role.CLERK in permissions.roles_in(user, organisation_id)


def can_view(user: Any, movement: Movement) -> bool:
    if getattr(user, "is_superuser", False) or is_staff_of(user, movement.organisation_id):
        return True
    if movement.status == Movement.Status.DRAFT:
        return False
    return (
        bool(reporter_unit_ids(user, movement.organisation_id))
        or is_clerk_of(user, movement.organisation_id)
        or sees_from_above(user, movement)
    )


def movement_for(user: Any, pk: int) -> Movement:
    """The movement, or 404 for anyone who may not see it (no hint that it exists)."""
    movement = Movement.objects.select_related("organisation").filter(pk=pk).first()
    if movement is None or not can_view(user, movement):
        raise Http404
    return movement


def can_draft(user: Any, organisation_id: int) -> bool:
    return Role.DRAFTER in permissions.roles_in(user, organisation_id)


def can_approve(user: Any, organisation_id: int) -> bool:
    return Role.APPROVER in permissions.roles_in(user, organisation_id)


def is_secretary(user: Any, organisation_id: int) -> bool:
    return council_role(user, organisation_id) == CouncilMember.Role.SECRETARY


def visible_movements(user: Any) -> QuerySet[Movement]:
    movements = Movement.objects.select_related("organisation")
    if getattr(user, "is_superuser", False):
        return movements
    mine = {org.pk: permissions.roles_in(user, org) for org in permissions.organisations_of(user)}
    staff = [org for org, r in mine.items() if r & {Role.DRAFTER, Role.APPROVER}]
    staff += [org for org in mine if council_role(user, org)] + list(
        CouncilMember.objects.filter(user=user).values_list("organisation_id", flat=True)
    )
    reporter = [org for org, r in mine.items() if r & {Role.REPORTER, Role.CLERK}]
    below = permissions.descendant_ids([org for org, r in mine.items() if Role.UPPER_VIEWER in r])
    launched = ~Q(status=Movement.Status.DRAFT)
    return movements.filter(
        Q(organisation_id__in=staff) | (launched & Q(organisation_id__in=set(reporter) | below))
    )
