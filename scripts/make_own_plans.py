"""Write the .docx (and one .pdf) plans of our own that test the reader, lint and cascade on new shapes.

Run: .venv/bin/python scripts/make_own_plans.py
Writes tests/cascade/plans/*.docx (upper plans a ward implements) and tests/fixtures/fields/12_*.docx …
(plans whose fields a person wrote down). The texts are ours, written as offices elsewhere write them:
a province's Tết plan numbered 1./1.1./1.1.1. with lunar dates, a Sở's plan whose tasks are a table
(Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian) with "tháng 3/2026", "quý II năm 2026",
"định kỳ 6 tháng", and a commune's joint plan (Kế hoạch liên tịch) signed by two bodies side by side.
The layout is an office's: header and signature in borderless tables, Times New Roman, A4, Nghị định 30
margins, the page number in the header from page 2.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
CASCADE = ROOT / "tests" / "cascade" / "plans"
FIELDS = ROOT / "tests" / "fixtures" / "fields"
FONT = "Times New Roman"


@dataclass
class Header:
    """The two header columns and the number/date row."""

    left: list[tuple[str, bool]]  # (line, bold)
    number: str
    date_line: str
    kind: str = "KẾ HOẠCH"
    title: list[str] = field(default_factory=list)


@dataclass
class Signer:
    lines: list[tuple[str, bool]]  # authority/capacity/title lines (bold)
    name: str


def _font(run, size: float, bold: bool = False, italic: bool = False) -> None:  # type: ignore[no-untyped-def]
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _para(
    container,  # type: ignore[no-untyped-def]
    text: str,
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = True,
) -> Paragraph:
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.1
    if indent and align == WD_ALIGN_PARAGRAPH.JUSTIFY:
        fmt.first_line_indent = Mm(12.7)
    _font(paragraph.add_run(text), size, bold, italic)
    return paragraph


def _cell_para(
    cell: _Cell, text: str, size: float, bold: bool = False, italic: bool = False
) -> None:
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    _font(paragraph.add_run(text), size, bold, italic)


def _no_borders(table) -> None:  # type: ignore[no-untyped-def]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _page_number_header(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _font(run, 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def new_document(header: Header):  # type: ignore[no-untyped-def]
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    _page_number_header(document)
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    table.columns[0].width = table.rows[0].cells[0].width = Mm(70)
    table.rows[0].cells[1].width = Mm(95)
    for line, bold in header.left:
        _cell_para(table.rows[0].cells[0], line, 13, bold)
    _cell_para(table.rows[0].cells[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True)
    _cell_para(table.rows[0].cells[1], "Độc lập - Tự do - Hạnh phúc", 14, True)
    _cell_para(table.rows[1].cells[0], header.number, 13)
    _cell_para(table.rows[1].cells[1], header.date_line, 14, italic=True)
    _para(document, "", indent=False)
    _para(document, header.kind, 14, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in header.title:
        _para(document, line, 14, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "", indent=False)
    return document


def body(document, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Body lines: '#' marks a bold heading line, the rest are justified paragraphs."""
    for line in lines:
        if line.startswith("#"):
            _para(document, line.lstrip("# "), 14, True)
        else:
            _para(document, line)


def task_table(document, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.rows[r].cells[c]
            paragraph = cell.paragraphs[0]
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c != 1 else WD_ALIGN_PARAGRAPH.LEFT
            )
            _font(paragraph.add_run(text), 12, bold=r == 0)
    _para(document, "", indent=False)


def closing(document, recipients: list[str], signers: list[Signer]) -> None:  # type: ignore[no-untyped-def]
    """Nơi nhận beside one signer, or two signers side by side over Nơi nhận (a joint plan)."""
    if len(signers) == 1:
        table = document.add_table(rows=1, cols=2)
        _no_borders(table)
        left, right = table.rows[0].cells
        _recipients(left, recipients)
        _signer(right, signers[0])
        return
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    for cell, signer in zip(table.rows[0].cells, signers, strict=True):
        _signer(cell, signer)
    _para(document, "", indent=False)
    _recipients(document, recipients)


def _recipients(container, recipients: list[str]) -> None:  # type: ignore[no-untyped-def]
    first = container.paragraphs[0] if isinstance(container, _Cell) else container.add_paragraph()
    first.paragraph_format.space_after = Pt(0)
    _font(first.add_run("Nơi nhận:"), 12, True, True)
    for line in recipients:
        paragraph = container.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        _font(paragraph.add_run(line), 11)


def _signer(cell: _Cell, signer: Signer) -> None:
    for line, bold in signer.lines:
        _cell_para(cell, line, 14, bold)
    for _ in range(3):
        _cell_para(cell, "", 14)
    _cell_para(cell, signer.name, 14, True)


def tet_plan():  # type: ignore[no-untyped-def]
    """A province's Tết plan, numbered 1. / 1.1. / 1.1.1. (no Roman parts), lunar dates in the text."""
    document = new_document(
        Header(
            left=[("ỦY BAN NHÂN DÂN", True), ("TỈNH QUẢNG TRỊ", True), ("", False)],
            number="Số: 412/KH-UBND",
            date_line="Quảng Trị, ngày 26 tháng 12 năm 2025",
            title=[
                "Tuyên truyền, tổ chức các hoạt động mừng Đảng, mừng Xuân",
                "Bính Ngọ năm 2026 trên địa bàn tỉnh",
            ],
        )
    )
    body(
        document,
        [
            "Căn cứ Hướng dẫn số 215-HD/BTGDVTW ngày 05/12/2025 của Ban Tuyên giáo và Dân vận Trung ương "
            "về tuyên truyền các ngày kỷ niệm, sự kiện lịch sử năm 2026;",
            "Thực hiện Chỉ thị số 45-CT/TU ngày 10/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết "
            "Nguyên đán Bính Ngọ năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền, tổ chức "
            "các hoạt động mừng Đảng, mừng Xuân như sau:",
            "# 1. MỤC ĐÍCH, YÊU CẦU",
            "# 1.1. Mục đích",
            "Tạo không khí vui tươi, phấn khởi trong Nhân dân đón Tết Nguyên đán Bính Ngọ; khơi dậy niềm "
            "tự hào về truyền thống vẻ vang của Đảng, của quê hương Quảng Trị; chăm lo để mọi người, mọi "
            "nhà đều có Tết.",
            "# 1.2. Yêu cầu",
            "Các hoạt động được tổ chức trang trọng, thiết thực, an toàn, tiết kiệm; không phô trương, "
            "lãng phí; bảo đảm an ninh trật tự và an toàn giao thông trước, trong và sau Tết.",
            "# 2. NỘI DUNG TUYÊN TRUYỀN",
            "# 2.1. Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)",
            "Tuyên truyền sâu rộng về sự ra đời của Đảng, những thắng lợi to lớn của cách mạng Việt Nam "
            "dưới sự lãnh đạo của Đảng; kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, "
            "nhiệm kỳ 2025 - 2030.",
            "# 2.2. Tết Nguyên đán Bính Ngọ năm 2026",
            "2.2.1. Giới thiệu phong tục, tập quán tốt đẹp của dân tộc trong dịp Tết cổ truyền: Lễ cúng "
            "ông Công, ông Táo ngày 23 tháng Chạp năm Ất Tỵ (tức ngày 10/02/2026), đêm Giao thừa ngày 29 "
            "tháng Chạp năm Ất Tỵ (tức ngày 16/02/2026), mồng 1 Tết Bính Ngọ (tức ngày 17/02/2026).",
            "2.2.2. Tuyên truyền các quy định về cấm sản xuất, mua bán, tàng trữ, sử dụng pháo nổ; bảo "
            "đảm an toàn thực phẩm, phòng, chống cháy nổ; không uống rượu, bia khi tham gia giao thông.",
            "2.2.3. Tuyên truyền Tết trồng cây đời đời nhớ ơn Bác Hồ, phát động từ ngày mồng 5 tháng "
            "Giêng năm Bính Ngọ (tức ngày 21/02/2026) tại các xã, phường, đặc khu.",
            "# 3. HÌNH THỨC TUYÊN TRUYỀN",
            "# 3.1. Tuyên truyền trực quan",
            "3.1.1. Tại trung tâm hành chính tỉnh: treo cờ Đảng, cờ Tổ quốc, băng rôn, pa-nô trên các "
            "trục đường chính từ ngày 25/01/2026 đến hết ngày 05/3/2026 (tức ngày 17 tháng Giêng năm "
            "Bính Ngọ).",
            "3.1.2. Tại các xã, phường, đặc khu: trang trí tại trụ sở, nhà văn hóa, nơi công cộng; thời "
            "gian treo cờ từ ngày 28 tháng Chạp năm Ất Tỵ đến hết ngày mồng 5 tháng Giêng năm Bính Ngọ.",
            "# 3.2. Tuyên truyền trên phương tiện thông tin đại chúng và hệ thống thông tin cơ sở",
            "Mở chuyên trang, chuyên mục trên Báo và Phát thanh, Truyền hình Quảng Trị, Cổng Thông tin "
            "điện tử tỉnh; phát trên hệ thống loa truyền thanh cơ sở mỗi ngày hai buổi trong tháng "
            "02/2026.",
            "# 4. KHẨU HIỆU TUYÊN TRUYỀN",
            "- Nhiệt liệt chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - "
            "03/02/2026)!",
            "- Đảng Cộng sản Việt Nam quang vinh muôn năm!",
            "- Mừng Đảng quang vinh, mừng Xuân Bính Ngọ 2026!",
            "- Đón Tết Nguyên đán vui tươi, lành mạnh, an toàn, tiết kiệm!",
            "# 5. TỔ CHỨC THỰC HIỆN",
            "# 5.1. Sở Văn hóa, Thể thao và Du lịch",
            "Chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, kiểm tra việc thực hiện Kế "
            "hoạch; cung cấp ma-két pa-nô, khẩu hiệu cho các địa phương trước ngày 10/01/2026; tổ chức "
            "chương trình nghệ thuật chào Xuân đêm Giao thừa. Tổng hợp kết quả, báo cáo Ủy ban nhân dân "
            "tỉnh trước ngày 10/3/2026.",
            "# 5.2. Công an tỉnh",
            "Chủ trì bảo đảm an ninh chính trị, trật tự an toàn xã hội, an toàn giao thông, phòng cháy, "
            "chữa cháy trong dịp Tết; xử lý nghiêm các trường hợp sử dụng pháo nổ trái phép.",
            "# 5.3. Sở Y tế",
            "Bố trí trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết; tăng cường kiểm tra an toàn thực "
            "phẩm từ ngày 15/01/2026 đến ngày 05/3/2026.",
            "# 5.4. Báo và Phát thanh, Truyền hình Quảng Trị",
            'Xây dựng chuyên mục "Mừng Đảng, mừng Xuân", đưa tin thường xuyên về các hoạt động chào '
            "Xuân của tỉnh và các địa phương.",
            "# 5.5. Ủy ban nhân dân các xã, phường, đặc khu",
            "5.5.1. Xây dựng kế hoạch tuyên truyền của địa phương, hoàn thành trong tháng 01/2026.",
            "5.5.2. Trang trí, treo cờ Tổ quốc tại trụ sở, nơi công cộng; vận động Nhân dân treo cờ "
            "từ ngày 28 tháng Chạp năm Ất Tỵ đến hết ngày mồng 5 tháng Giêng năm Bính Ngọ.",
            "5.5.3. Tổ chức thăm hỏi, tặng quà gia đình chính sách, hộ nghèo, hộ cận nghèo trước Tết "
            "Nguyên đán.",
            "5.5.4. Báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) "
            "trước ngày 05/3/2026.",
            "# 5.6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Vận động đoàn viên, hội viên và Nhân dân tham gia các hoạt động mừng Đảng, mừng Xuân; chăm "
            "lo Tết cho người nghèo, người có hoàn cảnh khó khăn./.",
        ],
    )
    closing(
        document,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c);",
            "- TT HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- Ủy ban MTTQ Việt Nam tỉnh;",
            "- Các sở, ban, ngành cấp tỉnh;",
            "- UBND các xã, phường, đặc khu;",
            "- Lưu: VT, KGVX.",
        ],
        [
            Signer(
                [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True)],
                "Hồ Thị Thu Hằng",
            )
        ],
    )
    return document


def so_table_plan():  # type: ignore[no-untyped-def]
    """A Sở's plan whose tasks are a table in the body, with relative deadlines."""
    document = new_document(
        Header(
            left=[
                ("UBND TỈNH ĐỒNG THÁP", False),
                ("SỞ VĂN HÓA, THỂ THAO", True),
                ("VÀ DU LỊCH", True),
            ],
            number="Số: 87/KH-SVHTTDL",
            date_line="Đồng Tháp, ngày 12 tháng 02 năm 2026",
            title=["Thực hiện công tác thông tin cơ sở năm 2026"],
        )
    )
    body(
        document,
        [
            "Căn cứ Nghị định số 49/2024/NĐ-CP ngày 10 tháng 5 năm 2024 của Chính phủ quy định về hoạt "
            "động thông tin cơ sở;",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đồng Tháp "
            "về công tác thông tin, tuyên truyền năm 2026;",
            "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch thực hiện công tác thông tin cơ sở năm "
            "2026 như sau:",
            "# I. MỤC ĐÍCH, YÊU CẦU",
            "1. Đưa thông tin thiết yếu đến người dân kịp thời, chính xác; nâng cao hiệu quả hoạt động "
            "của đài truyền thanh cấp xã, bảng tin công cộng và trang thông tin điện tử cấp xã.",
            "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành từng nhiệm vụ.",
            "# II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    task_table(
        document,
        [
            ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            [
                "1",
                "Rà soát, cập nhật danh sách đài truyền thanh cấp xã, cụm loa, bảng tin công cộng",
                "UBND các xã, phường",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Tháng 3/2026",
            ],
            [
                "2",
                "Tập huấn nghiệp vụ cho người làm công tác thông tin cơ sở",
                "Sở Văn hóa, Thể thao và Du lịch",
                "UBND các xã, phường",
                "Quý II năm 2026",
            ],
            [
                "3",
                "Xây dựng chương trình phát thanh về cải cách hành chính, chuyển đổi số, phát sóng trên "
                "đài truyền thanh cấp xã",
                "UBND các xã, phường",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Hằng tuần",
            ],
            [
                "4",
                "Kiểm tra hoạt động thông tin cơ sở tại một số xã, phường",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Khoa học và Công nghệ; UBND các xã, phường",
                "Quý III năm 2026",
            ],
            [
                "5",
                "Sơ kết, tổng kết công tác thông tin cơ sở",
                "Sở Văn hóa, Thể thao và Du lịch",
                "UBND các xã, phường",
                "Định kỳ 6 tháng",
            ],
            [
                "6",
                "Báo cáo kết quả thực hiện Kế hoạch",
                "UBND các xã, phường",
                "",
                "Trước ngày 15 tháng 11 năm 2026",
            ],
        ],
    )
    body(
        document,
        [
            "# III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Báo chí, Xuất bản và Thông tin cơ sở là đầu mối theo dõi, đôn đốc các cơ quan, "
            "địa phương thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh "
            "trước ngày 30 tháng 11 năm 2026.",
            "2. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách năm 2026 được giao.",
            "3. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo bộ phận phụ trách văn hóa - xã hội triển "
            "khai các nhiệm vụ được phân công tại Mục II; gửi báo cáo kết quả về Sở Văn hóa, Thể thao và "
            "Du lịch trước ngày 15 tháng 11 năm 2026 để tổng hợp./.",
        ],
    )
    closing(
        document,
        [
            "- UBND tỉnh (b/c);",
            "- Bộ Văn hóa, Thể thao và Du lịch (b/c);",
            "- Giám đốc, các Phó Giám đốc Sở;",
            "- UBND các xã, phường;",
            "- Lưu: VT, BCXBTTCS.",
        ],
        [Signer([("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True)], "Nguyễn Thành Tâm")],
    )
    return document


def joint_commune_plan():  # type: ignore[no-untyped-def]
    """A commune's joint plan (UBND and the Front) after 1/7/2025: no district, two signers."""
    document = new_document(
        Header(
            left=[
                ("ỦY BAN NHÂN DÂN XÃ PHÚ HÒA", True),
                ("BAN THƯỜNG TRỰC", True),
                ("ỦY BAN MTTQ VIỆT NAM XÃ PHÚ HÒA", True),
            ],
            number="Số: 02/KHLT-UBND-MTTQ",
            date_line="Phú Hòa, ngày 09 tháng 3 năm 2026",
            kind="KẾ HOẠCH LIÊN TỊCH",
            title=[
                'Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới,',
                'đô thị văn minh" năm 2026',
            ],
        )
    )
    body(
        document,
        [
            "Căn cứ Kế hoạch số 18/KH-MTTQ-BTT ngày 12/02/2026 của Ban Thường trực Ủy ban Mặt trận Tổ "
            'quốc Việt Nam tỉnh Gia Lai về thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông '
            'thôn mới, đô thị văn minh" năm 2026;',
            "Ủy ban nhân dân xã và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã thống nhất ban "
            "hành Kế hoạch liên tịch như sau:",
            "# I. MỤC ĐÍCH, YÊU CẦU",
            "1. Phát huy vai trò của Nhân dân trong xây dựng nông thôn mới nâng cao; giữ vững 19/19 tiêu "
            "chí xã nông thôn mới đã đạt.",
            "2. Phối hợp chặt chẽ giữa chính quyền và Mặt trận trong tuyên truyền, vận động; đánh giá "
            "kết quả gắn với bình xét gia đình văn hóa, thôn văn hóa.",
            "# II. NỘI DUNG",
            "1. Tuyên truyền, vận động",
            'a) Tổ chức ra quân "Ngày Chủ nhật xanh" vào Chủ nhật tuần đầu mỗi tháng tại các thôn, '
            "làng.",
            "b) Phát trên đài truyền thanh xã các tin, bài về gương điển hình trong xây dựng nông thôn "
            "mới, định kỳ hằng tuần.",
            "2. Xây dựng mô hình",
            "a) Mỗi thôn, làng xây dựng ít nhất 01 tuyến đường hoa, đường cây xanh; hoàn thành trong "
            "quý II năm 2026.",
            "b) Vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn trong tháng 4 và "
            "tháng 5 năm 2026.",
            "# III. TỔ CHỨC THỰC HIỆN",
            "1. Ủy ban nhân dân xã",
            "a) Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ "
            "quốc Việt Nam xã hướng dẫn các thôn, làng bình xét gia đình văn hóa; tổng hợp kết quả "
            "trước ngày 15 tháng 11 năm 2026.",
            "b) Giao Phòng Kinh tế chủ trì hướng dẫn kỹ thuật làm đường giao thông nông thôn, đường "
            "hoa; thẩm định khối lượng trước ngày 15 tháng 4 năm 2026.",
            "2. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì vận động Nhân dân, các tổ "
            "chức, cá nhân ủng hộ xây dựng nông thôn mới; giám sát việc huy động, sử dụng các nguồn "
            "đóng góp của Nhân dân, báo cáo định kỳ 6 tháng.",
            "3. Trưởng thôn, làng phối hợp với Ban Công tác Mặt trận thôn, làng tổ chức thực hiện tại "
            "địa bàn; báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày "
            "05 tháng 11 năm 2026./.",
        ],
    )
    closing(
        document,
        [
            "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);",
            "- Thường trực Đảng ủy xã (b/c);",
            "- Thường trực HĐND xã;",
            "- Các thôn, làng;",
            "- Lưu: VT, VHXH, MTTQ.",
        ],
        [
            Signer(
                [
                    ("TM. BAN THƯỜNG TRỰC", True),
                    ("ỦY BAN MTTQ VIỆT NAM XÃ", True),
                    ("CHỦ TỊCH", True),
                ],
                "Rơ Châm H'Lan",
            ),
            Signer([("TM. ỦY BAN NHÂN DÂN", True), ("CHỦ TỊCH", True)], "Nguyễn Văn Phước"),
        ],
    )
    return document


def bold_lead(document, lead: str, rest: str) -> None:  # type: ignore[no-untyped-def]
    """A paragraph opening with a bold run-in heading ("1. Sở Y tế" then plain text)."""
    paragraph = _para(document, "")
    _font(paragraph.add_run(lead), 14, True)
    _font(paragraph.add_run(rest), 14)


def city_livestock_plan():  # type: ignore[no-untyped-def]
    """A city's plan written after the code: parts "Phần I." with "Mục 1.", units as bold run-in
    headings, dates in prose ("trong quý II năm 2026", "tháng 3/2026", "định kỳ 6 tháng"), an
    appendix table after the signature."""
    document = new_document(
        Header(
            left=[("ỦY BAN NHÂN DÂN", True), ("THÀNH PHỐ HUẾ", True)],
            number="Số: 57/KH-UBND",
            date_line="Huế, ngày 20 tháng 02 năm 2026",
            title=["Phòng, chống dịch bệnh động vật trên cạn năm 2026"],
        )
    )
    body(
        document,
        [
            "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
            "Thực hiện Công văn số 412/BNNMT-TY ngày 15/01/2026 của Bộ Nông nghiệp và Môi trường về "
            "phòng, chống dịch bệnh động vật năm 2026, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
            "# Phần I. MỤC ĐÍCH, YÊU CẦU",
            "Chủ động phòng ngừa, phát hiện sớm, khống chế kịp thời các ổ dịch cúm gia cầm, dịch tả lợn "
            "châu Phi, bệnh dại; không để dịch lây lan diện rộng.",
            "# Phần II. NỘI DUNG",
            "# Mục 1. Tiêm phòng",
            "Tổ chức tiêm phòng đợt 1 trong tháng 3/2026 và tháng 4/2026, đợt 2 trong tháng 9/2026; tiêm "
            "bổ sung hằng tháng cho đàn gia súc, gia cầm mới phát sinh.",
            "# Mục 2. Giám sát, báo cáo dịch bệnh",
            "Giám sát chủ động tại các chợ đầu mối, cơ sở giết mổ trong quý II năm 2026; khi phát hiện gia "
            "súc, gia cầm ốm, chết bất thường phải báo cáo ngay trong vòng 24 giờ.",
            "# Phần III. TỔ CHỨC THỰC HIỆN",
        ],
    )
    bold_lead(
        document,
        "1. Sở Nông nghiệp và Môi trường",
        " chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường tổ chức thực hiện Kế "
        "hoạch; cung ứng vắc xin, hóa chất trước ngày 15 tháng 3 năm 2026; tổng hợp, báo cáo Ủy ban nhân "
        "dân thành phố định kỳ 6 tháng (trước ngày 20/6/2026 và trước ngày 20/12/2026).",
    )
    bold_lead(
        document,
        "2. Sở Tài chính",
        " tham mưu bố trí kinh phí mua vắc xin, hóa chất, hỗ trợ tiêu hủy gia súc, gia cầm mắc bệnh.",
    )
    bold_lead(
        document,
        "3. Ủy ban nhân dân các xã, phường",
        " chỉ đạo tổ chức tiêm phòng theo hai đợt đã nêu; thành lập tổ kiểm tra, giám sát dịch bệnh "
        "tại địa phương trong tháng 3/2026; tuyên truyền người chăn nuôi không giấu dịch, không bán chạy "
        "gia súc, gia cầm bệnh; báo cáo kết quả tiêm phòng từng đợt về Sở Nông nghiệp và Môi trường "
        "chậm nhất 10 ngày sau khi kết thúc đợt tiêm.",
    )
    bold_lead(
        document,
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        " và các tổ chức thành viên vận động hội viên, Nhân dân thực hiện tốt công tác phòng, chống dịch "
        "bệnh./.",
    )
    closing(
        document,
        [
            "- Bộ Nông nghiệp và Môi trường (b/c);",
            "- TT Thành ủy, TT HĐND thành phố (b/c);",
            "- CT, các PCT UBND thành phố;",
            "- Các sở, ngành thành phố;",
            "- UBND các xã, phường;",
            "- Lưu: VT, NN.",
        ],
        [
            Signer(
                [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True)],
                "Phan Quý Phương",
            )
        ],
    )
    document.add_page_break()
    _para(document, "PHỤ LỤC", 14, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "LỊCH TIÊM PHÒNG NĂM 2026", 14, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(
        document,
        "(Kèm theo Kế hoạch số 57/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân thành phố Huế)",
        14,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    task_table(
        document,
        [
            ["Đợt", "Đối tượng", "Thời gian"],
            ["1", "Trâu, bò, lợn, chó, mèo, gia cầm", "Tháng 3 - 4/2026"],
            ["2", "Đàn mới phát sinh và đàn chưa tiêm đợt 1", "Tháng 9/2026"],
        ],
    )
    return document


def listed(document, lines: list[str], style: str) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs numbered by Word itself (List Bullet / List Number): the mark is not in the text."""
    for line in lines:
        paragraph = document.add_paragraph(style=style)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _font(paragraph.add_run(line), 14)


def province_summer_plan():  # type: ignore[no-untyped-def]
    """A province's summer plan for children, written before any change for it: parts "Phần thứ
    nhất", "Phần thứ hai" (ordinal words), points as Word's own bullets, "Ủy ban nhân dân cấp xã", a
    recurring date without its year ("trước ngày 15/9 hằng năm"), "từ tháng 6 đến tháng 8 năm 2026"."""
    document = new_document(
        Header(
            left=[("ỦY BAN NHÂN DÂN", True), ("TỈNH AN GIANG", True)],
            number="Số: 233/KH-UBND",
            date_line="An Giang, ngày 08 tháng 5 năm 2026",
            title=["Tổ chức các hoạt động hè năm 2026 cho trẻ em trên địa bàn tỉnh"],
        )
    )
    body(
        document,
        [
            "Thực hiện Chỉ thị số 09/CT-TTg ngày 25/4/2026 của Thủ tướng Chính phủ về tăng cường công "
            "tác bảo vệ, chăm sóc trẻ em trong dịp hè, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            "# Phần thứ nhất",
            "# MỤC ĐÍCH, YÊU CẦU",
        ],
    )
    listed(
        document,
        [
            "Tạo sân chơi lành mạnh, an toàn cho trẻ em trong dịp hè; phòng, chống đuối nước, tai nạn "
            "thương tích.",
            "Các hoạt động tổ chức từ tháng 6 đến tháng 8 năm 2026, phù hợp điều kiện từng địa phương.",
        ],
        "List Bullet",
    )
    body(
        document,
        ["# Phần thứ hai", "# NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa, Thể thao và Du lịch"],
    )
    listed(
        document,
        [
            "Chủ trì, phối hợp với Tỉnh đoàn tổ chức Liên hoan thiếu nhi toàn tỉnh trong tháng 7/2026.",
            "Hướng dẫn Ủy ban nhân dân cấp xã mở lớp dạy bơi an toàn cho trẻ em.",
        ],
        "List Bullet",
    )
    body(document, ["2. Tỉnh đoàn"])
    listed(
        document,
        [
            "Chỉ đạo Đoàn Thanh niên cấp xã tổ chức sinh hoạt hè tại các khu dân cư, ấp, khóm.",
            "Tổng hợp kết quả hoạt động hè, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/9 hằng năm.",
        ],
        "List Bullet",
    )
    body(document, ["3. Ủy ban nhân dân cấp xã"])
    listed(
        document,
        [
            "Bố trí điểm vui chơi, sinh hoạt hè cho trẻ em tại nhà văn hóa ấp, khóm; cắm biển cảnh báo "
            "tại các ao, hồ, sông, kênh nguy hiểm trước ngày 31/5/2026.",
            "Phối hợp với trường học bàn giao học sinh về sinh hoạt hè tại nơi cư trú.",
            "Báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày "
            "05/9/2026.",
        ],
        "List Bullet",
    )
    body(
        document,
        [
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận "
            "động gia đình quản lý, chăm sóc trẻ em trong dịp hè./.",
        ],
    )
    closing(
        document,
        [
            "- Bộ Văn hóa, Thể thao và Du lịch (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các xã, phường, đặc khu;",
            "- Lưu: VT, KGVX.",
        ],
        [
            Signer(
                [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True)],
                "Lê Văn Phước",
            )
        ],
    )
    return document


def to_pdf(docx: Path, pdf: Path) -> None:
    """A text PDF of the .docx through LibreOffice (headless)."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
             "--convert-to", "pdf", "--outdir", work, str(docx)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(Path(work) / (docx.stem + ".pdf"), pdf)


def main() -> int:
    tet_plan().save(CASCADE / "tinh-tet-binh-ngo.docx")
    so_table_plan().save(CASCADE / "so-thong-tin-co-so-bang.docx")
    tet_plan().save(FIELDS / "12_tinh-tet-so-thap-phan.docx")
    joint_commune_plan().save(FIELDS / "13_xa-lien-tich-hai-chu-ky.docx")
    city_livestock_plan().save(CASCADE / "thanhpho-hue-dich-benh.docx")
    province_summer_plan().save(CASCADE / "tinh-he-tre-em.docx")
    province_summer_plan().save(FIELDS / "17_tinh-phan-thu-bullet-word.docx")
    city_livestock_plan().save(FIELDS / "16_thanhpho-phan-muc-dam.docx")
    so_table_plan().save(FIELDS / "14_so-bang-phan-cong.docx")
    if "--no-pdf" not in sys.argv:
        to_pdf(FIELDS / "14_so-bang-phan-cong.docx", FIELDS / "15_so-bang-phan-cong-pdf.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
