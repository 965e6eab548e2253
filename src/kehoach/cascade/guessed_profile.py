"""A unit profile guessed from what the site knows of an organisation that has none (its name, place,
parent and unit names), so its calendar drafts get the same duties per unit kind as a profiled ward's.

A unit's kind comes from the shape of its name ("Công an …" → cong-an, "Trạm Y tế …" → tram-y-te,
"… tổ dân phố" → tdp), the ids the duty and mapping tables use; the signer's name stays blank for the
drafter to fill in (a review note says so).
"""

from __future__ import annotations

import re

from kehoach.cascade.profile import LOWER_LEVELS, SCOPES, Profile, Unit
from kehoach.document.model import Signature
from kehoach.document.text import clean, fold

# (pattern on the folded name, id, kind), first match wins.
UNIT_SHAPES: tuple[tuple[str, str, str], ...] = (
    (r"\bvan hoa\b.*\bxa hoi\b|\bvan hoa\b.*\bthong tin\b", "vhxh", "office"),
    (r"^van phong\b", "van-phong", "office"),
    (r"\bkinh te\b|\bha tang\b|\bdo thi\b", "kinh-te", "office"),
    (r"\bdia chinh\b|\btai nguyen\b", "dia-chinh", "office"),
    (r"^trung tam\b", "ttdv", "office"),
    (r"^cong an\b", "cong-an", "office"),
    (r"\bquan su\b", "quan-su", "office"),
    (r"\by te\b", "tram-y-te", "office"),
    (r"\bmat tran\b|\bmttq\b", "mttq", "request"),
    (r"\bdang uy\b|\bxay dung dang\b", "dang-uy", "request"),
    (r"\btruong\b", "truong-hoc", "community"),
    (r"\bto dan pho\b|\bthon\b|\bkhu pho\b", "tdp", "community"),
)
_LEVEL = re.compile(r"\b(" + "|".join(LOWER_LEVELS) + r")\s+(.+)$", re.IGNORECASE)


def _unit(name: str, taken: set[str]) -> Unit:
    folded = fold(name)
    unit_id, kind = next(
        ((i, k) for pattern, i, k in UNIT_SHAPES if re.search(pattern, folded)),
        (f"don-vi-{len(taken) + 1}", "office"),
    )
    while unit_id in taken:
        unit_id += "-2"
    taken.add(unit_id)
    return Unit(id=unit_id, name=name, kind=kind, recipient=name)


def _initials(name: str) -> str:
    """ "Phòng Văn hóa - Xã hội" -> "VHXH": the initials after the unit's kind word."""
    words = [w for w in re.split(r"[\s,-]+", name)[1:] if w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() or "VP"


def guessed_profile(
    issuer: str,
    *,
    place: str | None,
    parent: str | None,
    unit_names: list[str],
    scope: str = "national",
    parent_issuer: str | None = None,
) -> Profile:
    """Our profile as far as the organisation's record tells it (level and locality from its name)."""
    issuer = clean(issuer)
    found = _LEVEL.search(issuer)
    level, locality = (found.group(1).lower(), found.group(2)) if found else ("phường", issuer)
    taken: set[str] = set()
    units = [_unit(clean(n), taken) for n in unit_names if clean(n)]
    if not units:
        units = [Unit(id="vhxh", name="Công chức Văn hóa - Xã hội", recipient=None)]
    lead = next((u for u in units if u.id == "vhxh"), units[0])
    return Profile(
        name=issuer,
        level=level,
        locality=locality,
        place=clean(place or "") or locality,
        parent=clean(parent or "") or "Ủy ban nhân dân cấp trên",
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None),
        units=units,
        lead_unit=lead.id,
        drafter=_initials(lead.name),
        parent_issuer=parent_issuer,
        scope=scope if scope in SCOPES else "national",
        source=issuer,
    )
