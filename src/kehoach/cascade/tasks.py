"""TỔ CHỨC THỰC HIỆN of our draft as tasks: each duty one item with exactly one lead unit and its partners.

The text keeps the ward's usual shape (one numbered part per unit, its duties as points); the assignment
rows are per duty. A duty's lead is the unit whose part holds it, and its partners the units of the profile
it says it works with ("phối hợp với Công an phường, Trạm Y tế phường"); a duty that opens "Phối hợp với
<unit>" is led by that unit and supported by the part's own unit. Only units of the profile appear, and
no item has two leads.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.cascade.assignments import Distribution, Placed, second_lead
from kehoach.cascade.profile import Profile
from kehoach.cascade.reporting import Due
from kehoach.document.dates import find_dates, format_short
from kehoach.document.model import Assignment, Plan, ReviewNote, Section
from kehoach.document.text import fold

TCTH_TITLE = "TỔ CHỨC THỰC HIỆN"
_SUPPORT_WORDS = re.compile(r"(?i)(?<!\w)phối hợp(?:\s+(?:với|cùng))?(?!\w)")
_OPENS_SUPPORT = re.compile(r"(?i)^\s*(?:là cơ quan [^,;:]{0,30},\s*)?phối hợp\s+(?:với|cùng)\s+")
_CLAUSE_END = re.compile(r"[;.:]")
# a unit named as the place of the work ("tổ chức … tại các tổ dân phố") is not a partner
_PLACE = re.compile(r"(?<!\w)(?:tai|o|den|tren dia ban)\s+$")


def _names(profile: Profile) -> list[tuple[str, str]]:
    """(unit id, folded name) for every way the text names a unit of the profile, longest first."""
    found: list[tuple[str, str]] = []
    for unit in profile.units:
        for name in {unit.name, unit.recipient or unit.name}:
            found.append((unit.id, fold(name)))
    return sorted(found, key=lambda pair: len(pair[1]), reverse=True)


def _mentioned(text: str, names: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(position, unit id) of each unit of the profile named in `text` (folded), in text order."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for unit_id, name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            found.append((match.start(), unit_id))
    return sorted(found)


def roles(
    text: str, unit_id: str, profile: Profile, parts: list[str] | None = None
) -> tuple[str, list[str]]:
    """The lead unit id and the partner ids of one duty written in `unit_id`'s part; a duty that
    opens "Phối hợp với X" is led by X when X has its own part (`parts`, default: every unit)."""
    folded = fold(text)
    names = [
        (at, u) for at, u in _mentioned(text, _names(profile)) if not _PLACE.search(folded, 0, at)
    ]
    opening = _OPENS_SUPPORT.match(text)
    # the unit worked with is the one right after "Phối hợp với" ("… tổ chức … tại các tổ dân phố" is a place)
    first = next(
        (u for at, u in names if opening and opening.end() - 1 <= at <= opening.end()), None
    )
    if opening and first and (parts is None or first in parts):
        clause_end = _CLAUSE_END.search(text, opening.end())
        end = clause_end.start() if clause_end else len(text)
        named = [u for at, u in names if opening.end() - 1 <= at < end and u != unit_id]
        if named:
            return named[0], [unit_id, *dict.fromkeys(named[1:])]
    partners: list[str] = []
    for words in _SUPPORT_WORDS.finditer(text):
        clause_end = _CLAUSE_END.search(text, words.end())
        end = clause_end.start() if clause_end else len(text)
        partners += [u for at, u in names if words.end() - 1 <= at < end and u != unit_id]
    return unit_id, list(dict.fromkeys(partners))


def without_self(text: str, name: str) -> str:
    """The duty without its own unit among the units it works with ("Văn phòng ...; phối hợp với Văn
    phòng ..." after two upper bodies became the same unit of ours)."""
    own = re.escape(name)
    lead_in = r"phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+"

    def first(match: re.Match[str]) -> str:
        rest = text[match.end() :]
        others = rest[:1].isupper() or rest.startswith(("các ", "những "))
        return match.group(1) if others else match.group(0)

    text = re.sub(rf"({lead_in}){own}(?:,\s*|\s+và\s+)", first, text)
    text = re.sub(rf"[;,]?\s*{lead_in}{own}(?=[,.;]|$)", "", text)
    return re.sub(rf"(?:,\s*|\s+và\s+){own}(?=[,.;]|$)", "", text)


def unit_title(profile: Profile, unit_id: str) -> str:
    unit = profile.unit(unit_id)
    assert unit is not None
    return f"Đề nghị {unit.name}" if unit.kind == "request" else unit.name


def _order(profile: Profile, distribution: Distribution) -> list[str]:
    """Lead first, then our offices, the bodies we ask ("Đề nghị ..."), then communities, as in ward plans."""
    rank = {"office": 0, "request": 1, "community": 2}
    ids = [
        u.id for u in profile.units if u.id in distribution.by_unit and u.id != profile.lead_unit
    ]
    ids.sort(key=lambda i: rank[profile.unit(i).kind])  # type: ignore[union-attr]
    return [profile.lead_unit, *ids]


def _not_after(placed: Placed, cap: date) -> None:
    """A mirrored duty's date (from an upper body's own deadline) no later than our units' report date."""
    if placed.deadline and placed.deadline > cap:
        if len([d for d in find_dates(placed.text) if d.value]) > 1:
            # a periodic duty ("định kỳ 6 tháng (trước ngày 12/06/2026 và trước ngày 11/12/2026)")
            # keeps its dates; only the task is followed up by our first round
            placed.note += (
                f" Theo dõi lần đầu trước {format_short(cap)} (kỳ báo cáo đầu của phường)."
            )
        else:
            placed.text = placed.text.replace(format_short(placed.deadline), format_short(cap))
            placed.note += f" Hạn đưa về {format_short(cap)} cho kịp báo cáo của phường."
        placed.deadline = cap


def _reports_to(committee: str, lines: list[str]) -> bool:
    """A line of the unit already sends its results to our committee ("tổng hợp kết quả, báo cáo Ủy
    ban nhân dân phường trước ngày 03/12/2025"): the standard report line would say it twice."""
    to = re.compile(
        r"(?:bao cao|gui)(?: ket qua)?(?: thuc hien)?(?: ve)? " + re.escape(fold(committee)) + r"\b"
    )
    return any(to.search(fold(line)) for line in lines)


def _item(
    profile: Profile, unit_id: str, text: str, deadline: date, parts: list[str]
) -> Assignment:
    lead_id, partner_ids = roles(text, unit_id, profile, parts)
    name = profile.unit(lead_id).name  # type: ignore[union-attr]
    partners = [profile.unit(p).name for p in partner_ids]  # type: ignore[union-attr]
    return Assignment(unit=name, text=text, role="lead", deadline=deadline, partners=partners)


def tcth_section(
    profile: Profile, distribution: Distribution, plan: Plan, rounds: list[Due]
) -> tuple[Section, list[Assignment]]:
    """Our TỔ CHỨC THỰC HIỆN and its tasks: one part per unit of the profile given work, one item per
    duty, every item dated.

    Each unit other than the lead reports to our committee by the first round's date (its last item);
    a duty without its own date is due by that date (the lead's, by our report upward)."""
    section = Section(number="", title=TCTH_TITLE)
    items: list[Assignment] = []
    lead = profile.lead.name
    ours = f"Ủy ban nhân dân {profile.level}"
    parts = _order(profile, distribution)
    for index, unit_id in enumerate(parts, start=1):
        unit = profile.unit(unit_id)
        assert unit is not None
        placed = distribution.by_unit.get(unit_id, [])
        if unit_id == profile.lead_unit:  # its own first duties already say it leads and follows up
            placed = placed[:2] + [p for p in placed[2:] if second_lead(p.text, lead) == p.text]
        cap = rounds[0].ward if unit_id == profile.lead_unit else rounds[0].units
        for p in placed:
            _not_after(p, cap)
        lines = [
            (
                without_self(
                    p.text if unit_id == profile.lead_unit else second_lead(p.text, lead), unit.name
                ),
                p.deadline,
            )
            for p in placed
        ]
        if unit_id != profile.lead_unit and not _reports_to(ours, [t for t, _ in lines]):
            verb = "Gửi" if unit.kind == "request" else "Báo cáo"
            report = f"{verb} kết quả thực hiện về {ours} (qua {lead}) {rounds[0].units_text}."
            lines.append((report, rounds[0].units))
        child = Section(number=str(index), title=unit_title(profile, unit_id))
        child.paragraphs = [f"- {text}" for text, _ in lines]
        section.children.append(child)
        items += [_item(profile, unit_id, text, when or cap, parts) for text, when in lines]
        label = f"Tổ chức thực hiện: {unit.name}"
        plan.review += [ReviewNote(label, p.note) for p in placed]
    return section, items
