"""Writing notifications: one row per person, nobody told of their own step, an event sent once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model

from kehoach.web.inbox.models import Notification
from kehoach.web.orgs.models import Membership
from kehoach.web.orgs.people import person_name

Role = Membership.Role


def members(organisation_id: int, role: str, unit_id: int | None = None) -> list[Any]:
    """The active people with `role` in the organisation (of one unit, for reporters)."""
    people = get_user_model().objects.filter(
        memberships__organisation_id=organisation_id, memberships__role=role, is_active=True
    )
    if unit_id is not None:
        people = people.filter(memberships__unit_id=unit_id)
    return list(people.distinct())


def deliver(
    people: Iterable[Any],
    organisation_id: int,
    text: str,
    url: str,
    *,
    actor: Any = None,
    kind: str = "",
    key: str = "",
) -> list[Notification]:
    """Notify each person once; the actor's name follows the text, the actor is not notified.

    With a `key`, a person who already has that event's notification gets no second one.
    """
    by = f" — {person_name(actor)}" if getattr(actor, "is_authenticated", False) else ""
    seen: set[int] = set()
    rows = []
    for person in people:
        if person is None or person.pk in seen or person.pk == getattr(actor, "pk", None):
            continue
        seen.add(person.pk)
        rows.append(
            Notification(
                user=person,
                organisation_id=organisation_id,
                text=(text + by)[:500],
                url=url,
                kind=kind,
                key=key,
            )
        )
    if key:
        return Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return Notification.objects.bulk_create(rows)
