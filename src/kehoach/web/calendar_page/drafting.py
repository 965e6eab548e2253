"""A draft plan for a set of occasions, in the shape of seed 000 ("Tổ chức các hoạt động tuyên
truyền quý I năm 2024"), made by the library (kehoach.cascade.occasions) in the organisation's name.

An organisation with a unit profile drafts with it; one without gets a profile guessed from its record
(its name, place, parent and units: kehoach.cascade.guessed_profile), so it too gets duties per unit
kind dated per wave of events, never one sentence for every unit."""

from __future__ import annotations

from kehoach.calendar.commemorations import Occasion
from kehoach.cascade.guessed_profile import guessed_profile
from kehoach.cascade.occasions import occasions_draft
from kehoach.cascade.profile import Profile, profile_from_dict
from kehoach.document.model import Plan as DocumentPlan
from kehoach.web.orgs.models import Organisation


def profile_for(organisation: Organisation, scope: str = "national") -> Profile:
    """The organisation's profile, or one guessed from its record."""
    if organisation.profile:
        return profile_from_dict(organisation.profile, where=organisation.name)
    return guessed_profile(
        organisation.name,
        place=organisation.place or None,
        parent=organisation.parent.name if organisation.parent else None,
        unit_names=list(organisation.units.values_list("name", flat=True)),
        scope=scope,
    )


def scope_of(organisation: Organisation | None) -> str | None:
    """The commemorations scope the organisation's profile names (its province's own days)."""
    if organisation is None or not isinstance(organisation.profile, dict):
        return None
    scope = organisation.profile.get("scope")
    return scope if isinstance(scope, str) else None


def own_days(organisation: Organisation | None) -> tuple[str | None, list[str]]:
    """The ward's locality (its festivals are ticked) and the commemorations its profile keeps as its own."""
    if organisation is None:
        return None, []
    profile = organisation.profile if isinstance(organisation.profile, dict) else {}
    locality = profile.get("locality") or organisation.place or None
    own = profile.get("commemorations") or []
    return (
        locality if isinstance(locality, str) else None,
        [c for c in own if isinstance(c, str)] if isinstance(own, list) else [],
    )


def occasions_plan(
    occasions: list[Occasion],
    slogans: list[str],
    organisation: Organisation,
    *,
    year: int,
    quarter: int | None,
    scope: str = "national",
) -> DocumentPlan:
    return occasions_draft(
        occasions, slogans, profile_for(organisation, scope), year=year, quarter=quarter
    )
