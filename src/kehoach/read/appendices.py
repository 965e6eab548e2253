"""Appendices after the plan: "PHỤ LỤC 01" / "Biểu 02", their titles, "(Kèm theo Kế hoạch số ...)",
their text and their tables (lists of units, timetables, figures to report).

Each appendix becomes a Section: `number` is its label as written ("PHỤ LỤC 01", "Biểu 02"), `title` the
capitalised lines under it, `paragraphs` the rest of its text (a numbered line stays a paragraph with its
number: an appendix is reproduced, not restructured) and `tables` its tables, placed among the paragraphs.
"""

from __future__ import annotations

import re

from kehoach.document.model import Section, Table
from kehoach.read.tables import TableFinder, place_tables
from kehoach.read.text import Line, blocks_of

# "PHỤ LỤC", "PHỤ LỤC 01", "Phụ lục II", "Phụ lục" alone on its line, "BIỂU SỐ 02", "Biểu 01": a line
# that starts an appendix.
APPENDIX_START = re.compile(
    r"^(?:PHỤ LỤC\b|Phụ lục(?:\s+(?:số\s*)?[\dIVX]+[a-z]?)?\s*[.:]?\s*$|BIỂU(?: MẪU)?\s+(?:SỐ\s*)?\d+\b|"
    r"Biểu(?: mẫu)?\s+(?:số\s*)?\d+[a-z]?\s*[.:]?\s*$)"
)
_LABEL = re.compile(
    r"^(?:PHỤ LỤC|Phụ lục|BIỂU(?: MẪU)?|Biểu(?: mẫu)?)(?:\s+(?:SỐ|số)?\s*[\dIVX]+[a-zA-Z]?)?\s*[.:]?"
)


_SIGNATURE_LINE = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\s*\.|^(?:PHÓ )?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG)")


def is_appendix_start(text: str) -> bool:
    return text[:1] in _LABEL_FIRST and bool(APPENDIX_START.match(text))


_LABEL_FIRST = frozenset("PB")


def _title_lines(lines: list[Line], start: int) -> tuple[list[str], int]:
    """The capitalised title lines under the label (a title may also run on the label's line), up to
    a table's placeholder."""
    parts: list[str] = []
    position = start
    while position < len(lines) and len(parts) < 6:
        text = lines[position].text
        if not text.isupper() or is_appendix_start(text) or text.startswith("- \ufffc"):
            break
        parts.append(text)
        position += 1
    return parts, position


_ATTACHED_TO = re.compile(r"^\(\s*(?:Ban hành\s+)?[Kk]èm theo\s+(?:Kế hoạch|Quyết định)\b")


def untitled_appendix(lines: list[Line], closing: int) -> int | None:
    """Where an appendix without a "PHỤ LỤC" label starts after the signature: capital title lines
    right above "(Kèm theo Kế hoạch số ...)"."""
    for position in range(closing + 1, len(lines)):
        if not _ATTACHED_TO.match(lines[position].text):
            continue
        start = position
        while start - 1 > closing and lines[start - 1].text.isupper() and position - start < 4:
            start -= 1
        if start < position and not is_signature_line(lines[start].text):
            return start
    return None


def is_signature_line(text: str) -> bool:
    return bool(_SIGNATURE_LINE.match(text))


def read_appendices(
    lines: list[Line], finder: TableFinder | None = None, hard: bool = False
) -> list[Section]:
    """The appendices in `lines` (which start with an appendix's label)."""
    starts = [i for i, line in enumerate(lines) if is_appendix_start(line.text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # an appendix named by its title only
    appendices: list[Section] = []
    for order, start in enumerate(starts):
        end = starts[order + 1] if order + 1 < len(starts) else len(lines)
        label_line = lines[start].text
        label = _LABEL.match(label_line) if is_appendix_start(label_line) else None
        last = end == len(lines)
        first = start if label is None else start + 1
        # Tables first: the title ends where a table starts ("| TT | NHIỆM VỤ |" is not a title).
        placed, tables = place_tables(lines[first:end], finder, hard, 1 << 30 if last else None)
        title, position = _title_lines(placed, 0)
        if label is not None and (rest := label_line[label.end() :].strip(" .:-")):
            title.insert(0, rest)
        body = placed[position:]
        number = label.group(0).rstrip(" .:") if label else ""
        appendix = Section(number=number, title=" ".join(title))
        for block in blocks_of(body):
            table = tables.get(block.text)
            if table is not None:
                _place(appendix, table)
            else:
                appendix.paragraphs.append(block.text)
        appendices.append(appendix)
    return appendices


def _place(appendix: Section, table: Table) -> None:
    table.position = len(appendix.paragraphs)
    appendix.tables.append(table)
