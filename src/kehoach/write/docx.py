"""Plan -> .docx laid out as Nghị định 30's Mẫu 1.4 (reference/nd30-rules.md).

The WordprocessingML is written as strings: a plan is a few hundred paragraphs of a dozen kinds, so each
kind's properties are formatted once and the body is a join. This is what keeps a render under 10 ms
(python-docx's per-run object API and docxtpl's template engine are several times slower).

Reading the rendered file paragraph by paragraph gives the plan's text in the order a text plan has it:
header cells, "KẾ HOẠCH", trích yếu, preamble, sections, closing, Nơi nhận, signature.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile

from kehoach.document.dates import format_long
from kehoach.document.model import Plan, Section, Table
from kehoach.document.recipients import written_line
from kehoach.write import xml_parts
from kehoach.write.appendices import appendices_xml
from kehoach.write.body_table import table_xml
from kehoach.write.header import Header, resolve
from kehoach.write.layout import (
    A4_HEIGHT,
    A4_WIDTH,
    FIRST_LINE_INDENT,
    HEADER_TABLE_MIN,
    LINE_SPACING,
    NATIONAL_COLUMN,
    PARAGRAPH_BEFORE,
    TABLE_SPILL,
    Profile,
    mm,
    text_width_cm,
)
from kehoach.write.layout import (
    profile as get_profile,
)

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KINH_GUI = "Kính gửi:"
BLANK = "     "  # the gap left for a number or a day the Văn thư writes in by hand
SIGNATURE_GAP = 4  # empty lines for the signature and seal
_ROMAN = re.compile(r"^[IVXLC]+$")
_PART_ROMAN = re.compile(r"^[IVX]+$")  # PHẦN I ... PHẦN X; "C" beside "A", "B" is a letter
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CM = 567


def _run(text: str, size: int, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    safe = xml_parts.xml_text(text)
    return (
        f'<w:r><w:rPr>{props}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{safe}</w:t></w:r>'
    )


def _ppr(
    jc: str,
    before: int = 0,
    after: int = 0,
    line: int = 240,
    first: int = 0,
    keep_next: bool = False,
    left: int = 0,
    right: int = 0,
) -> str:
    indent = ""
    if first or left or right:
        indent = f'<w:ind w:left="{left}" w:right="{right}" w:firstLine="{first}"/>'
    keep = "<w:keepNext/>" if keep_next else ""
    return (
        f"<w:pPr>{keep}"
        f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="auto"/>'
        f'{indent}<w:jc w:val="{jc}"/></w:pPr>'
    )


def _para(ppr: str, text: str, size: int, bold: bool = False, italic: bool = False) -> str:
    return f"<w:p>{ppr}{_run(text, size, bold, italic)}</w:p>" if text else f"<w:p>{ppr}</w:p>"


def _rule(length_cm: float, box: int) -> str:
    """A short solid line, centred in a box `box` twips wide: an empty paragraph with a bottom border."""
    length = min(round(length_cm * CM), box)
    side = max((box - length) // 2, 0)
    return (
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'
        '<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/>'
        f'<w:ind w:left="{side}" w:right="{side}"/><w:jc w:val="center"/>'
        '<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr></w:p>'
    )


def _table(widths: list[int], rows: list[list[str]], indent: int = 0) -> str:
    """A borderless fixed-layout table; each cell is already a run of <w:p> elements."""
    none = "".join(
        f'<w:{side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = []
    for row in rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{cell}</w:tc>'
            for w, cell in zip(widths, row, strict=True)
        )
        body.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblInd w:w="{indent}" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
        '<w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )


def number_line(plan: Plan) -> str:
    """ "Số: 05/KH-UBND", or "Số:     /KH-UBND" while the Văn thư has not numbered it."""
    symbol = plan.symbol or plan.doc_type
    return f"Số: {plan.number}/{symbol}" if plan.number else f"Số:{BLANK}/{symbol}"


def place_date_line(plan: Plan, header: Header) -> str:
    """ "Phường Lê Chân, ngày 05 tháng 3 năm 2025", the day and month left blank when unknown."""
    place = plan.place
    if not place and len(header.issuer_short) > 1:
        place = header.issuer_short[-1].lower().title()
    place = place or "......"
    if plan.date:
        return f"{place}, {format_long(plan.date)}"
    year = str(plan.year) if plan.year else BLANK
    month = f" {plan.month} " if plan.month else BLANK
    return f"{place}, ngày{BLANK}tháng{month}năm {year}"


def heading_label(number: str, part: bool = False) -> str:
    """ "I" -> "I.", "1.1" -> "1.1.", "a" -> "a)", "A" -> "A."; a number written with its mark keeps it.

    A `part` is a top-level division above Roman parts: "PHẦN I." says so, where a bare "I." would read
    back as one more Roman level.
    """
    if number.endswith((".", ")")):
        return number
    if _ROMAN.match(number):
        # A lettered part "C" (or "L") above Roman parts is a letter, not a hundred.
        return f"PHẦN {number}." if part and _PART_ROMAN.match(number) else number + "."
    if number.replace(".", "").isdigit() or (len(number) == 1 and number.isupper()):
        return number + "."
    return number + ")"


def _is_part(section: Section) -> bool:
    """A section whose children are Roman-numbered parts (PHẦN I above I., II.)."""
    return any(_ROMAN.match(child.number) for child in section.children)


def _heading_style(number: str) -> tuple[bool, bool]:
    """(bold, italic): I. and 1. bold; 1.1. bold italic; a) upright (Phụ lục I, II.6.đ)."""
    if _ROMAN.match(number.rstrip(".")):
        return True, False
    bare = number.rstrip(".)")
    if bare.isdigit():
        return True, False
    if "." in bare and bare.replace(".", "").isdigit():
        return True, True
    return False, False


_POINT = re.compile(r"^[a-zđ]\)\s")


def _runs_on(title: str, first: str) -> bool:
    """A first paragraph that continues the title mid-sentence ("Phạm vi" + "triển khai ...")."""
    return (
        first[:1].islower()
        and not _POINT.match(first)
        and not title.rstrip().endswith((".", ";", ":", "!", "?", ")"))
    )


def _is_untitled_clause(section: Section) -> bool:
    """A numbered item that is a whole sentence (a slogan, "1. Tuyên truyền sâu rộng ... ."), not a title.

    Phụ lục I, II.6.đ: a khoản without a title is set upright, not bold. Roman parts always have titles.
    """
    if _ROMAN.match(section.number.rstrip(".")) or section.paragraphs or section.children:
        return False
    title = section.title.rstrip()
    return title.endswith((".", "!", ";", "?")) or len(title) > 160


class _Body:
    """Collects body paragraphs; the last one gets the "./." end marker."""

    def __init__(self, profile: Profile, text_width: int = 0) -> None:
        self.size = profile.body
        self.text_width = text_width
        self.ppr = _ppr("both", PARAGRAPH_BEFORE, 0, LINE_SPACING, FIRST_LINE_INDENT)
        self.heading_ppr = _ppr("both", PARAGRAPH_BEFORE, 0, LINE_SPACING, FIRST_LINE_INDENT, True)
        self.items: list[tuple[str, str, bool, bool]] = []
        self.leads: dict[int, str] = {}  # index -> the bold run of a run-in heading
        self.tables: set[int] = set()  # indexes of items that are tables (text is their XML)

    def paragraph(self, text: str, italic: bool = False) -> None:
        self.items.append((self.ppr, text, False, italic))

    def addressees(self, text: str) -> None:
        """ "Kính gửi: ..." of a report or letter: centred under the title, no first-line indent."""
        self.items.append((_ppr("center", PARAGRAPH_BEFORE, 0, LINE_SPACING), text, False, False))

    def heading(self, section: Section) -> None:
        label = heading_label(section.number, _is_part(section)) if section.number else ""
        text = f"{label} {section.title}".strip()
        if _is_untitled_clause(section):  # body text: upright, and free to break from what follows
            self.items.append((self.ppr, text, False, False))
            return
        bold, italic = _heading_style(section.number)
        self.items.append((self.heading_ppr, text, bold, italic))

    def run_in(self, section: Section, rest: str) -> None:
        """ "2. Phạm vi: triển khai ..." - a heading whose text runs on, as the source wrote it."""
        bold, italic = _heading_style(section.number)
        label = heading_label(section.number, _is_part(section)) if section.number else ""
        lead = f"{label} {section.title}".strip().rstrip(":") + ":"
        self.items.append((self.ppr, rest, False, False))
        self.leads[len(self.items) - 1] = _run(lead + " ", self.size, bold, italic)

    def table(self, table: Table) -> None:
        """A body table, cells one point below the body text (13 pt in a 14 pt document)."""
        self.tables.add(len(self.items))
        self.items.append(("", table_xml(table, self.size - 2, self.text_width), False, False))

    def section(self, section: Section) -> None:
        blocks = section.blocks() if section.tables else list(section.paragraphs)
        first = blocks[0] if blocks else None
        if isinstance(first, str) and _runs_on(section.title, first):
            self.run_in(section, first)
            blocks = blocks[1:]
        else:
            self.heading(section)
        for block in blocks:
            if isinstance(block, Table):
                self.table(block)
            else:
                self.paragraph(block)
        for child in section.children:
            self.section(child)

    def xml(self) -> str:
        last = max((i for i in range(len(self.items)) if i not in self.tables), default=None)
        if last is not None:
            ppr, text, bold, italic = self.items[last]
            self.items[last] = (ppr, end_marked(text), bold, italic)
        out = []
        for index, (ppr, text, bold, italic) in enumerate(self.items):
            lead = self.leads.get(index)
            if index in self.tables:
                out.append(text)
            elif lead:
                out.append(f"<w:p>{ppr}{lead}{_run(text, self.size)}</w:p>")
            else:
                out.append(_para(ppr, text, self.size, bold, italic))
        return "".join(out)


def end_marked(text: str) -> str:
    """The text ending in "./." (every sample of Phụ lục III ends its body so)."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    if text.endswith("."):
        return text + "/."
    return text.rstrip(";:,") + "./."


def with_end_marker(plan: Plan) -> Plan:
    """A copy of the plan as its rendering reads back: the last body paragraph ends in "./."."""
    marked = copy.deepcopy(plan)
    if marked.closing:
        marked.closing[-1] = end_marked(marked.closing[-1])
    elif marked.sections:
        last = marked.sections[-1]
        while last.children:
            last = last.children[-1]
        if last.paragraphs:
            last.paragraphs[-1] = end_marked(last.paragraphs[-1])
        else:
            last.title = end_marked(last.title)
    elif marked.preamble:
        marked.preamble[-1] = end_marked(marked.preamble[-1])
    return marked


def _header_table(plan: Plan, header: Header, profile: Profile, text_width: int) -> str:
    total = max(text_width + 2 * TABLE_SPILL, HEADER_TABLE_MIN)
    right_w = NATIONAL_COLUMN
    left_w = total - right_w
    top = _ppr("center")
    left = [_para(top, line, profile.issuer) for line in header.parent_issuer]
    left += [_para(top, line, profile.issuer, bold=True) for line in header.issuer_short]
    if header.issuer_short:
        widest = max(text_width_cm(s, profile.issuer, True) for s in header.issuer_short)
        left.append(_rule(max(widest * 0.4, 1.5), left_w))
    right = [
        _para(top, plan.national or NATIONAL, profile.national, bold=True),
        _para(top, MOTTO, profile.motto, bold=True),
        _rule(text_width_cm(MOTTO, profile.motto, True), right_w),
    ]
    row2 = _ppr("center", before=PARAGRAPH_BEFORE)
    number = _para(row2, number_line(plan), profile.number)
    date = _para(row2, place_date_line(plan, header), profile.place_date, italic=True)
    return _table(
        [left_w, right_w],
        [["".join(left) or "<w:p/>", "".join(right)], [number, date]],
        indent=-((total - text_width) // 2),
    )


def _title(plan: Plan, header: Header, profile: Profile, text_width: int) -> str:
    name = _para(_ppr("center", before=360), header.doc_name or "", profile.doc_name, bold=True)
    title = plan.title or ""
    parts = [name]
    if title:
        parts.append(_para(_ppr("center"), title, profile.title, bold=True))
    if plan.attachment_note:
        parts.append(_para(_ppr("center"), plan.attachment_note, profile.title, italic=True))
    if title:
        width = min(text_width_cm(title, profile.title, True), text_width / CM)
        parts.append(_rule(max(width * 0.4, 2.0), text_width))
    return "".join(parts)


def _signature_lines(plan: Plan) -> list[str]:
    sig = plan.signature
    if sig is None:
        return []
    lines = [
        " ".join(p for p in (sig.authority, sig.body) if p),
        " ".join(p for p in (sig.capacity, sig.head) if p),
        sig.title or "",
    ]
    return [line for line in lines if line]


def _closing_table(plan: Plan, header: Header, profile: Profile, text_width: int) -> str:
    left_w = round(text_width * 0.45)
    right_w = text_width - left_w
    plain = _ppr("left")
    left = [_para(_ppr("left", before=240), "Nơi nhận:", profile.recipients_label, True, True)]
    lines = plan.recipient_lines if len(plan.recipient_lines) == len(plan.recipients) else []
    left += [
        _para(plain, f"- {written_line(item, lines[i] if lines else None)}", profile.recipients)
        for i, item in enumerate(plan.recipients)
    ]
    archive = ", ".join([*(plan.archive or ["VT"]), *([header.drafter] if header.drafter else [])])
    left.append(_para(plain, f"- Lưu: {archive}.", profile.recipients))
    centre = _ppr("center")
    lines = _signature_lines(plan)
    right = [
        _para(_ppr("center", before=240) if i == 0 else centre, line, profile.signature, True)
        for i, line in enumerate(lines)
    ]
    sig = plan.signature
    if sig and sig.name:
        right += [_para(centre, "", profile.signature)] * SIGNATURE_GAP
        right.append(_para(centre, sig.name, profile.signature, bold=True))
    return _table([left_w, right_w], [["".join(left), "".join(right) or "<w:p/>"]])


def _sect_pr(header: Header) -> str:
    m = header.margins
    return (
        f'<w:sectPr><w:headerReference w:type="default" r:id="{xml_parts.HEADER_DEFAULT_ID}"/>'
        f'<w:headerReference w:type="first" r:id="{xml_parts.HEADER_FIRST_ID}"/>'
        f'<w:pgSz w:w="{A4_WIDTH}" w:h="{A4_HEIGHT}"/>'
        f'<w:pgMar w:top="{mm(m.top)}" w:right="{mm(m.right)}" w:bottom="{mm(m.bottom)}" '
        f'w:left="{mm(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>'
        '<w:pgNumType w:start="1"/><w:cols w:space="720"/><w:titlePg/></w:sectPr>'
    )


def document_xml(plan: Plan, header: Header, profile: Profile) -> str:
    """The main part: header table, title, body, Nơi nhận and signature, section properties."""
    text_width = header.margins.text_width
    body = _Body(profile, text_width)
    for text in plan.preamble:
        if text.startswith(KINH_GUI):
            body.addressees(text)
        else:
            body.paragraph(text, italic=text.startswith("Căn cứ"))  # Phụ lục I, II.6.a
    for section in plan.sections:
        body.section(section)
    for text in plan.closing:
        body.paragraph(text)
    return (
        xml_parts.XML_DECL
        + f'<w:document xmlns:w="{xml_parts.W_NS}" xmlns:r="{xml_parts.R_NS}"><w:body>'
        + _header_table(plan, header, profile, text_width)
        + _title(plan, header, profile, text_width)
        + body.xml()
        + _closing_table(plan, header, profile, text_width)
        + appendices_xml(plan.appendices, profile, text_width)
        + _sect_pr(header)
        + "</w:body></w:document>"
    )


def render_docx(plan: Plan, header: Header | None = None, profile: str = "13/14") -> bytes:
    """The plan as .docx bytes, laid out per Nghị định 30 in the given size profile."""
    sizes = get_profile(profile)
    resolved = resolve(plan, header)
    parts = (
        ("[Content_Types].xml", xml_parts.CONTENT_TYPES),
        ("_rels/.rels", xml_parts.PACKAGE_RELS),
        ("word/document.xml", document_xml(plan, resolved, sizes)),
        ("word/_rels/document.xml.rels", xml_parts.DOCUMENT_RELS),
        ("word/styles.xml", xml_parts.styles(sizes)),
        ("word/settings.xml", xml_parts.SETTINGS),
        ("word/fontTable.xml", xml_parts.FONT_TABLE),
        ("word/header1.xml", xml_parts.header_default(sizes)),
        ("word/header2.xml", xml_parts.HEADER_FIRST),
        ("docProps/core.xml", xml_parts.core(plan.title or "")),
        ("docProps/app.xml", xml_parts.APP),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"), compresslevel=1)
    return buffer.getvalue()
