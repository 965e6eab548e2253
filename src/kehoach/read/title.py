"""The trích yếu: the title after the document-type line, over one or several lines or paragraphs."""

from __future__ import annotations

import re

from kehoach.read.doc_type import DOC_TYPES, NUMBER, doc_type_of
from kehoach.read.text import Line

_AUTHORITY = re.compile(
    r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHỦ TỊCH ỦY BAN|CHỦ TỊCH UỶ BAN|BỘ TRƯỞNG|"
    r"GIÁM ĐỐC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH)\b.*[^,;]$"
)
_TITLE_STOP = re.compile(
    r"^(Căn cứ|Thực hiện|Theo|Để|Nhằm|Năm \d|Xét|Trên cơ sở|Kính gửi|Ủy ban|UBND|\(Ban hành|\(Kèm theo|"
    r"[IVX]{1,5}\s*(?:[.:)]|[/\-–]\s)\s*[A-ZĐ]|\d{1,2}[./]\s)"
)


def _title_paragraph(parts: list[str], line: Line) -> bool:
    """A trích yếu typed over two or three paragraphs of a .docx (Enter at the end of each centred
    line): the next paragraph goes on with it while the title so far ends no sentence and the
    paragraph is a title's line, short and not the opening of the preamble or of a part."""
    text = line.text
    return (
        line.hard
        and len(parts) < 3
        and not parts[-1].endswith((".", ";", ":", "!", "?"))
        and len(text) <= _TITLE_LINE_MAX
        and len(text.split()) >= 3  # not a table's header cell ("Thời gian", "Nội dung", "STT")
        and not text.endswith((".", ";", ":"))
        and not text.isupper()  # a decision's authority line ("TRƯỞNG BAN ..."), a part's heading
        and not _TITLE_STOP.match(text)
        and not doc_type_of(text)
        and not NUMBER.search(text)
    )


_TITLE_LINE_MAX = 90  # a bold 14 pt line between the margins of Nghị định 30 holds about 70 letters


def read_title(lines: list[Line], type_line: int) -> tuple[str | None, int]:
    """The trích yếu after the document-type line, and the index just after it."""
    first = lines[type_line].text
    parts: list[str] = []
    keyword = next((k for k in sorted(DOC_TYPES, key=len, reverse=True) if first.startswith(k)), "")
    remainder = first[len(keyword) :].strip(" :-")
    if remainder:
        parts.append(remainder)
    position = type_line + 1
    while position < len(lines) and len(parts) < 8:
        line = lines[position]
        text = line.text
        if parts and _AUTHORITY.match(text):
            break  # a decision's authority line: "ỦY BAN NHÂN DÂN TỈNH SƠN LA" (then "Căn cứ ...")
        if parts:
            continuing = text[:1].islower() or (
                " ".join(parts).isupper() and text.isupper() and not doc_type_of(text)
            )
            stops = line.blank_before or line.hard or _TITLE_STOP.match(text)
            if not continuing and stops and not _title_paragraph(parts, line):
                break
            if not continuing and parts[-1].endswith((".", ";")):
                break
        elif text.startswith(("(", "Căn cứ")) or doc_type_of(text):
            break
        parts.append(text)
        position += 1
    title = " ".join(parts).strip() or None
    return title, position
