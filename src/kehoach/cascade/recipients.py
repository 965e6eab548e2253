"""Nơi nhận, Lưu and the signature of our draft, from the profile and what the cascade assigned.

Order as ward plans write it (seeds 001, 003): the upper bodies "(để báo cáo)", our leaders, our units that
received work, the profile's other recipients; then "Lưu: VT, <drafter>".
"""

from __future__ import annotations

from dataclasses import replace

from kehoach.cascade.profile import Profile
from kehoach.document.model import Signature
from kehoach.document.text import fold

REPORT = "(để báo cáo)"


def recipients(
    profile: Profile, upper_issuer: str | None, upper_units: list[str], assigned: list[str]
) -> list[str]:
    """Nơi nhận items, without "- " and ";"; `assigned` are the ids of our units that got work."""
    items: list[str] = []
    for body in [upper_issuer or profile.parent, *upper_units]:
        if body and all(fold(body) not in fold(i) for i in items):
            items.append(f"{body} {REPORT}")
    items.extend(profile.leaders_recipients)
    for unit in profile.units:
        if unit.id in assigned and unit.recipient and unit.recipient not in items:
            items.append(unit.recipient)
    items.extend(r for r in profile.extra_recipients if r not in items)
    return items


def archive(profile: Profile) -> list[str]:
    """ "Lưu: VT, VHXH." as its codes."""
    return ["VT", profile.drafter]


def signature(profile: Profile) -> Signature:
    return replace(profile.signature)
