"""The view of a document every rule works on: its lines, one joined text, and what the header says.

Rules match phrases with regular expressions over `text` (the lines joined by newlines), so a phrase
broken across lines by hard wrapping is still found; `position` turns an offset back into the
1-based line and column of the text as read. Markdown emphasis and heading marks (seeds converted
from office files keep them) are blanked with spaces of the same length, so columns stay true.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import accumulate
from typing import Protocol

from kehoach.document.text import nfc
from kehoach.lint.rules import RULES, Edit, Finding


class SourceLike(Protocol):
    """What lint needs of `kehoach.read.Source`."""

    name: str
    kind: str
    lines: list[str]
    raw: bytes


_HEADING_MARK = re.compile(r"^[ \t]*#{1,6}[ \t]")
_EMPHASIS = re.compile(r"(?<![\w*])\*+(?=\S)|(?<=\S)\*+(?![\w*])")
# "Số: 05/KH-UBND", "Số:    /KH-UBND", "Số 12/QĐ-UBND"
NUMBER_LINE = re.compile(r"^[ \t]*Số\b[ \t]*(?P<colon>:?)[ \t]*(?P<rest>[^\n]*)", re.MULTILINE)
# "Quận Lê Chân, ngày    tháng    năm 2024" / "Đắk Lắk, ngày 18\ntháng 11 năm 2025"
DATE_LINE = re.compile(
    r"(?P<place>[A-ZĐÀ-Ỹ][^\n,:;()]{1,60}?)(?P<comma>,?)[ \t]+ngày(?P<dsp>[ \t]*)(?P<day>\d{0,2})"
    r"[ \t]*\n?[ \t]*tháng[ \t]*(?P<month>\d{0,2})[ \t]*\n?[ \t]*năm[ \t]+(?P<year>\d{4})"
)
PARTY_MARKERS = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|BAN CHẤP HÀNH")
DOC_TYPES = {
    "KẾ HOẠCH": "KH",
    "QUYẾT ĐỊNH": "QĐ",
    "BÁO CÁO": "BC",
    "THÔNG BÁO": "TB",
    "HƯỚNG DẪN": "HD",
    "CHƯƠNG TRÌNH": "CTr",
    "TỜ TRÌNH": "TTr",
    "PHƯƠNG ÁN": "PA",
    "ĐỀ ÁN": "ĐA",
    "NGHỊ QUYẾT": "NQ",
    "CHỈ THỊ": "CT",
    "QUY CHẾ": "QC",
    "QUY ĐỊNH": "QyĐ",
    "BIÊN BẢN": "BB",
}
_TYPE_LINE = re.compile(r"^[ \t]*(" + "|".join(DOC_TYPES) + r")[ \t]*$", re.MULTILINE)
_RECIPIENTS = re.compile(
    r"^\s*Nơi\s+nhận\s*:?[ ]*(?:$|\t|\s{3,}\S)"
)  # the label alone ("Nơi nhận hồ sơ: …" is body text), or beside the signature's column
HEADER_LINES = 40  # the header, title and trích yếu sit within the first lines


_TABLE_MARKS = re.compile(r"\||<br\s*/?>", re.IGNORECASE)


def blank_markdown(line: str) -> str:
    """The line with Markdown heading and emphasis marks replaced by spaces of the same length.

    In a table row ("| **Nơi nhận:**<br>- ...; | **TM. ỦY BAN NHÂN DÂN** |") the cell bars and line
    breaks become tabs, the column gap the closing rules already read.
    """
    if line.lstrip().startswith("|"):
        line = _TABLE_MARKS.sub(lambda m: "\t" * len(m.group(0)), line)
    if "*" not in line and "#" not in line:
        return line
    match = _HEADING_MARK.match(line)
    if match:
        line = " " * match.end() + line[match.end() :]
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), line)


@dataclass
class LintDocument:
    """One document being linted, with the few facts about its header that several rules share."""

    name: str
    kind: str
    lines: list[str]
    raw: bytes = b""
    size_profile: str = "13-14"
    allow: frozenset[str] = frozenset()  # the ward's own names: spelled as they are
    package: object = field(default=None, repr=False, compare=False)  # a .docx's parsed parts
    plain: list[str] = field(init=False)
    text: str = field(init=False)
    starts: list[int] = field(init=False)
    cache: dict[str, object] = field(init=False, default_factory=dict)  # shared work between rules

    def __post_init__(self) -> None:
        # Each step is first asked of the whole text at C speed; most documents need none of them.
        lines = [line.rstrip("\r\n") for line in self.lines]
        whole = "\n".join(lines)
        if not unicodedata.is_normalized("NFC", whole):
            lines = [nfc(line) for line in lines]
        if "\r" in whole or whole.count("\n") >= len(lines):
            # a .docx paragraph may hold line breaks: keep them as spaces so one entry stays one line
            lines = [line.replace("\r", " ").replace("\n", " ") for line in lines]
        self.lines = lines
        marked = "*" in whole or "#" in whole or "|" in whole
        self.plain = (
            [blank_markdown(x) if "*" in x or "#" in x or "|" in x else x for x in lines]
            if marked
            else list(lines)
        )
        self.text = "\n".join(self.plain)
        self.starts = list(accumulate(map((1).__add__, map(len, self.plain)), initial=0))[:-1]

    @classmethod
    def from_source(
        cls, source: SourceLike, size_profile: str = "13-14", allow: frozenset[str] = frozenset()
    ) -> LintDocument:
        # a .docx read by kehoach.read brings its parsed XML: the formatting rules read it, not the bytes
        package = getattr(source, "package", None)
        return cls(
            source.name, source.kind, list(source.lines), source.raw, size_profile, allow, package
        )

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset in `text`."""
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return index + 1, offset - self.starts[index] + 1

    def finding(
        self,
        rule_id: str,
        offset: int,
        message: str,
        suggestion: str | None = None,
        severity: str | None = None,
        edits: tuple[Edit, ...] = (),
    ) -> Finding:
        line, column = self.position(offset)
        return Finding(
            self.name,
            rule_id,
            severity or RULES[rule_id].severity,
            line,
            column,
            message,
            suggestion,
            edits,
        )

    def document_finding(
        self,
        rule_id: str,
        message: str,
        suggestion: str | None = None,
        severity: str | None = None,
        edits: tuple[Edit, ...] = (),
    ) -> Finding:
        """A finding about the whole document (line 0): page setup, default font, a missing part."""
        return Finding(
            self.name,
            rule_id,
            severity or RULES[rule_id].severity,
            0,
            0,
            message,
            suggestion,
            edits,
        )

    def edit(self, offset: int, old: str, new: str) -> Edit:
        """A safe replacement of `old` (as it stands at `offset` in `text`) by `new`."""
        line, column = self.position(offset)
        return Edit(line, column, old, new)

    def line_finding(
        self,
        rule_id: str,
        index: int,
        message: str,
        suggestion: str | None = None,
        severity: str | None = None,
        edits: tuple[Edit, ...] = (),
    ) -> Finding:
        """A finding at the first non-blank character of line `index` (0-based)."""
        line = self.plain[index] if index < len(self.plain) else ""
        column = len(line) - len(line.lstrip())
        start = self.starts[index] if index < len(self.starts) else 0
        return self.finding(rule_id, start + column, message, suggestion, severity, edits)

    # --- the header, shared by the format and fact rules ---

    @cached_property
    def header_end(self) -> int:
        """Offset where the header zone (first HEADER_LINES lines) ends."""
        index = min(HEADER_LINES, len(self.starts)) - 1
        return self.starts[index] + len(self.plain[index]) if index >= 0 else 0

    @cached_property
    def number_match(self) -> re.Match[str] | None:
        """The "Số: …" line of the header, if the document has one."""
        for match in NUMBER_LINE.finditer(self.text, 0, self.header_end):
            if "/" in match.group("rest") or "-" in match.group("rest"):
                return match
        return None

    @cached_property
    def date_match(self) -> re.Match[str] | None:
        """The place-and-date line ("Hải Phòng, ngày 05 tháng 3 năm 2024") of the header."""
        start = self.number_match.start() if self.number_match else 0
        type_line = _TYPE_LINE.search(self.text, start, self.header_end)
        end = type_line.start() if type_line else self.header_end
        for match in DATE_LINE.finditer(self.text, start, end):
            line_start = self.text.rfind("\n", 0, match.start()) + 1
            before = self.text[line_start : match.start()]
            if not before.strip() or NUMBER_LINE.match(before):
                return match
        return None

    @cached_property
    def plan_date(self) -> date | None:
        """The document's own date, when its day and month are filled in."""
        match = self.date_match
        if not match or not match.group("day") or not match.group("month"):
            return None
        try:
            return date(
                int(match.group("year")), int(match.group("month")), int(match.group("day"))
            )
        except ValueError:
            return None

    @cached_property
    def doc_type(self) -> str | None:
        """Abbreviation (Phụ lục III) of the document's type from its tên loại line, e.g. "KH"."""
        match = _TYPE_LINE.search(self.text, 0, self.header_end)
        return DOC_TYPES[match.group(1)] if match else None

    @cached_property
    def is_party(self) -> bool:
        """A Party document (Hướng dẫn 36-HD/VPTW, not Nghị định 30): "Số 42-KH/ĐU", "ĐẢNG CỘNG SẢN…"."""
        head = self.text[: self.header_end]
        if PARTY_MARKERS.search(head):
            return True
        number = self.number_match
        return bool(number and re.match(r"\s*\d*\s*-\s*[A-ZĐ]", number.group("rest")))

    @cached_property
    def lower(self) -> str:
        """`text` in lower case (same length and offsets for Vietnamese), for cheap keyword tests."""
        return self.text.lower()

    def near(self, key: str, pattern: re.Pattern[str], reach: int = 60) -> Iterator[re.Match[str]]:
        """Matches of `pattern` within `reach` characters of each occurrence of `key` (lower case).

        A substring search finds the few places worth a regular expression, instead of running it over
        the whole text; every match must contain `key` or lie within `reach` of it.
        """
        seen: set[int] = set()
        position = self.lower.find(key)
        while position >= 0:
            end = min(len(self.text), position + len(key) + reach)
            for match in pattern.finditer(self.text, max(0, position - reach), end):
                if match.start() not in seen:
                    seen.add(match.start())
                    yield match
            position = self.lower.find(key, position + 1)

    @cached_property
    def recipients_index(self) -> int | None:
        """0-based index of the "Nơi nhận:" line (the last one: appendices may repeat the block)."""
        found = None
        for index, line in enumerate(self.plain):
            if (
                "nhận" in line
                and _RECIPIENTS.match(line)
                and (":" in line or self._list_follows(index))
            ):
                found = index
        return found

    def _list_follows(self, index: int) -> bool:
        """The next non-blank line is a list item: "Nơi nhận" without its colon is still the label."""
        for line in self.plain[index + 1 : index + 4]:
            if line.strip():
                return line.lstrip()[:1] in "-–+•"
        return False
