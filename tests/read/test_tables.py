"""Tables in the body of a .docx or a markdown text become Section.tables; the lines stay as they were."""

from __future__ import annotations

import io

import docx
import pytest

from conftest import CORPUS, corpus_files, needs_shared
from kehoach.document.model import Table
from kehoach.read import load_bytes, parse, parse_text
from kehoach.read.docx import docx_tables

HEAD = [
    "ỦY BAN NHÂN DÂN",
    "PHƯỜNG LÊ CHÂN",
    "Số: 05/KH-UBND",
    "Lê Chân, ngày 06 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Tổ chức hoạt động tuyên truyền quý I năm 2025",
]
TAIL = [
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội",
    "- Chủ trì, tham mưu.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Nguyễn Văn A",
]
SCHEDULE = [
    ["Thời gian", "Nội dung", "Đơn vị"],
    ["Tháng 1", "Mừng Đảng", "Phòng Văn hóa - Xã hội"],
    ["Tháng 2", "Mừng xuân", "Trung tâm Văn hóa"],
]


def _fill(table, rows: list[list[str]]) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def build(
    rows: list[list[str]] = SCHEDULE,
    bold_header: bool = True,
    before_sections: bool = False,
    nested: bool = False,
    merged: bool = False,
    caption: str | None = None,
) -> bytes:
    document = docx.Document()
    for text in HEAD:
        document.add_paragraph(text)

    def add_table() -> None:
        if caption:
            document.add_paragraph(caption, style="Caption")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        _fill(table, rows)
        if bold_header:
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        if nested:
            _fill(table.cell(1, 1).add_table(rows=1, cols=2), [["x", "y"]])
        if merged:
            table.cell(2, 1).merge(table.cell(2, 2))

    if before_sections:
        add_table()
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Tuyên truyền sâu rộng trong nhân dân.")
    document.add_paragraph("II. NỘI DUNG")
    document.add_paragraph("Lịch tuyên truyền như sau:")
    if not before_sections:
        add_table()
    document.add_paragraph("Các đơn vị chủ động thực hiện.")
    for text in TAIL:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(data: bytes):
    return parse(load_bytes(data, "ke-hoach.docx"))


def test_body_table_becomes_a_table_of_its_section_between_its_paragraphs():
    section = read(build()).sections[1]
    assert section.paragraphs == ["Lịch tuyên truyền như sau:", "Các đơn vị chủ động thực hiện."]
    assert section.tables == [Table(rows=SCHEDULE, header_rows=1, position=1)]


def test_source_lines_still_hold_one_entry_per_cell():
    lines = load_bytes(build(), "ke-hoach.docx").lines
    for row in SCHEDULE:
        for cell in row:
            assert cell in lines
    assert lines.index("Tháng 1") == lines.index("Lịch tuyên truyền như sau:") + 4


def test_a_first_row_not_in_bold_is_not_a_header():
    assert read(build(bold_header=False)).sections[1].tables[0].header_rows == 0


def test_header_and_signature_tables_are_not_body_tables():
    plan = read(build())
    assert [len(s.tables) for s in plan.all_sections()] == [0, 1, 0, 0]
    assert plan.recipients and plan.signature is not None


def test_table_before_section_one_stays_as_preamble_lines():
    plan = read(build(before_sections=True))
    assert not any(s.tables for s in plan.all_sections())
    assert plan.preamble[:3] == ["Thời gian", "Nội dung", "Đơn vị"]


def test_a_table_with_a_table_inside_is_read_as_lines():
    plan = read(build(nested=True))
    assert not any(s.tables for s in plan.all_sections())


def test_merged_cells_keep_the_row_as_wide_as_the_grid():
    table = read(build(merged=True)).sections[1].tables[0]
    assert table.rows[2] == ["Tháng 2", "Mừng xuân\nTrung tâm Văn hóa", ""]


def test_a_caption_paragraph_is_the_tables_caption():
    section = read(build(caption="Bảng 1. Lịch tuyên truyền")).sections[1]
    assert section.tables[0].caption == "Bảng 1. Lịch tuyên truyền"
    assert "Bảng 1. Lịch tuyên truyền" not in section.paragraphs


def test_a_one_cell_frame_stays_text():
    plan = read(build(rows=[["Nội dung đóng khung."]], bold_header=False))
    assert not any(s.tables for s in plan.all_sections())
    assert "Nội dung đóng khung." in plan.sections[1].paragraphs


def test_text_in_a_table_still_counts_for_references():
    rows = [["Căn cứ", "Ghi chú"], ["Kế hoạch số 157/KH-UBND ngày 10/7/2024", "x"]]
    plan = read(build(rows=rows))
    assert any(ref.number == "157" for ref in plan.references)


MARKDOWN = "\n".join(
    [
        *HEAD,
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tuyên truyền sâu rộng trong nhân dân.",
        "II. NỘI DUNG",
        "Lịch tuyên truyền như sau:",
        "",
        "| Thời gian | Nội dung | Đơn vị |",
        "|---|:---:|---|",
        "| Tháng 1 | **Mừng Đảng** | Phòng Văn hóa - Xã hội |",
        "| Tháng 2 | Mừng xuân<br>Mừng thọ | Trung tâm Văn hóa |",
        "",
        "Các đơn vị chủ động thực hiện.",
        *TAIL,
    ]
)


def test_markdown_pipe_table_becomes_a_table():
    section = parse_text(MARKDOWN, "ke-hoach.md").sections[1]
    assert section.tables == [
        Table(
            rows=[
                ["Thời gian", "Nội dung", "Đơn vị"],
                ["Tháng 1", "Mừng Đảng", "Phòng Văn hóa - Xã hội"],
                ["Tháng 2", "Mừng xuân\nMừng thọ", "Trung tâm Văn hóa"],
            ],
            position=1,
        )
    ]
    assert section.paragraphs == ["Lịch tuyên truyền như sau:", "Các đơn vị chủ động thực hiện."]


def test_pipes_without_a_rule_row_are_not_a_table():
    text = MARKDOWN.replace("|---|:---:|---|\n", "")
    assert not parse_text(text, "ke-hoach.md").sections[1].tables


CORPUS_DOCX = corpus_files("docx")


@pytest.mark.corpus
@pytest.mark.parametrize("path", CORPUS_DOCX, ids=[p.stem[:40] for p in CORPUS_DOCX])
def test_corpus_appendix_tables_are_not_taken_into_the_body(path):
    # The corpus's data tables (Phụ lục after the signature) lie outside the body.
    plan = parse(load_bytes(path.read_bytes(), path.name))
    assert not any(s.tables for s in plan.all_sections())


@needs_shared(CORPUS / "docx")
def test_corpus_appendix_table_is_read_with_its_rows_and_header():
    path = next(p for p in CORPUS_DOCX if p.name.startswith("KH-UBND-trien-khai-Chi-thi-11"))
    table = max(docx_tables(path.read_bytes(), path.name), key=lambda span: len(span.rows))
    assert table.rows[0][:3] == ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu"]
    assert len(table.rows) == 16 and all(len(row) == 6 for row in table.rows)
    assert table.header_rows >= 1
