"""One truth for the work a plan gives out: the assignment rows written into the document itself.

The rows (unit, lead or support, deadline, duties) become the tasks when the plan is issued; the issued
text must say the same. `with_assignments` returns the plan whose TỔ CHỨC THỰC HIỆN names every row's
unit with its role and deadline (a unit's own heading is kept and completed; a unit the text never
named gets its own numbered item), and whose Nơi nhận lists every assigned unit.

A plan whose rows are per task (each naming one lead and its supporting units, as a cascaded draft's) carries
them as an appendix table "PHÂN CÔNG NHIỆM VỤ" (task, lead, support, deadline): `assignment_table` writes it
from the rows and `with_assignments` rewrites it from the rows as they stand, so an edit of a row reaches
the signed text.
"""

from __future__ import annotations

import copy
import re

from kehoach.document.dates import find_dates, format_short
from kehoach.document.model import Assignment, Plan, Section, Table
from kehoach.document.text import clean, fold

ORGANISATION_TITLE = "TỔ CHỨC THỰC HIỆN"
ROLE_WORDS = {
    "lead": ("chu tri", "Chủ trì thực hiện"),
    "support": ("phoi hop", "Phối hợp thực hiện"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")


TABLE_LABEL = "PHỤ LỤC"
TABLE_TITLE = "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH"
TABLE_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def is_assignment_table(appendix: Section) -> bool:
    """The appendix that lists the rows per task (written by `assignment_table`)."""
    return fold(appendix.title).startswith(fold(TABLE_TITLE)[:18])


def _attachment_line(plan: Plan) -> str:
    """ "(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/3/2026 của ...)", blanks where not yet known."""
    number = (
        f"{plan.number}/{plan.symbol or 'KH-UBND'}"
        if plan.number
        else f"     /{plan.symbol or 'KH-UBND'}"
    )
    when = (
        f"ngày {format_short(plan.date)}"
        if plan.date
        else f"ngày     tháng     năm {plan.year}"
        if plan.year
        else "ngày     tháng     năm"
    )
    issuer = f" của {plan.issuer}" if plan.issuer else ""
    return f"(Kèm theo Kế hoạch số {number} {when}{issuer})"


def assignment_table(plan: Plan) -> Section:
    """The appendix listing each task with its one lead unit, its supporting units and its deadline."""
    rows = [list(TABLE_HEADER)]
    for assignment in (a for a in plan.assignments if clean(a.unit)):
        support = assignment.role == "support"
        partners = [clean(p) for p in assignment.partners if clean(p)]
        rows.append(
            [
                str(len(rows)),
                clean(assignment.text),
                "" if support else clean(assignment.unit),
                "; ".join(([clean(assignment.unit)] if support else []) + partners),
                f"Trước ngày {format_short(assignment.deadline)}" if assignment.deadline else "",
            ]
        )
    return Section(
        number=TABLE_LABEL,
        title=TABLE_TITLE,
        paragraphs=[_attachment_line(plan)],
        tables=[Table(rows=rows, header_rows=1)],
    )


def with_table(plan: Plan) -> Plan:
    """`plan` (changed in place and returned) with its assignment table rewritten from its rows, if it
    has one; a plan without the table is left as it is."""
    for index, appendix in enumerate(plan.appendices):
        if is_assignment_table(appendix):
            plan.appendices[index] = assignment_table(plan)
    return plan


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


def _recipients(plan: Plan, partners: bool = False) -> None:
    """Every assigned unit in Nơi nhận once (and, for a plan with the table, every supporting unit)."""
    have = [fold(r) for r in plan.recipients]
    for assignment in plan.assignments:
        names = [assignment.unit, *(assignment.partners if partners else [])]
        for unit in (clean(u) for u in names):
            if unit and not any(fold(unit) in r for r in have):
                plan.recipients.append(unit)
                have.append(fold(unit))


def with_assignments(plan: Plan) -> Plan:
    """A copy of `plan` whose text and Nơi nhận carry every assignment row (the input is unchanged)."""
    result = copy.deepcopy(plan)
    rows = [a for a in result.assignments if clean(a.unit)]
    if not rows:
        return result
    if any(is_assignment_table(a) for a in result.appendices):
        with_table(result)  # the table says each row's lead, support and deadline
        _recipients(result, partners=True)
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
