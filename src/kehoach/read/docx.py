"""Paragraphs of a .docx in body order, tables included, with automatic numbers written out.

lxml on word/document.xml directly: faster than python-docx and it sees what python-docx hides
(paragraphs inside table cells and content controls in body order, <w:br/> inside a paragraph).
A paragraph numbered by Word (w:numPr) gets its number as Word shows it ("1.", "a)", "-"), because
the plan's structure lives in those numbers.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from lxml import etree

from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.read.safety import open_zip, read_part
from kehoach.read.source import TableSpan

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)

_BULLETS = {"-", "–", "—", "\uf02d", "\uf0ad", "", "‒", "−"}


def _parse_xml(data: bytes, part: str, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError:
        raise InputError(
            f"{name}: phần {part} của tệp .docx bị hỏng. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi tải lên lần nữa."
        ) from None


def _roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
    out = []
    for value, letters in values:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letter(number: int) -> str:
    number = max(number, 1)
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(97 + rest) + out
    return out


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letter(value)
    if fmt == "upperLetter":
        return _letter(value).upper()
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt in ("none", ""):
        return ""
    return str(value)


class Numbering:
    """Word's list numbering: abstract definitions, instances, and the running counters."""

    def __init__(self, root: etree._Element | None, style_numbering: dict[str, tuple[str, int]]):
        self.levels: dict[
            str, dict[int, tuple[str, str, int]]
        ] = {}  # abstractId -> ilvl -> fmt,text,start
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> abstractId, overrides
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering = style_numbering
        if root is None:
            return
        for abstract in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(_W + "lvl"):
                ilvl = _int(lvl.get(_W + "ilvl"), 0)
                fmt = _val(lvl.find(_W + "numFmt")) or "decimal"
                text = _val(lvl.find(_W + "lvlText")) or ""
                start = _int(_val(lvl.find(_W + "start")), 1)
                levels[ilvl] = (fmt, text, start)
            self.levels[abstract.get(_W + "abstractNumId", "")] = levels
        for num in root.iter(_W + "num"):
            overrides = {}
            for override in num.iter(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                if start is not None:
                    overrides[_int(override.get(_W + "ilvl"), 0)] = _int(_val(start), 1)
            self.instances[num.get(_W + "numId", "")] = (
                _val(num.find(_W + "abstractNumId")) or "",
                overrides,
            )

    def label(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph of list `num_id` at level `ilvl`."""
        if num_id in ("", "0") or num_id not in self.instances:
            return ""
        abstract, overrides = self.instances[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, _, start = levels[ilvl]
        start = overrides.get(ilvl, start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [key for key in counters if key > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            text = levels[ilvl][1]
            return (
                "+" if text == "+" else "-" if text in _BULLETS or not text.isprintable() else text
            )
        text = levels[ilvl][1]
        for level in range(ilvl + 1):
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            value = counters.get(level, overrides.get(level, level_start))
            text = text.replace(f"%{level + 1}", _format(value, level_fmt))
        return text


def _int(value: str | None, default: int) -> int:
    """An integer attribute; a damaged one counts as the default."""
    try:
        return max(0, min(int(value), 50)) if value is not None else default
    except ValueError:
        return default


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(_W + "val")


def _style_numbering(root: etree._Element | None) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    if root is None:
        return found
    for style in root.iter(_W + "style"):
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            num_id = _val(num_pr.find(_W + "numId"))
            if num_id:
                found[style.get(_W + "styleId", "")] = (
                    num_id,
                    _int(_val(num_pr.find(_W + "ilvl")), 0),
                )
    return found


_TEXT_TAGS = (_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen")
_TEXT_BOX = _W + "txbxContent"
_FALLBACK = f"{{{MC}}}Fallback"
# Read apart or not at all: a text box's paragraphs are lines of their own, and a Fallback repeats its
# Choice for old readers (reading it too would double its text).
_HIDDEN = (_TEXT_BOX, _FALLBACK)


def _holds_hidden(element: etree._Element) -> bool:
    """Whether a text box or a Fallback stands somewhere inside `element` (few paragraphs have one)."""
    return next(element.iter(*_HIDDEN), None) is not None


def _visible(element: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """Descendants of `element` with one of `tags`, in document order, not inside a text box or a
    Fallback: what `element.iter(*tags)` gives when those are left out. The tree is never changed,
    so lint reads the same parsed XML as the reader (kehoach.lint.docx_styles)."""
    for child in element:
        tag = child.tag
        if tag in _HIDDEN:
            continue
        if tag in tags:
            yield child
        yield from _visible(child, *tags)


def _outside_fallback(element: etree._Element, top: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not top:
        if parent.tag == _FALLBACK:
            return False
        parent = parent.getparent()
    return True


_STYLE = re.compile(rb'<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', re.DOTALL)


def _numbered_styles_used(styles: bytes, document: bytes) -> bool:
    """Whether the document uses a paragraph style that carries numbering (a cheap look at the bytes)."""
    if b"numPr" not in styles:
        return False
    for match in _STYLE.finditer(styles):
        if b"numPr" in match.group(2) and b'w:val="' + match.group(1) + b'"' in document:
            return True
    return False


def _paragraph_text(paragraph: etree._Element, hidden: bool = False) -> str:
    parts: list[str] = []
    for element in _visible(paragraph, *_TEXT_TAGS) if hidden else paragraph.iter(*_TEXT_TAGS):
        tag = element.tag
        if tag == _W + "t":
            parts.append(element.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif element.get(_W + "type") not in ("page", "column"):
            parts.append("\n")  # w:br, w:cr
    return "".join(parts)


def _label(paragraph: etree._Element, numbering: Numbering) -> str:
    ppr = paragraph.find(_W + "pPr")
    if ppr is None:
        return ""
    num_pr = ppr.find(_W + "numPr")
    if num_pr is not None:
        num_id = _val(num_pr.find(_W + "numId")) or ""
        ilvl = _int(_val(num_pr.find(_W + "ilvl")), 0)
        return numbering.label(num_id, ilvl)
    style = _val(ppr.find(_W + "pStyle"))
    if style and style in numbering.style_numbering:
        num_id, ilvl = numbering.style_numbering[style]
        return numbering.label(num_id, ilvl)
    return ""


def _is_bold(run: etree._Element) -> bool:
    bold = run.find(f"{_W}rPr/{_W}b")
    return bold is not None and bold.get(_W + "val") not in ("0", "false", "none")


def _run_text(run: etree._Element, hidden: bool) -> str:
    texts = _visible(run, _W + "t") if hidden else run.iter(_W + "t")
    return "".join(t.text or "" for t in texts)


def _runs(element: etree._Element, hidden: bool) -> Iterator[etree._Element]:
    return _visible(element, _W + "r") if hidden else element.iter(_W + "r")


def _bold_lead(paragraph: etree._Element, hidden: bool = False) -> str | None:
    """The bold words a paragraph starts with when plain text follows ("**1. Sở Tài chính:** chủ trì")."""
    lead: list[str] = []
    for run in _runs(paragraph, hidden):
        text = _run_text(run, hidden)
        if not text.strip():
            lead.append(text)
            continue
        if _is_bold(run):
            lead.append(text)
            continue
        joined = "".join(lead).strip()
        return joined or None
    return None


class _Para(NamedTuple):
    """A body paragraph: its text, bold lead-in, and where it stands if in a body table."""

    text: str
    lead: str | None
    cell: tuple[int, int, int] | None = None  # (table serial, row, column) of a top-level table


_CAPTION_STYLES = {"caption", "chuthich", "tablecaption", "bang"}


def _is_caption(paragraph: etree._Element) -> bool:
    style = _val(paragraph.find(f"{_W}pPr/{_W}pStyle")) or ""
    return style.lower().replace(" ", "") in _CAPTION_STYLES


def _header_rows(table: etree._Element) -> int:
    """Rows marked to repeat as the header; without marks, a first row set all in bold is one."""
    rows = list(table.iterchildren(_W + "tr"))
    marked = 0
    for row in rows:
        flag = row.find(f"{_W}trPr/{_W}tblHeader")
        if flag is None or flag.get(_W + "val") in ("0", "false"):
            break
        marked += 1
    if marked or not rows:
        return marked
    seen = False
    hidden = _holds_hidden(rows[0])
    for run in _runs(rows[0], hidden):
        if _run_text(run, hidden).strip():
            if not _is_bold(run):
                return 0
            seen = True
    return 1 if seen else 0


class _Tables:
    """Serials of the body's top-level tables, and what the reader needs to rebuild them."""

    def __init__(self) -> None:
        self.count = 0
        self.elements: dict[int, etree._Element] = {}
        self.captioned: set[int] = set()  # tables right after a paragraph in the Caption style
        self.spans: dict[tuple[int, int, int], int] = {}  # (table, row, column) -> gridSpan


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for cell in row:
        if cell.tag == _W + "tc":
            yield cell
        elif cell.tag == _W + "sdt":
            yield from _visible(cell, _W + "tc")


def _blocks(
    parent: etree._Element,
    numbering: Numbering,
    tables: _Tables,
    where: tuple[int, int, int] | None = None,
) -> Iterator[_Para]:
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            hidden = _holds_hidden(child)
            if hidden:
                boxes = [b for b in child.iter(_TEXT_BOX) if _outside_fallback(b, child)]
                for box in boxes:
                    # A text box (a header drawn in a frame): its paragraphs are lines of their own.
                    yield from _blocks(box, numbering, tables)
            text = _paragraph_text(child, hidden)
            label = _label(child, numbering)
            lead = _bold_lead(child, hidden)
            if label and text.strip():
                text = f"{label} {text.lstrip()}"
                lead = f"{label} {lead}" if lead else None
            yield _Para(nfc(text), nfc(lead) if lead else None, where)
        elif tag == _W + "tbl":
            # Only a table outside any other table is data; a nested one is read as lines.
            serial = None
            if where is None:
                serial = tables.count
                tables.count += 1
                tables.elements[serial] = child
                before = child.getprevious()
                if before is not None and before.tag == _W + "p" and _is_caption(before):
                    tables.captioned.add(serial)
            nested = (-1, 0, 0) if where is not None else None
            for r, row in enumerate(child.iterchildren(_W + "tr")):
                for c, cell in enumerate(_cells(row)):
                    spot = nested if serial is None else (serial, r, c)
                    if serial is not None:
                        span = _int(_val(cell.find(f"{_W}tcPr/{_W}gridSpan")), 1)
                        if span > 1:
                            tables.spans[(serial, r, c)] = span
                    yield from _blocks(cell, numbering, tables, spot)
        elif tag in (_W + "sdt", _W + "customXml", _W + "smartTag"):
            content = child.find(_W + "sdtContent")
            yield from _blocks(content if content is not None else child, numbering, tables, where)
        elif tag == f"{{{MC}}}AlternateContent":
            choice = child.find(f"{{{MC}}}Choice")
            if choice is not None:
                yield from _blocks(choice, numbering, tables, where)


def docx_lines(data: bytes, name: str) -> list[str]:
    """One entry per paragraph of the body (table cells included), NFC; line breaks kept as "\\n"."""
    return [para.text for para in read_docx(data, name)[0]]


def bold_leads(data: bytes, name: str) -> list[str | None]:
    """For each entry of docx_lines, the bold lead-in it starts with, if any (run-in headings)."""
    return [para.lead for para in read_docx(data, name)[0]]


@dataclass(frozen=True)
class Package:
    """The parts of a .docx as the reader opened them, for lint's formatting rules to read again
    without a second inflate and parse (kehoach.lint.docx_styles). Nothing here is ever changed."""

    archive: zipfile.ZipFile
    document: etree._Element  # word/document.xml, comments left out
    styles: bytes | None  # word/styles.xml as stored


def docx_package(data: bytes, name: str) -> Package:
    """The opened parts of a .docx (read with its paragraphs, once)."""
    return read_docx(data, name)[2]


@lru_cache(maxsize=2)
def read_docx(data: bytes, name: str) -> tuple[tuple[_Para, ...], _Tables, Package]:
    """Every body paragraph, the body's tables and the opened parts; cached so that load, parse and
    lint read the XML once."""
    archive = open_zip(data, name)
    document = read_part(archive, "word/document.xml", name)
    assert document is not None
    root = _parse_xml(document, "word/document.xml", name)
    # Numbering and styles are read only when paragraphs can be numbered (most plans type their numbers).
    styles_xml = read_part(archive, "word/styles.xml", name, required=False)
    numbered_styles = _numbered_styles_used(styles_xml or b"", document)
    numbering_xml = None
    if b"numPr" in document or numbered_styles:
        numbering_xml = read_part(archive, "word/numbering.xml", name, required=False)
    numbering = Numbering(
        _parse_xml(numbering_xml, "word/numbering.xml", name) if numbering_xml else None,
        _style_numbering(
            _parse_xml(styles_xml, "word/styles.xml", name)
            if styles_xml and numbered_styles and numbering_xml
            else None
        ),
    )
    body = root.find(_W + "body")
    if body is None:
        raise InputError(f"{name}: tệp .docx không có nội dung (thiếu w:body).")
    tables = _Tables()
    paragraphs = tuple(_blocks(body, numbering, tables))
    return paragraphs, tables, Package(archive, root, styles_xml)


def _cell_text(texts: list[str]) -> str:
    lines = [" ".join(line.split()) for text in texts for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def docx_tables(data: bytes, name: str, within: tuple[int, int] | None = None) -> list[TableSpan]:
    """The body's top-level tables (header and signature tables included: the parser picks), or
    only those wholly inside the entries `within` = (first, end) of Source.lines."""
    paragraphs, tables, _ = read_docx(data, name)
    if not tables.count:
        return []
    bounds: dict[int, list[int]] = {}
    for index, para in enumerate(paragraphs):
        if para.cell is not None and para.cell[0] >= 0:
            bounds.setdefault(para.cell[0], [index, index + 1])[1] = index + 1
    out = []
    for serial, (first, end) in bounds.items():
        if within is not None and not (within[0] <= first and end <= within[1]):
            continue
        cells: dict[tuple[int, int], list[str]] = {}
        for para in paragraphs[first:end]:
            if para.cell is None or para.cell[0] != serial:
                # Not all its own cells: a table with another table inside is not data.
                break
            cells.setdefault(para.cell[1:], []).append(para.text)
        else:
            out.append(_span(serial, first, end, cells, paragraphs, tables))
    return out


def _span(
    serial: int,
    first: int,
    end: int,
    cells: dict[tuple[int, int], list[str]],
    paragraphs: tuple[_Para, ...],
    tables: _Tables,
) -> TableSpan:
    rows: list[list[str]] = []
    for (r, c), texts in sorted(cells.items()):
        while len(rows) <= r:
            rows.append([])
        rows[r].append(_cell_text(texts))
        rows[r].extend([""] * (tables.spans.get((serial, r, c), 1) - 1))
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    caption = None
    before = paragraphs[first - 1] if first else None
    if serial in tables.captioned and before is not None and before.text.strip():
        caption = " ".join(before.text.split())
        first -= 1
    header = min(_header_rows(tables.elements[serial]), len(rows))
    return TableSpan(first, end, rows, header, caption)
