"""A Plan laid out as the text of a plan, so the same rules can lint a plan being edited (web, cascade).

The layout follows the seeds: header lines, KẾ HOẠCH and its title, opening paragraphs, numbered
sections, closing, Nơi nhận, Lưu, signature. Findings then point at lines of this layout.
"""

from __future__ import annotations

from kehoach.document.dates import format_long
from kehoach.document.model import Plan, Section

_TYPE_NAMES = {
    "KH": "KẾ HOẠCH",
    "BC": "BÁO CÁO",
    "QĐ": "QUYẾT ĐỊNH",
    "TB": "THÔNG BÁO",
    "HD": "HƯỚNG DẪN",
}


def _number_line(plan: Plan) -> str | None:
    if not plan.symbol:
        return None
    return f"Số: {plan.number or ''}/{plan.symbol}"


def _date_line(plan: Plan) -> str | None:
    if not plan.place:
        return None
    if plan.date:
        return f"{plan.place}, {format_long(plan.date)}"
    return f"{plan.place}, ngày    tháng    năm {plan.year or ''}".rstrip()


def _heading(section: Section) -> str:
    number = section.number
    separator = "" if number.endswith((".", ")")) else "."
    return f"{number}{separator} {section.title}".strip()


def _section_lines(section: Section, out: list[str]) -> None:
    out.append(_heading(section))
    out.extend(section.paragraphs)
    for child in section.children:
        _section_lines(child, out)


def plan_lines(plan: Plan) -> list[str]:
    """The plan as lines of text, in the order of a plan."""
    lines: list[str] = []
    for line in (_number_line(plan), _date_line(plan)):
        if line:
            lines.append(line)
    lines.append(_TYPE_NAMES.get(plan.doc_type, plan.doc_type))
    if plan.title:
        lines.append(plan.title)
    lines.extend(plan.preamble)
    for section in plan.sections:
        _section_lines(section, lines)
    lines.extend(plan.closing)
    if plan.recipients or plan.archive:
        lines.append("Nơi nhận:")
        lines.extend(f"- {recipient};" for recipient in plan.recipients)
        if plan.archive:
            lines.append(f"- Lưu: {', '.join(plan.archive)}.")
    signature = plan.signature
    if signature:
        for part in (
            " ".join(p for p in (signature.authority, signature.body) if p),
            " ".join(p for p in (signature.capacity, signature.head) if p),
            signature.title or "",
            signature.name or "",
        ):
            if part:
                lines.append(part)
    return lines
