"""Who may draft, approve, publish and log messages, on top of kehoach.web.permissions' roles.

The unit that runs the channel (its reporters) and the ward's drafters write messages; the ward's
approver (lãnh đạo, Ban biên tập) approves them; nothing goes out before approval. Nobody reaches
another ward's messages; the public sees published ones only.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import Http404

from kehoach.web import permissions
from kehoach.web.channels.models import ChannelMessage
from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.tasks.access import reporter_unit_ids

Role = Membership.Role
State = ChannelMessage.State
OUT = (State.APPROVED, State.PUBLISHED)


def can_write_for(user: Any, organisation: Organisation | int, unit: Unit | int | None) -> bool:
    """Drafters of the ward, or reporters of the unit that runs the channel."""
    org_id = organisation if isinstance(organisation, int) else organisation.pk
    if Role.DRAFTER in permissions.roles_in(user, org_id):
        return True
    unit_id = unit if isinstance(unit, int) or unit is None else unit.pk
    return unit_id is not None and unit_id in reporter_unit_ids(user)


def writable_organisations(user: Any) -> list[Organisation]:
    units = reporter_unit_ids(user)
    return [
        o
        for o in permissions.organisations_of(user)
        if Role.DRAFTER in permissions.roles_in(user, o) or o.units.filter(pk__in=units).exists()
    ]


def can_view(user: Any, message: ChannelMessage) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    roles = permissions.roles_in(user, message.organisation_id)
    if roles & {Role.DRAFTER, Role.APPROVER}:
        return True
    return message.unit_id is not None and message.unit_id in reporter_unit_ids(user)


def message_for(user: Any, pk: int) -> ChannelMessage:
    """The message, or 404 for one the user may not see (another ward's looks absent)."""
    message = (
        ChannelMessage.objects.select_related("organisation", "unit", "task__plan")
        .filter(pk=pk)
        .first()
    )
    if message is None or not can_view(user, message):
        raise Http404("Không có tin này.")
    return message


def can_edit(user: Any, message: ChannelMessage) -> bool:
    return message.state in (State.DRAFT, State.RETURNED) and can_write_for(
        user, message.organisation_id, message.unit_id
    )


def can_approve(user: Any, message: ChannelMessage) -> bool:
    return message.state == State.SUBMITTED and Role.APPROVER in permissions.roles_in(
        user, message.organisation_id
    )


def can_send_out(user: Any, message: ChannelMessage) -> bool:
    """Publish, download the print and audio files, log broadcasts: approved messages only."""
    return message.state in OUT and can_write_for(user, message.organisation_id, message.unit_id)


def visible_messages(user: Any) -> Any:
    if getattr(user, "is_superuser", False):
        return ChannelMessage.objects.all()
    managed = [
        o.pk
        for o in permissions.organisations_of(user)
        if permissions.roles_in(user, o) & {Role.DRAFTER, Role.APPROVER}
    ]
    units = reporter_unit_ids(user)
    return ChannelMessage.objects.filter(Q(organisation_id__in=managed) | Q(unit_id__in=units))
