"""The body's tree: "I. MỤC ĐÍCH, YÊU CẦU" > "1. Mục đích" > "1.1. ..." with paragraphs under each.

Roman numerals are the top level when the plan has them; otherwise "1.", "2." are. Above both, a
province's or a Sở's plan may have lettered parts ("A. MỤC ĐÍCH, YÊU CẦU", "B. ...") or "PHẦN I",
"PHẦN II" (the title on the same line or the next): those are then the top-level sections (number
"A" or "I"), with the Roman or numbered parts as their children. A numbered item
is always a section (its number is what lint and a renderer need); when it reads "1. Thời gian: ..."
or carries a bold lead-in, the lead-in is the title and the rest its first paragraph.
"""

from __future__ import annotations

import re

from kehoach.document.model import Section, Table
from kehoach.read.anniversaries import is_slogan_heading
from kehoach.read.tables import table_lines
from kehoach.read.text import Block

ROMAN = re.compile(r"^(?P<number>[IVXL]{1,6})\s*(?:[.:)]\s*|[/\-–]\s+)(?P<title>\S.*)$")
NUMBERED = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<title>\S.*)$|^(?P<single>\d{1,2})[./]\s+(?P<stitle>\S.*)$"
)
# "A. MỤC ĐÍCH, YÊU CẦU" (the renderer writes "A)"); the title must be in capitals, unlike a point
# "a)" or a sentence that happens to start with "A.".
LETTER_PART = re.compile(r"^(?P<number>[A-H])\s*[.)]\s+(?P<title>\S.*)$")
PHAN_PART = re.compile(
    r"^(?:PHẦN|Phần)\s+(?:(?P<number>[IVXL]{1,6})\b|(?:thứ|THỨ)\s+(?P<ordinal>\w+))"
    r"(?:\s*(?:[.:\-–]\s*)?(?P<title>\S.*))?$"
)
# "Phần thứ nhất", "PHẦN THỨ HAI": the parts counted in words, as "PHẦN I", "PHẦN II"
_ORDINALS = {
    "nhất": "I",
    "hai": "II",
    "ba": "III",
    "tư": "IV",
    "năm": "V",
    "sáu": "VI",
    "bảy": "VII",
}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_BOLD_LEAD = re.compile(r"^\s*\*\*(?P<lead>[^*]+?)\*\*\s*(?P<rest>\S.*)$")


_NUMBER_MARK = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]+\.)\s*")


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written the usual way, or None ("IIII", "VX" are not)."""
    total = 0
    previous = 0
    for letter in reversed(text):
        value = _ROMAN_VALUES.get(letter)
        if value is None:
            return None
        if value < previous:
            total -= value
        else:
            total += value
            previous = value
    canonical = _to_roman(total)
    return total if canonical == text else None


def _to_roman(number: int) -> str:
    out = []
    for value, letters in (
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def roman_heading(text: str) -> tuple[str, str] | None:
    match = ROMAN.match(text)
    if not match or roman_value(match.group("number")) is None:
        return None
    return match.group("number"), match.group("title").strip()


# "Mục 1. Tiêm phòng": a part's numbered sub-part named with its word (under "Phần II. NỘI DUNG").
MUC_ITEM = re.compile(r"^(?:Mục|MỤC)\s+(?P<number>\d{1,2})\s*[.:\-–]\s*(?P<title>\S.*)$")


def numbered_heading(text: str) -> tuple[str, str] | None:
    match = NUMBERED.match(text)
    if not match:
        item = MUC_ITEM.match(text)
        return (item.group("number"), item.group("title").strip()) if item else None
    if match.group("number"):
        return match.group("number"), match.group("title").strip()
    return match.group("single"), match.group("stitle").strip()


def _capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def part_heading(text: str) -> tuple[str, str, str] | None:
    """("letter" | "phan", number, title) for a part heading above the Roman parts, else None."""
    match = LETTER_PART.match(text)
    if match and _capitals(match.group("title")):
        return "letter", match.group("number"), match.group("title").strip()
    match = PHAN_PART.match(text)
    if match:
        number = match.group("number") or _ORDINALS.get((match.group("ordinal") or "").lower())
        title = (match.group("title") or "").strip()
        if number and roman_value(number) is not None and (not title or _capitals(title)):
            return "phan", number, title
    return None


def _part_positions(blocks: list[Block], use_roman: bool) -> dict[int, str]:
    """Block index -> number of the plan's top-level parts, or {} when it has none.

    Parts count only as a run from the start (A, B, C... or PHẦN I, II, III...), at least two of
    them, the first before the first Roman (or, without Roman parts, numbered) heading: letters in a
    list inside a section stay what they are.
    """
    first_heading = next(
        (
            index
            for index, block in enumerate(blocks)
            if (roman_heading(block.text) if use_roman else numbered_heading(block.text))
        ),
        len(blocks),
    )
    found: dict[str, dict[int, str]] = {"phan": {}, "letter": {}}
    for index, block in enumerate(blocks):
        part = part_heading(block.text)
        if part is not None:
            kind, number, _ = part
            expected = len(found[kind]) + 1
            value = roman_value(number) if kind == "phan" else ord(number) - ord("A") + 1
            if value == expected:
                found[kind][index] = number
    for kind in ("phan", "letter"):
        positions = found[kind]
        if len(positions) >= 2 and min(positions) < first_heading:
            return positions
    return {}


def _split_lead(title: str, raw: str) -> tuple[str, str | None]:
    """ "Thời gian kiểm tra: 13h30 ngày ..." -> ("Thời gian kiểm tra", "13h30 ngày ...")."""
    bold = _BOLD_LEAD.match(raw)
    if bold:
        # A bold run-in heading: used when it ends with a colon or the sentence runs on in lower
        # case; a colon inside it is a better cut (bold is used loosely in real documents).
        written = " ".join(bold.group("lead").split())
        lead = _NUMBER_MARK.sub("", written).rstrip(" :")
        rest = title[len(lead) :].lstrip(" :") if title.startswith(lead) else None
        if lead and rest and ":" not in lead and (written.endswith(":") or rest[:1].islower()):
            return lead, rest
    colon = title.find(":")
    if 0 < colon <= 70 and colon < len(title) - 1:
        lead, rest = title[:colon].strip(), title[colon + 1 :].strip()
        if rest and "," not in lead or (rest and len(lead) < 40):
            return lead, rest
    return title, None


def _depth(number: str) -> int:
    return number.count(".") + 1


def _settle(sections: list[Section]) -> None:
    """A table after all of its section's paragraphs has no position (the usual, default case)."""
    for top in sections:
        for section in top.walk():
            for table in section.tables:
                if table.position is not None and table.position >= len(section.paragraphs):
                    table.position = None


def build_sections(
    blocks: list[Block], tables: dict[str, Table] | None = None
) -> tuple[list[str], list[Section]]:
    """(paragraphs before the first section, the section tree) from the body's paragraphs.

    `tables` maps the placeholder lines that stand for body tables to the tables: each goes to the
    section it stands in, after the paragraphs before it; before section I it is read as lines.
    """
    tables = tables or {}
    use_roman = any(roman_heading(block.text) for block in blocks)
    parts = _part_positions(blocks, use_roman)
    preamble: list[str] = []
    top: list[Section] = []
    # (depth, section): depth -1 = a lettered or PHẦN part, 0 = Roman, 1.. = numbered
    stack: list[tuple[int, Section]] = []
    title_of: Section | None = None  # a "PHẦN I" whose title is the next line
    for index, block in enumerate(blocks):
        text = block.text
        table = tables.get(text)
        if table is not None:
            if stack:
                owner = stack[-1][1]
                table.position = len(owner.paragraphs)
                owner.tables.append(table)
            else:
                preamble.extend(table_lines(table))
            continue
        raw = block.lines[0].raw if block.lines else text
        if index in parts:
            part = part_heading(text)
            section = Section(number=parts[index], title=part[2] if part else "")
            top.append(section)
            stack = [(-1, section)]
            title_of = None if section.title else section
            continue
        roman = roman_heading(text) if use_roman else None
        numbered = None if roman else numbered_heading(text)
        if title_of is not None and not roman and not numbered and _capitals(text):
            title_of.title = text
            title_of = None
            continue
        title_of = None
        if roman:
            section = Section(number=roman[0], title=roman[1])
            stack = [entry for entry in stack if entry[0] < 0]
            (stack[-1][1].children if stack else top).append(section)
            stack.append((0, section))
            continue
        if numbered and (stack or not use_roman):
            number, title = numbered
            outer = next((entry[1] for entry in stack if entry[0] >= 0), None)
            in_slogans = outer is not None and is_slogan_heading(outer.title)
            lead, rest = (title, None) if in_slogans else _split_lead(title, raw)
            section = Section(number=number, title=lead, paragraphs=[rest] if rest else [])
            depth = _depth(number)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            if stack:
                stack[-1][1].children.append(section)
            else:
                top.append(section)
            stack.append((depth, section))
            continue
        if stack:
            stack[-1][1].paragraphs.append(text)
        else:
            preamble.append(text)
    _settle(top)
    return preamble, top
