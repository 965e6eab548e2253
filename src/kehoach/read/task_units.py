"""Tasks that name their units: "1.1. <task>" with label lines ("- Đơn vị chủ trì: X", "- Đơn vị
phối hợp: Y", "- Thời gian hoàn thành: ..."), and "Phân công nhiệm vụ" tables (task, lead, support and
deadline columns). Each gives one lead with its partners.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.document.dates import parse_date, parse_period
from kehoach.document.model import Assignment, Section, Table
from kehoach.document.text import clean, fold
from kehoach.read.units import POINT_MARK, VERB, deadline_of, is_assignment_heading, split_units

_TASK_UNIT = re.compile(
    r"^[-+•*]?\s*(?:Đơn vị|Cơ quan|Bộ phận|Người)\s+(?P<role>chủ trì|phối hợp|thực hiện)"
    r"(?:\s+(?:tham mưu\s+)?(?:thực hiện|tham mưu|chính))?\s*:\s*(?P<units>.+)$",
    re.IGNORECASE,
)
# "Đơn vị chủ trì: Phòng A; Đơn vị phối hợp: Phòng B, Văn phòng Sở": several roles on one line.
_NEXT_ROLE = re.compile(
    r"[;.,]?\s+(?=(?:Đơn vị|Cơ quan|Bộ phận|Người)\s+(?:chủ trì|phối hợp|thực hiện)"
    r"(?:\s+(?:tham mưu\s+)?(?:thực hiện|tham mưu|chính))?\s*:)",
    re.IGNORECASE,
)
_TASK_TIME = re.compile(
    r"^[-+•]?\s*Thời (?:gian|hạn)(?: hoàn thành| thực hiện)?\s*:\s*(?P<when>.+)$", re.IGNORECASE
)
# "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành ... thẩm định hồ sơ."
_INLINE_LEAD = re.compile(
    r"^(?P<lead>.+?)\s+(?:là cơ quan\s+)?chủ trì\b[,\s]*"
    r"(?:(?:và\s+)?phối hợp\s+(?:với|cùng)\s+(?P<partners>.+))?$",
    re.IGNORECASE,
)
# verbs that end a list of partners but not a unit's name elsewhere
_ACTIVITY = re.compile(r"\s(?:thẩm định|xét duyệt|giám sát|tổ chức|kiểm tra)\b")


def _end_of(text: str) -> date | None:
    period = parse_period(text)
    return period[1] if period else parse_date(text)


def _cut_activity(units: str) -> tuple[str, str]:
    """ "các sở, ngành, UBND cấp xã thẩm định hồ sơ." -> the units and what they do together."""
    verb = VERB.search(" " + units) or _ACTIVITY.search(" " + units)
    if verb is None:
        return units.strip().rstrip(" .;"), ""
    at = max(verb.start() - 1, 0)
    return units[:at].strip().rstrip(" ,;"), units[at:].strip().rstrip(" .;")


def _listed(units: str) -> list[str]:
    """The partners of a label line: "Sở Tư pháp; các cơ quan, đơn vị liên quan" is two entries."""
    return [name for part in units.split(";") if part.strip() for name in split_units(part)]


def _roles_of(match: re.Match[str]) -> tuple[list[str], list[str], str]:
    """(leads, partners, what they do) named by one label line; "thực hiện" names the doers, and
    "X chủ trì, phối hợp với Y" after it says which of them leads."""
    units = match.group("units").strip().rstrip(" .;")
    role = match.group("role").lower()
    inline = _INLINE_LEAD.match(units)
    if inline and role != "phối hợp":
        partners, activity = _cut_activity(inline.group("partners") or "")
        return (
            split_units(inline.group("lead")),
            _listed(partners),
            activity,
        )
    if role == "phối hợp":
        return [], _listed(units), ""
    return split_units(units), [], ""


def _blocks(section: Section) -> list[tuple[str, list[re.Match[str]], date | None]]:
    """The task blocks of a section: (task, label lines, deadline). The first block's task is the
    section's heading; a later block's task is the points written between it and the block before."""
    blocks: list[tuple[str, list[re.Match[str]], date | None]] = []
    pending: list[str] = []
    matches: list[re.Match[str]] = []
    deadline: date | None = None

    def close() -> None:
        nonlocal matches, deadline
        if matches:
            heading = clean(
                f"{section.number}. {section.title}" if section.number else section.title
            )
            points = [POINT_MARK.sub("", p).strip() for p in pending]
            task = heading if not blocks or not points else " ".join(points)
            blocks.append((task, matches, deadline))
            pending.clear()
            deadline = None
        matches = []

    for paragraph in section.paragraphs:
        found: list[re.Match[str]] = []
        timing = None
        if ":" in paragraph:  # every label line has its colon: most paragraphs need no regex
            found = [m for m in (_TASK_UNIT.match(p) for p in _NEXT_ROLE.split(paragraph)) if m]
            timing = _TASK_TIME.match(paragraph)
        if found:
            matches.extend(found)
        elif timing:  # before or after the block's label lines
            when = timing.group("when")
            deadline = deadline or deadline_of("trước " + when) or _end_of(when)
        else:
            close()
            pending.append(paragraph)
    close()
    return blocks


def task_centred(sections: list[Section]) -> list[Assignment]:
    """ "1.1. <task>" followed by "- Đơn vị chủ trì: X", "- Đơn vị phối hợp: Y", "- Thời gian hoàn
    thành: ..." (or "- Cơ quan thực hiện: X chủ trì, phối hợp với Y"): one lead with its partners."""
    found: list[Assignment] = []
    for top in sections:
        for section in top.walk():
            for task, matches, deadline in _blocks(section):
                named = [_roles_of(m) for m in matches]
                leads = [u for lead, _, _ in named for u in lead]
                supporting = list(dict.fromkeys(u for _, partners, _ in named for u in partners))
                activity = next((a for _, _, a in named if a), "")
                text = f"{task}: {activity}" if activity else task
                single = len(leads) == 1 or bool(supporting)
                explicit = any(m.group("role").lower() == "chủ trì" for m in matches)
                for unit in dict.fromkeys(leads):
                    role = "lead" if single or explicit else None
                    partners = supporting if role == "lead" else []
                    found.append(Assignment(unit, text, role, deadline, list(partners)))
                for unit in supporting:
                    if unit not in leads:
                        found.append(Assignment(unit, text, "support", deadline))
    return found


def _column(header: list[str], *words: str) -> int | None:
    folded = [fold(cell) for cell in header]
    return next((i for i, cell in enumerate(folded) for w in words if w in cell), None)


def _cell(row: list[str], index: int | None) -> str:
    return clean(row[index]) if index is not None and index < len(row) else ""


def task_table_columns(
    table: Table, giving: bool = False
) -> tuple[int, int, int | None, int | None] | None:
    """The columns (task, lead, support, deadline) of a table that gives out work, else None. Under a
    part giving out work (`giving`) a column "Đơn vị chủ trì" or "Đơn vị thực hiện" does; under any
    other title ("II. NHIỆM VỤ CỤ THỂ") the table must share the work out: "Cơ quan chủ trì" and
    "Cơ quan phối hợp" (a schedule with its organising unit stays a table of the content)."""
    if not table.rows or table.header_rows < 1:
        return None
    header = table.rows[0]
    words = ("chu tri", "don vi thuc hien", "co quan thuc hien") if giving else ("chu tri",)
    lead = _column(header, *words)
    task = _column(header, "nhiem vu", "noi dung", "giai phap")
    support = _column(header, "phoi hop")
    if lead is None or task is None or lead == task or (support is None and not giving):
        return None
    return task, lead, support, _column(header, "thoi han", "thoi gian")


def table_tasks(sections: list[Section]) -> list[Assignment]:
    """Rows of a "Phân công nhiệm vụ" table (task, lead, support, deadline columns) that stands as the
    content of a part without sub-parts, a part giving out work ("1. Phân công nhiệm vụ" over the
    table) or any part whose table has a "chủ trì" column: one task each, its lead unit(s) and its
    partners."""
    return [task for _, tasks in tables_of_tasks(sections) for task in tasks]


def tables_of_tasks(sections: list[Section]) -> list[tuple[int, list[Assignment]]]:
    """`table_tasks` by the index (in the plan's walk) of the part that holds each table."""
    found: list[tuple[int, list[Assignment]]] = []
    walked = [s for top in sections for s in top.walk()]
    for position, section in enumerate(walked):
        if section.children:
            continue
        giving = is_assignment_heading(section.title)
        for table in section.tables:
            columns = task_table_columns(table, giving)
            if columns is None:
                continue
            task, lead, support, when = columns
            rows: list[Assignment] = []
            for row in table.rows[table.header_rows :]:
                cells = [_cell(row, i) for i in (task, lead, support, when)]
                if not cells[0] or not cells[1]:
                    continue
                partners = _listed(cells[2]) if cells[2] else []
                due = (deadline_of("trước " + cells[3]) or _end_of(cells[3])) if cells[3] else None
                for unit in _listed(cells[1]):
                    rows.append(Assignment(unit, cells[0], "lead", due, list(partners)))
            found.append((position, rows))
    return found
