"""The head of a plan: issuer, number and symbol, place and date, document type, title.

Headers reach us in many shapes: a two-column table flattened cell by cell (.docx), two columns side
by side (pdftotext), one column after another (web pages), merged lines ("Số: /KH-UBND Hồng Bàng,
ngày tháng năm 2025"), after website boilerplate, or lost altogether (the seeds keep only "Số:" and
the date line). We cut the header into fragments and recognise each by what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kehoach.read.doc_type import CODES, NUMBER, doc_type_of
from kehoach.read.joint import is_joint, joint_issuer
from kehoach.read.names import body_name, is_bare_generic, starts_body, with_parent
from kehoach.read.text import Line
from kehoach.read.title import read_title

DATE_LINE = re.compile(
    r"(?P<place>(?:[^\n,;:|]{1,30}\n)?[^\n,;:|]{1,45}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?[\s.…_/—–]*"
    r"tháng\s*(?P<month>\d{1,2})?[\s.…_/—–]*năm\s*(?P<year>\d{4})?"
)
# "Hải Phòng, ngày 05/3/2026": not the decree's form, but written.
SHORT_DATE_LINE = re.compile(
    r"(?P<place>[^\n,;:|]{1,45}?)\s*,\s*ngày\s*(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})"
)
_MOTTO = re.compile(
    r"^(CỘNG\s+H(?:ÒA|OÀ|OA)\b|CHỦ\s+NGHĨA\s+VIỆT\s+NAM|XÃ\s+HỘI\s+CHỦ\s+NGHĨA|Độc\s+lập\s*[-–]|"
    r"Độc\s+lập\s*$|Tự\s+do\s*[-–]|Hạnh\s+phúc\s*$|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*$)",
    re.IGNORECASE,
)
_GAP = re.compile(r"\s{3,}|\t+")
# The right column's motto run into the issuer's line ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA CỘNG HÒA XÃ
# HỘI ...", text copied from a PDF without its layout) or a cell separator "|": a column boundary.
_COLUMN_JOIN = re.compile(
    r"[ \t]*\|[ \t]*|(?<=\S)[ \t]+(?=(?:\*\*)?(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM))"
)


NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_NATIONAL_SPELLED = re.compile(r"^CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$")


_NUMBER_GAP = re.compile(r"(Số\s*:?)\s+(?=[.…_\d]*\s*[/-])")
_SYMBOL_SPLIT = re.compile(r"[-/]")


@dataclass
class Header:
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: date | None = None
    month: int | None = None
    year: int | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    title: str | None = None
    title_end: int = 0  # index in the line list of the first line after the title
    doc_type_line: int | None = None
    national: str | None = None  # the motto as written, when it is not the standard spelling
    skip: tuple[int, int] | None = None  # header lines found after the title, not part of the body
    notes: list[str] = field(default_factory=list)


_NUMBER_ALONE = re.compile(r"^Số\s*:?$")
_SYMBOL_CUT = re.compile(r"^Số\s*:?\s*[\d.…_]*[a-zA-Z]?\s*[/-]\s*[A-ZĐ][A-ZĐ0-9/-]*[-/]$")
_SYMBOL_TAIL = re.compile(r"^[A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ0-9]+)*$")
_NUMBER_REST = re.compile(r"^[\d.…_]*[a-zA-Z]?\s*[/-]\s*[A-ZĐ]")


def find_number_line(lines: list[Line], limit: int = 120) -> int | None:
    for position, line in enumerate(lines[:limit]):
        if (
            _NUMBER_ALONE.match(line.text)
            and position + 1 < len(lines)
            and _NUMBER_REST.match(lines[position + 1].text)
        ):
            return position  # a web page's column wrapped after "Số:"
        if NUMBER.search(line.text) and line.text.lstrip().startswith("Số"):
            return position
        if NUMBER.search(line.text) and _GAP.search(line.raw):
            return position
    return None


def header_start(lines: list[Line], number_line: int | None) -> int:
    """Where the header begins: above the number line, over capitals, mottos and rules only."""
    if number_line is None:
        return 0
    start = number_line
    while start > 0:
        text = lines[start - 1].text
        if (
            text.isupper()
            or _MOTTO.match(text)
            or doc_type_of(text)
            or "ngày" in text
            and "năm" in text
        ):
            start -= 1
            continue
        if _GAP.search(lines[start - 1].raw.strip()):
            start -= 1
            continue
        if start > 1 and _wrapped_motto_end(lines[start - 2].text, text):
            start -= 2  # "Độc lập - Tự do - Hạnh" + "phúc": a web page wrapped the motto
            continue
        break
    return start


_MOTTO_END = re.compile(r"Hạnh\s+phúc\s*$", re.IGNORECASE)


def _wrapped_motto_end(before: str, text: str) -> bool:
    """Whether `text` is the last word(s) of the motto that `before` starts."""
    return (
        len(text) <= 12
        and bool(_MOTTO.match(before))
        and not _MOTTO_END.search(before)
        and bool(_MOTTO_END.search(f"{before} {text}"))
    )


def header_end(lines: list[Line], number_line: int) -> int:
    """The first line after the number line that no longer belongs to the header."""
    end = number_line + 1
    while end < len(lines) and end - number_line < 10:
        text = lines[end].text
        header_like = text.isupper() or _MOTTO.match(text) or ("ngày" in text and "năm" in text)
        if not header_like or doc_type_of(text):
            break
        end += 1
    return end


def find_doc_type_line(lines: list[Line], start: int, limit: int = 60) -> int | None:
    for position in range(start, min(len(lines), start + limit)):
        text = lines[position].text
        if doc_type_of(text) or (
            text.startswith("KẾ HOẠCH ") and text[:9].isupper() and position > start
        ):
            return position
    return None


def _fragments(lines: list[Line]) -> list[str]:
    out: list[str] = []
    for line in lines:
        raw = _NUMBER_GAP.sub(r"\1 ", line.raw.replace("*", "").strip())
        raw = _COLUMN_JOIN.sub("\t", raw)
        for piece in _GAP.split(raw):
            piece = " ".join(piece.split()).strip("/ ")
            if not piece or not any(c.isalnum() for c in piece):
                continue
            if out and _NUMBER_ALONE.match(out[-1]) and _NUMBER_REST.match(piece):
                out[-1] = f"{out[-1]} {piece}"  # "Số:" + "512/KH-UBND": a column wrapped
            elif out and _SYMBOL_CUT.match(out[-1]) and _SYMBOL_TAIL.match(piece):
                out[-1] += piece  # "Số: 15/KH-" + "UBND": the symbol wrapped at its hyphen
            else:
                out.append(piece)
    return _without_wrapped_motto(out)


# The national motto and the Party's, word by word: a web page wraps them anywhere ("CỘNG HÒA XÃ" +
# "HỘI CHỦ NGHĨA VIỆT NAM"), and the second half must not be taken for a body ("HỘI ...").
_MOTTO_WORDS = (
    ("CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"),
    ("ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM"),
)


def _motto_words(fragment: str) -> list[str]:
    return fragment.upper().replace("HOÀ", "HÒA").replace("HOA", "HÒA").split()


def _without_wrapped_motto(fragments: list[str]) -> list[str]:
    """The fragments without the pieces of a motto wrapped over several lines."""
    out: list[str] = []
    words: tuple[str, ...] = ()
    at = 0  # how many of the motto's words the pieces so far have covered
    for fragment in fragments:
        got = _motto_words(fragment)
        if words and at < len(words) and got and tuple(got) == words[at : at + len(got)]:
            at += len(got)
            continue
        if words and at < len(words) and not starts_body(fragment) and fragment.isupper():
            # Rows of two columns: the issuer's next line ("XÃ LƯƠNG MINH") stands between the motto's
            # two lines ("... CHỦ NGHĨA VIỆT" + "NAM"); the motto's end is still to come.
            out.append(fragment)
            continue
        words, at = (), 0
        for motto in _MOTTO_WORDS:
            if 0 < len(got) < len(motto) and tuple(got) == motto[: len(got)] and len(got) >= 2:
                words, at = motto, len(got)
                break
        if words:
            continue
        out.append(fragment)
    return out


def _issuer(fragments: list[str]) -> tuple[str | None, str | None]:
    """(issuer, parent issuer) from the upper-case fragments at the head of the left column."""
    units: list[str] = []
    for fragment in fragments:
        if not fragment.isupper():
            continue
        if units and not (starts_body(fragment) and not is_bare_generic(units[-1])):
            units[-1] = f"{units[-1]} {fragment}"
        else:
            units.append(fragment)
    if not units:
        return None, None
    issuer = body_name(units[-1])
    parent = body_name(" ".join(units[:-1])) if len(units) > 1 else None
    return with_parent(issuer, parent), parent


def parse_header(lines: list[Line]) -> Header:
    """The header fields from the lines at the top of the document."""
    header = Header()
    number_line = find_number_line(lines)
    start = header_start(lines, number_line)
    type_line = find_doc_type_line(lines, start if number_line is None else number_line)
    if type_line is None and number_line is None:
        return header
    end = type_line if type_line is not None else (number_line or 0) + 1
    if number_line is not None and start > 0:
        before = find_doc_type_line(lines, 0, limit=start)
        if before is not None and (type_line is None or type_line - number_line > 15):
            # The header table came out after the title (a PDF's text order): read it where it is
            # and leave it out of the body.
            type_line = before
            end = header_end(lines, number_line)
            header.skip = (start, end)
    zone = lines[start:end]
    fragments = _fragments(zone)
    rest: list[str] = []
    issuer_fragments: list[str] = []
    for fragment in fragments:
        if _MOTTO.match(fragment) or fragment.upper() in ("HẠNH PHÚC", "PHÚC"):
            if _NATIONAL_SPELLED.match(fragment) and fragment != NATIONAL:
                header.national = fragment  # "CỘNG HOÀ ...": kept as written (lint reports it)
            continue
        match = NUMBER.search(fragment)
        if match and header.symbol is None and fragment.startswith("Số"):
            number = match.group("number").strip(".…_ ")
            header.number = number or None
            symbol = match.group("symbol")
            header.symbol = symbol
            after = fragment[match.end() :].strip()
            if after:
                rest.append(after)
            continue
        if header.symbol is None and fragment.isupper() and "ngày" not in fragment:
            issuer_fragments.append(fragment)
        else:
            rest.append(fragment)
    if header.symbol is None:
        # "SỐ 1050/QĐ-SCT" inside an issuer is not the number; search the zone once more.
        for fragment in fragments:
            match = NUMBER.search(fragment)
            if match:
                header.number = match.group("number").strip(".…_ ") or None
                header.symbol = match.group("symbol")
                break
    header.issuer, header.parent_issuer = _issuer(issuer_fragments)
    joint = joint_issuer(issuer_fragments)
    if joint and is_joint(header.symbol, lines[type_line].text if type_line is not None else None):
        header.issuer, header.parent_issuer = joint, None
    _place_date(header, "\n".join(rest))
    if header.symbol:
        code = _SYMBOL_SPLIT.split(header.symbol)[0].upper()
        header.doc_type = CODES.get(code)
    if type_line is not None:
        header.doc_type = header.doc_type or doc_type_of(lines[type_line].text) or "KH"
        header.doc_type_line = type_line
        header.title, header.title_end = read_title(lines, type_line)
    else:
        header.title_end = end
    return header


def _place_date(header: Header, text: str) -> None:
    match = DATE_LINE.search(text) or SHORT_DATE_LINE.search(text)
    if not match:
        return
    place_lines = match.group("place").split("\n")
    if len(place_lines) > 1 and (place_lines[0].isupper() or place_lines[0].strip().endswith(".")):
        place_lines = place_lines[1:]
    place = " ".join(" ".join(place_lines).split()).strip(" .-")
    header.place = place or None
    year = match.group("year")
    header.year = int(year) if year else None
    day, month = match.group("day"), match.group("month")
    if month and 1 <= int(month) <= 12:
        header.month = int(month)  # a draft: "ngày      tháng 9 năm 2025" keeps its month
    if year and day and month:
        try:
            header.date = date(int(year), int(month), int(day))
        except ValueError:
            header.notes.append(f"Ngày ban hành không có thật: {day}/{month}/{year}.")
