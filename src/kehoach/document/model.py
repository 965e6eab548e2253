"""Plan and its parts, as DESIGN.md §3 describes them.

Fields hold the document's Vietnamese text, NFC-normalised, whitespace collapsed. Unknown values are None
or empty lists, never invented. Fields beyond the JSON contract (paragraph bodies, the preamble, the closing,
the parent issuer, review notes) are what a renderer and an editor need to reproduce the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Reference:
    """A numbered document cited in the plan: "Kế hoạch số 157/KH-UBND ngày 10/7/2024 của ..."."""

    kind: str | None = None
    number: str | None = None
    symbol: str | None = None
    date: date | None = None
    issuer: str | None = None
    text: str = ""

    @property
    def key(self) -> tuple[str | None, str | None, int | None]:
        """Identity of the cited document: the same number, symbol and year is the same document."""
        year = self.date.year if self.date else None
        if year is None and self.symbol:
            parts = self.symbol.split("/")
            if parts[0].isdigit() and len(parts[0]) == 4:
                year = int(parts[0])
        return (self.number, (self.symbol or "").upper() or None, year)


@dataclass
class Table:
    """A table in the body: a figures table, a timetable, a list of units with deadlines.

    `rows` are the cells' text row by row (a cell of several paragraphs joins them with "\n"; a row
    shorter than the widest is padded with "" when rendered). The first `header_rows` rows are the
    header. `position` keeps the paragraph order: the table stands after the first `position`
    paragraphs of its section; None (the usual case) means after all of them, before the children.
    """

    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1
    caption: str | None = None  # "Bảng 1. Số liệu tổng hợp", shown above the table
    position: int | None = None

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class Section:
    """A numbered part: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. ...".

    `paragraphs` are the body blocks directly under the heading, with their markers as written
    ("- ...", "a) ..."); `children` are the numbered sub-sections; `tables` the section's own tables,
    each placed among the paragraphs by its `position`.
    """

    number: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def blocks(self) -> list[str | Table]:
        """The paragraphs and tables in document order (what a renderer lays out)."""
        out: list[str | Table] = []
        pending = [t for t in self.tables if t.position is not None]
        for index, text in enumerate(self.paragraphs):
            out.extend(t for t in pending if t.position is not None and t.position <= index)
            pending = [t for t in pending if t.position is not None and t.position > index]
            out.append(text)
        out.extend(pending)
        out.extend(t for t in self.tables if t.position is None)
        return out

    def walk(self) -> list[Section]:
        """This section and all its descendants, in document order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


@dataclass
class Assignment:
    """A unit named in TỔ CHỨC THỰC HIỆN and what it must do."""

    unit: str
    text: str = ""
    role: str | None = None  # "lead" (chủ trì) or "support" (phối hợp) where the plan says so
    deadline: date | None = None
    partners: list[str] = field(default_factory=list)  # units a lead works with ("phối hợp với")


@dataclass
class Anniversary:
    """ "94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)"."""

    count: int
    event: str
    start: date | None = None
    end: date | None = None


@dataclass
class Signature:
    """The signature block: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name."""

    authority: str | None = None  # "TM." or None
    body: str | None = None  # "ỦY BAN NHÂN DÂN"
    capacity: str | None = None  # "KT.", "Q.", "TL.", "TUQ." or None
    head: str | None = None  # "CHỦ TỊCH" (the post signed for)
    title: str | None = None  # "PHÓ CHỦ TỊCH" (the signer's own post)
    name: str | None = None


@dataclass
class ReviewNote:
    """Something a machine inferred that a person should check (cascade, parse guesses)."""

    path: str  # which field, e.g. "assignments[3].unit" or "bases[0]"
    note: str  # Vietnamese, for the editor


@dataclass
class Plan:
    """A plan (or another administrative document of the same shape: BC, QĐ, TB ...)."""

    doc_type: str = "KH"
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: date | None = None
    year: int | None = None
    month: int | None = (
        None  # a draft's month while the day is left blank ("ngày    tháng 9 năm 2025")
    )
    title: str | None = None
    bases: list[Reference] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)
    anniversaries: list[Anniversary] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    archive: list[str] = field(default_factory=list)
    signature: Signature | None = None
    # Beyond the contract's core: what a renderer and an editor need.
    parent_issuer: str | None = (
        None  # cơ quan chủ quản, the line above the issuer ("UBND THÀNH PHỐ HẢI PHÒNG")
    )
    preamble: list[str] = field(default_factory=list)  # paragraphs between the title and section I
    closing: list[str] = field(
        default_factory=list
    )  # paragraphs after the last section, before Nơi nhận
    review: list[ReviewNote] = field(default_factory=list)
    # Extensions that keep what the user wrote around the body (see serialise.py).
    attachment_note: str | None = None  # "(Kèm theo Quyết định số 120/QĐ-UBND ...)" under the title
    recipient_lines: list[str] = field(default_factory=list)  # Nơi nhận lines as written, no "- "
    national: str | None = None  # the motto as written, when not the standard spelling
    # "PHỤ LỤC 01", "Biểu 02" after the plan: number = the label, title, paragraphs and tables.
    appendices: list[Section] = field(default_factory=list)

    def all_sections(self) -> list[Section]:
        """Every section at every depth, in document order."""
        found: list[Section] = []
        for section in self.sections:
            found.extend(section.walk())
        return found
