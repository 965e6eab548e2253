"""Who does what: the units named under TỔ CHỨC THỰC HIỆN / TRÁCH NHIỆM THỰC HIỆN.

A unit is a numbered heading there ("1. Phòng Văn hóa và Thông tin"), a lead-in before a colon
("1. Sở Tài chính: chủ trì ..."), or a point ("- Công an tỉnh: ..."). Groups ("Trách nhiệm của các sở,
ngành") are opened to their members. Tasks that name their units in label lines or tables are read by
`task_units`; names, roles and deadlines by `units`.
"""

from __future__ import annotations

import re

from kehoach.document.model import Assignment, Section
from kehoach.read.task_units import tables_of_tasks, task_centred
from kehoach.read.units import (
    POINT_MARK,
    deadline_of,
    is_assignment_heading,
    partners_of,
    role_of,
    split_unit,
    split_units,
)

_GROUP_OWNER = re.compile(
    r"^(?:Trách nhiệm|Nhiệm vụ)(?: thực hiện)?\s+(?:của\s+)?(?P<unit>.+?)[:.]?$", re.IGNORECASE
)
_GROUP = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ|Phân công)\b", re.IGNORECASE)


def _assignment(unit: str, paragraphs: list[str]) -> Assignment:
    text = " ".join(p for p in paragraphs if p)
    role = role_of(text)
    return Assignment(
        unit=unit,
        text=text,
        role=role,
        deadline=deadline_of(text),
        partners=partners_of(text) if role == "lead" else [],
    )


def _assignments(units: str, paragraphs: list[str]) -> list[Assignment]:
    """One assignment per unit named in `units` (a list of units shares its duties)."""
    return [_assignment(unit, paragraphs) for unit in split_units(units) or [units]]


_GIVE = re.compile(r"^(?:Giao|Giao cho)\s+(?=\S)")
# A person given work under a body's heading ("Giao đồng chí ... - Phó Chủ tịch") is of that body.
_PERSON = re.compile(r"^(?:Đồng chí|đồng chí|Ông|Bà)\b")


def _delegated(paragraphs: list[str]) -> tuple[list[Assignment], list[str]]:
    """Points under a unit's heading that give the work to another unit ("1. Ủy ban nhân dân xã" /
    "a) Giao Phòng Văn hóa - Xã hội chủ trì ..."): that unit's assignments, and the points left."""
    delegated: list[Assignment] = []
    kept: list[str] = []
    for paragraph in paragraphs:
        point = POINT_MARK.sub("", paragraph) if POINT_MARK.match(paragraph) else ""
        named = split_unit(point) if _GIVE.match(point) else None
        if named and named[1] and not _PERSON.match(named[0]):
            delegated.extend(_assignments(named[0], [named[1]]))
        else:
            kept.append(paragraph)
    return delegated, kept


def _from_section(section: Section) -> list[Assignment]:
    found: list[Assignment] = []
    for child in section.children:
        named = split_unit(child.title)
        if _GROUP.match(child.title) or named is None:
            # A group ("Trách nhiệm của các sở, ngành") or a task: its members are below it; a
            # group without members is one unit's duties ("Trách nhiệm của UBND cấp xã").
            members = _from_section(child)
            owner = _GROUP_OWNER.match(child.title)
            named_owner = split_unit(owner.group("unit")) if owner and not members else None
            if named_owner:
                body = [named_owner[1], *child.paragraphs]
                found.extend(_assignments(named_owner[0], body))
            found.extend(members)
        else:
            delegated, kept = _delegated(child.paragraphs)
            body = [named[1], *kept]
            for grandchild in child.children:
                body.append(f"{grandchild.number}. {grandchild.title}")
                body.extend(grandchild.paragraphs)
            if any(body) or not delegated:
                found.extend(_assignments(named[0], body))
            found.extend(delegated)
    for paragraph in section.paragraphs:
        marked = bool(POINT_MARK.match(paragraph))
        named = split_unit(POINT_MARK.sub("", paragraph))
        if named and (marked or named[1] != ""):
            found.extend(_assignments(named[0], [named[1]]))
    return found


def _after_part_heading(sections: list[Section]) -> Section | None:
    """The numbered sections after a part heading the tree did not make a section of.

    "C. TỔ CHỨC THỰC HIỆN" or "PHẦN III" / "TỔ CHỨC THỰC HIỆN" above "1. Sở Y tế: ..." in a plan
    without Roman numerals ends up as a paragraph of the section before it; the units are the
    sections that follow, up to the next part heading.
    """
    for position, section in enumerate(sections):
        tail = section.walk()[-1]
        headings = [p for p in tail.paragraphs if p.isupper() and len(p) < 80]
        if not headings or not is_assignment_heading(headings[-1]):
            continue
        members: list[Section] = []
        for following in sections[position + 1 :]:
            members.append(following)
            if any(p.isupper() and len(p) < 80 for p in following.walk()[-1].paragraphs):
                break
        return Section(number="", title=headings[-1], children=members)
    return None


def find_assignments(sections: list[Section]) -> list[Assignment]:
    """Assignments from the plan's implementation section(s), and tasks that name their lead unit."""
    found: list[Assignment] = []
    for section in sections:
        if is_assignment_heading(section.title):
            found.extend(_from_section(section))
    if not found:
        for section in sections:
            for child in section.walk()[1:]:
                if is_assignment_heading(child.title):
                    found.extend(_from_section(child))
    if not found:
        part = _after_part_heading(sections)
        if part is not None:
            found.extend(_from_section(part))
    # A task table in a part before TỔ CHỨC THỰC HIỆN ("II. NHIỆM VỤ CỤ THỂ") is read first, as written.
    walked = [s for top in sections for s in top.walk()]
    giving = next((i for i, s in enumerate(walked) if is_assignment_heading(s.title)), len(walked))
    tables = tables_of_tasks(sections)
    before = [task for position, tasks in tables if position < giving for task in tasks]
    after = [task for position, tasks in tables if position >= giving for task in tasks]
    return before + found + task_centred(sections) + after
