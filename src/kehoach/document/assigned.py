"""One truth for the work a plan gives out: the assignment rows written into the document itself.

The rows (unit, lead or support, deadline, duties) become the tasks when the plan is issued; the issued
text must say the same. `with_assignments` returns the plan whose TỔ CHỨC THỰC HIỆN names every row's
unit with its role and deadline (a unit's own heading is kept and completed; a unit the text never
named gets its own numbered item), and whose Nơi nhận lists every assigned unit.
"""

from __future__ import annotations

import copy
import re

from kehoach.document.dates import find_dates, format_short
from kehoach.document.model import Assignment, Plan, Section
from kehoach.document.text import clean, fold

ORGANISATION_TITLE = "TỔ CHỨC THỰC HIỆN"
ROLE_WORDS = {
    "lead": ("chu tri", "Chủ trì thực hiện"),
    "support": ("phoi hop", "Phối hợp thực hiện"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")


def _is_organisation(section: Section) -> bool:
    title = fold(section.title)
    return "to chuc thuc hien" in title or "phan cong" in title


def _names(section: Section, unit: str) -> bool:
    """The child's heading (or, untitled, its first line) names the unit."""
    head = section.title or (section.paragraphs[0] if section.paragraphs else "")
    return fold(clean(unit)) in fold(head)


def _text(section: Section) -> str:
    parts = [section.title, *section.paragraphs]
    parts += [_text(child) for child in section.children]
    return " ".join(parts)


def _duty_line(assignment: Assignment, said: str) -> str | None:
    """What the rows add to the unit's text: its role, its deadline ("" parts already said)."""
    parts: list[str] = []
    role = ROLE_WORDS.get(assignment.role or "")
    if role and role[0] not in fold(said):
        parts.append(role[1])
    if assignment.deadline and assignment.deadline not in {m.value for m in find_dates(said)}:
        prefix = "hoàn thành trước ngày" if parts else "Thời hạn hoàn thành: trước ngày"
        parts.append(f"{prefix} {format_short(assignment.deadline)}")
    if not parts:
        return None
    return "- " + ", ".join(parts) + "."


def _item(number: str, assignment: Assignment) -> Section:
    paragraphs = [f"- {clean(assignment.text)}"] if clean(assignment.text) else []
    section = Section(number=number, title=clean(assignment.unit), paragraphs=paragraphs)
    line = _duty_line(assignment, _text(section))
    if line:
        section.paragraphs.append(line)
    return section


def _next_number(section: Section) -> str:
    numbers = [c.number for c in section.children if re.fullmatch(r"\d+", c.number or "")]
    return str(int(numbers[-1]) + 1) if numbers else str(len(section.children) + 1)


def _organisation_section(plan: Plan) -> Section:
    for section in plan.sections:
        if _is_organisation(section):
            return section
    number = _ROMAN[len(plan.sections)] if len(plan.sections) < len(_ROMAN) else ""
    section = Section(number=number, title=ORGANISATION_TITLE)
    plan.sections.append(section)
    return section


def _recipients(plan: Plan) -> None:
    have = [fold(r) for r in plan.recipients]
    for assignment in plan.assignments:
        unit = clean(assignment.unit)
        if unit and not any(fold(unit) in r for r in have):
            plan.recipients.append(unit)
            have.append(fold(unit))


def with_assignments(plan: Plan) -> Plan:
    """A copy of `plan` whose text and Nơi nhận carry every assignment row (the input is unchanged)."""
    result = copy.deepcopy(plan)
    rows = [a for a in result.assignments if clean(a.unit)]
    if not rows:
        return result
    section = _organisation_section(result)
    for assignment in rows:
        child = next((c for c in section.children if _names(c, assignment.unit)), None)
        if child is None:
            section.children.append(_item(_next_number(section), assignment))
            continue
        line = _duty_line(assignment, _text(child))
        if line:
            child.paragraphs.append(line)
    _recipients(result)
    return result
