"""Is a plan ready to issue? The document-level gates: what an office must not send out.

Each problem names what is wrong in plain Vietnamese and what to do, and where (a field of the editor),
so the site can show it, refuse to issue, and let a leader override with a written reason. Lint findings
are a separate gate (the site adds them); these are the ones lint does not decide:
a citation whose number was never filled in ("Thực hiện Kế hoạch số /KH-UBND"), no signer,
a unit that is not one of the organisation's units, an assignment without a deadline, and a result
report (BC) dated before the end of the period it reports on without saying "ước thực hiện".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Section
from kehoach.document.text import clean, fold
from kehoach.report.periods import ESTIMATE, date_problem, period_in

# "số /KH-UBND", "số ..../QĐ-UBND", "số …/KH": the word "số", no digit, then "/" and a symbol.
_BLANK_NUMBER = re.compile(r"(?<!\w)số\s*(?:[.…_]+\s*)?/\s*[A-ZĐ][\w.]*(?:-[\w.]+)*", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """One reason not to issue yet."""

    code: str  # "blank-citation", "no-signer", "unknown-unit", "no-deadline", "report-too-early"
    message: str
    where: str  # "preamble", "signature", "assignment-3" ...: the editor's place to fix it


def _section_texts(sections: Iterable[Section], where: str) -> Iterator[tuple[str, str]]:
    for section in sections:
        yield where, section.title
        for paragraph in section.paragraphs:
            yield where, paragraph
        yield from _section_texts(section.children, where)


def _texts(plan: Plan) -> Iterator[tuple[str, str]]:
    for paragraph in plan.preamble:
        yield "preamble", paragraph
    yield from _section_texts(plan.sections, "sections")
    for index, assignment in enumerate(plan.assignments, start=1):
        yield f"assignment-{index}", assignment.text
    for paragraph in plan.closing:
        yield "closing", paragraph


def blank_citations(plan: Plan) -> list[Problem]:
    problems: list[Problem] = []
    for where, text in _texts(plan):
        for match in _BLANK_NUMBER.finditer(text or ""):
            problems.append(
                Problem(
                    "blank-citation",
                    f"Văn bản được dẫn chưa có số: “{clean(match.group(0))}”. "
                    "Điền số của văn bản được dẫn (ví dụ “số 157/KH-UBND”) trước khi ban hành.",
                    where,
                )
            )
    return problems


def missing_signer(plan: Plan) -> list[Problem]:
    signature = plan.signature
    if signature and clean(signature.name or "") and clean(signature.title or signature.head or ""):
        return []
    return [
        Problem(
            "no-signer",
            "Chưa có người ký (họ tên và chức vụ). Điền khối chữ ký trong phần đầu của dự thảo.",
            "signature",
        )
    ]


def _known(name: str, units: Iterable[str]) -> bool:
    folded = fold(clean(name))
    for unit in units:
        known = fold(clean(unit))
        if known and (folded == known or folded == f"de nghi {known}"):
            return True
    return False


def unknown_units(plan: Plan, units: Iterable[str]) -> list[Problem]:
    """Assignments to a unit the organisation does not have: their task could never be reported."""
    names = list(units)
    return [
        Problem(
            "unknown-unit",
            f"Đơn vị “{assignment.unit}” (dòng phân công {index}) không có trong danh sách đơn vị "
            "của cơ quan: chọn một đơn vị trong danh sách, hoặc nhờ quản trị thêm đơn vị này trước.",
            f"assignment-{index}",
        )
        for index, assignment in enumerate(plan.assignments, start=1)
        if clean(assignment.unit) and not _known(assignment.unit, names)
    ]


def missing_deadlines(plan: Plan) -> list[Problem]:
    return [
        Problem(
            "no-deadline",
            f"Nhiệm vụ của “{assignment.unit}” (dòng phân công {index}) chưa có thời hạn: "
            "điền thời hạn để đơn vị biết khi nào phải báo cáo.",
            f"assignment-{index}",
        )
        for index, assignment in enumerate(plan.assignments, start=1)
        if clean(assignment.unit) and assignment.deadline is None
    ]


# "ngày 06 tháng 01 năm 2025" in a title cites a document's date, not the period reported on.
_LONG_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)


def _all_text(plan: Plan) -> str:
    return "\n".join([plan.title or "", *(text for _, text in _texts(plan))])


def report_too_early(plan: Plan, on: date | None = None) -> list[Problem]:
    """A BC issued on `on` (default: its own date) before the end of the period its title names
    ("quý I năm 2024", "6 tháng đầu năm 2025"): its figures cannot be final, so it must say that they
    are "ước thực hiện" to the end of the period, or be dated after the period ends."""
    if (plan.doc_type or "").upper() != "BC":
        return []
    day = on or plan.date
    period = period_in(_LONG_DATE.sub(" ", plan.title or ""))
    if date_problem(period, day, _all_text(plan)) is None or period is None or day is None:
        return []
    end = format_short(period.end)
    return [
        Problem(
            "report-too-early",
            f"Báo cáo {period.label} không được ban hành ngày {format_short(day)}, trước khi hết kỳ "
            f"báo cáo ({end}): chọn ngày ban hành từ {end} trở đi, hoặc trả lại dự thảo để ghi rõ "
            f"số liệu là “{ESTIMATE}” đến hết kỳ.",
            "preamble",
        )
    ]


def issue_problems(plan: Plan, units: Iterable[str], on: date | None = None) -> list[Problem]:
    """Every document-level reason not to issue `plan` yet; `units` are the organisation's units,
    `on` the day it would be issued (its own date when None)."""
    return [
        *blank_citations(plan),
        *missing_signer(plan),
        *unknown_units(plan, units),
        *missing_deadlines(plan),
        *report_too_early(plan, on),
    ]
