"""Rules on a .docx's own formatting: page setup, font, body size, page numbers, header layout.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I (kỹ thuật trình bày) and the Mẫu of Phụ lục III. The XML is
read with style resolution (docx_styles), so a LibreOffice file and a Word file are judged alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from kehoach.errors import InputError
from kehoach.lint.config import PROFILES
from kehoach.lint.document import LintDocument
from kehoach.lint.docx_styles import Docx, W, has_page_field
from kehoach.lint.rules import ERROR, WARNING, Finding, rule

A4 = (11906, 16838)
TOLERANCE = 20  # twips: Word writes 11907 × 16840
MM = 56.7  # twips per millimetre
# Phụ lục I, mục I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (portrait)
MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
SIDE_NAMES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
FONT = "Times New Roman"


def docx_of(document: LintDocument) -> Docx | None:
    """The parsed .docx (once per document), or None for other kinds or unreadable XML."""
    if document.kind != "docx" or not document.raw:
        return None
    if "docx" not in document.cache:
        try:
            document.cache["docx"] = Docx(document.raw, document.name, document.package)
        except (InputError, ValueError, SyntaxError, RecursionError, MemoryError):
            document.cache["docx"] = None
    parsed = document.cache["docx"]
    return parsed if isinstance(parsed, Docx) else None


def _line(document: LintDocument, index: int) -> int:
    return min(index, max(0, len(document.plain) - 1))


@rule(
    "page-setup",
    "docx",
    ERROR,
    "Khổ A4; lề trên, dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (trang dọc)",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1–I.3",
)
def page_setup(document: LintDocument) -> Iterator[Finding]:
    docx = docx_of(document)
    if docx is None:
        return
    sections = docx.section_list
    for number, section in enumerate(sections, 1):
        # the page setup belongs to the document (or to one of its sections), not to a paragraph
        where = f"Phần {number} của văn bản: " if len(sections) > 1 else ""
        if section.width is None or section.height is None:
            continue
        short, long = sorted((section.width, section.height))
        if abs(short - A4[0]) > TOLERANCE or abs(long - A4[1]) > TOLERANCE:
            yield document.document_finding(
                "page-setup",
                f"{where}Khổ giấy {short / MM:.0f} × {long / MM:.0f} mm, không phải A4 (210 × 297 mm).",
                "A4",
            )
        if section.width > section.height:
            continue  # landscape appendix pages keep their own margins
        for side, (low, high) in MARGINS.items():
            value = section.margins.get(side)
            if value is None:
                continue
            millimetres = value / MM
            if millimetres < low - 0.3 or millimetres > high + 0.3:
                yield document.document_finding(
                    "page-setup",
                    f"{where}Lề {SIDE_NAMES[side]} {millimetres:.1f} mm, phải từ {low} đến {high} mm.",
                    f"{low if millimetres < low else high} mm",
                )


@rule(
    "font",
    "docx",
    ERROR,
    'Phông chữ Times New Roman (tên biến thể như "Times New Roman Bold" là cảnh báo)',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4",
)
def font(document: LintDocument) -> Iterator[Finding]:
    docx = docx_of(document)
    if docx is None:
        return
    first: dict[str, int] = {}
    count: Counter[str] = Counter()
    for run in docx.formatted_runs:  # shared with font-size: formatting resolved once a document
        if not run.text.strip():
            continue
        for slot in ("ascii", "hAnsi", "eastAsia") if run.east_asia else ("ascii", "hAnsi"):
            name = run.format.fonts.get(slot)
            if name and name != FONT:
                first.setdefault(name, run.paragraph)
                count[name] += 1
    default = docx.run_format_of_style(None)  # docDefaults and the default paragraph style
    for name, index in sorted(first.items(), key=lambda item: item[1]):
        variant = name.replace(" ", "").lower().startswith("timesnewroman")
        message = f'Phông "{name}" ({count[name]} đoạn chữ), phải dùng "{FONT}"' + (
            " (tên biến thể của Times New Roman)." if variant else "."
        )
        if name in default.fonts.values():  # the document's own default font: the whole document
            yield document.document_finding(
                "font", "Phông mặc định của văn bản: " + message, FONT, WARNING if variant else None
            )
            continue
        yield document.line_finding(
            "font", _line(document, index), message, FONT, WARNING if variant else None
        )


@rule(
    "font-size",
    "docx",
    ERROR,
    "Cỡ chữ phần nội dung 13–14 (hoặc 12–13 theo cấu hình size-profile)",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e và mục I.5",
)
def font_size(document: LintDocument) -> Iterator[Finding]:
    docx = docx_of(document)
    if docx is None:
        return
    low, high = PROFILES.get(document.size_profile, PROFILES["13-14"])
    sizes: Counter[float] = Counter()
    first: dict[float, int] = {}
    # the plan's own body: forms and appendices after "Nơi nhận" have their own sizes
    end = document.recipients_index or len(docx.paragraphs)
    for run in docx.formatted_runs:
        if run.paragraph >= end:
            break
        size = run.format.size
        if size is not None and not run.in_table and run.text.strip():
            sizes[size] += len(run.text)
            first.setdefault(size, run.paragraph)
    if not sizes:
        return
    body, _ = sizes.most_common(1)[0]
    if not low <= body <= high:  # the body's size: a fact about the whole document
        yield document.document_finding(
            "font-size",
            f"Phần nội dung dùng cỡ chữ {body:g}, phải từ {low:g} đến {high:g}.",
            f"{high:g}",
        )


@rule(
    "page-number",
    "docx",
    ERROR,
    "Số trang ở giữa lề trên, không hiện ở trang đầu; thiếu số trang hoặc số trang ở chân trang là cảnh báo",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7",
)
def page_number(document: LintDocument) -> Iterator[Finding]:
    docx = docx_of(document)
    if docx is None:
        return
    sections = docx.section_list
    if not sections:
        return
    section = sections[0]
    first_header = (
        section.headers.get("first") if section.title_page else section.headers.get("default")
    )
    part = docx.part(first_header or "")
    if part is not None and has_page_field(part):
        yield document.line_finding(
            "page-number",
            0,
            'Số trang hiện ở trang đầu: trang đầu không đánh số (đặt "Trang đầu khác" với đầu trang trống).',
        )
    in_header = any(_numbered(docx, s.headers.values()) for s in sections)
    in_footer = any(_numbered(docx, s.footers.values()) for s in sections)
    if in_footer and not in_header:
        yield document.line_finding(
            "page-number",
            0,
            "Số trang đặt ở chân trang; Nghị định 30 đặt số trang ở giữa lề trên.",
            None,
            WARNING,
        )
    elif not in_header and not in_footer and len(docx.paragraphs) > 60:
        yield document.line_finding(
            "page-number",
            0,
            "Văn bản nhiều trang nhưng không có số trang (trường PAGE ở đầu trang).",
            None,
            WARNING,
        )


def _numbered(docx: Docx, targets: Iterable[str]) -> bool:
    """Some header (or footer) among `targets` holds a PAGE field."""
    for target in targets:
        part = docx.part(target)
        if part is not None and has_page_field(part):
            return True
    return False


def _cell_text(cell_paragraphs: list[str]) -> str:
    return " ".join(cell_paragraphs).upper()


@rule(
    "header-layout",
    "docx",
    WARNING,
    "Phần đầu văn bản là bảng hai cột: tên cơ quan và số, ký hiệu bên trái; Quốc hiệu, Tiêu ngữ và ngày tháng bên phải",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục IV (sơ đồ bố trí) và Phụ lục III, Mẫu 1.4",
)
def header_layout(document: LintDocument) -> Iterator[Finding]:
    docx = docx_of(document)
    if docx is None:
        return
    body = docx.document.find(W + "body")
    if body is None:
        return
    for table in body.iter(W + "tbl"):
        cells = []
        for row in table.iter(W + "tr"):
            for cell in row.findall(W + "tc"):
                cells.append(_cell_text(["".join(t.text or "" for t in cell.iter(W + "t"))]))
        joined = " ".join(cells)
        if "CỘNG HÒA" not in joined and "CỘNG HOÀ" not in joined:
            continue
        columns = len(table.findall(f"{W}tblGrid/{W}gridCol"))
        if columns < 2:
            yield document.line_finding(
                "header-layout",
                0,
                "Bảng phần đầu văn bản chỉ có một cột; dùng bảng hai cột như Mẫu 1.4.",
            )
        return
    quoc_hieu = next(
        (
            i
            for i, line in enumerate(document.plain[:40])
            if "CỘNG HÒA XÃ HỘI" in line.upper() or "CỘNG HOÀ XÃ HỘI" in line.upper()
        ),
        None,
    )
    if quoc_hieu is not None:
        yield document.line_finding(
            "header-layout",
            quoc_hieu,
            "Quốc hiệu không nằm trong bảng hai cột của phần đầu văn bản (Mẫu 1.4): Số và ngày tháng khó nằm trên một hàng.",
        )
