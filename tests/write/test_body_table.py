"""Body tables in the rendered .docx: borders, Times New Roman, a bold header, widths that fill the text."""

from __future__ import annotations

import pytest
from docx_xml import NS, Package, attr

from conftest import SEEDS
from kehoach.document.model import Section, Table
from kehoach.read import load_bytes, parse
from kehoach.write.body_table import column_widths
from kehoach.write.docx import render_docx
from kehoach.write.header import resolve
from kehoach.write.layout import profile

FIGURES = Table(
    rows=[
        ["TT", "Đơn vị", "Buổi phát thanh (buổi)", "Lượt người tham dự (lượt)"],
        ["1", "Phòng Văn hóa - Xã hội", "12", "1.500"],
        ["2", "Trung tâm Văn hóa - Thể thao", "3", "0"],
        ["", "Tổng cộng", "15", "1.500"],
    ],
    caption="Bảng 1. Số liệu tổng hợp",
)


@pytest.fixture(scope="module")
def plan():
    seed = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    seed.sections[0].tables.append(FIGURES)
    return seed


@pytest.fixture(scope="module")
def rendered(plan):
    return render_docx(plan)


@pytest.fixture(scope="module")
def table(rendered):
    tables = Package.of(rendered).document.findall("w:body/w:tbl", NS)
    # The header table comes first, the Nơi nhận/signature table last; ours is between.
    assert len(tables) == 3
    return tables[1]


def test_table_has_single_borders_on_every_side_and_inside(table):
    borders = table.find("w:tblPr/w:tblBorders", NS)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        assert attr(borders.find(f"w:{side}", NS), "val") == "single", side


def test_every_cell_run_names_times_new_roman_in_all_four_slots(table):
    runs = table.findall(".//w:r", NS)
    assert runs
    for run in runs:
        fonts = run.find("w:rPr/w:rFonts", NS)
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert attr(fonts, slot) == "Times New Roman", slot


def test_cells_are_one_point_below_the_body_text(table):
    sizes = {attr(sz, "val") for sz in table.findall(".//w:rPr/w:sz", NS)}
    assert sizes == {str(profile("13/14").body - 2)}  # 13 pt cells in a 14 pt body


def test_header_row_is_bold_repeated_on_each_page_and_the_rest_is_not(table):
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(run.find("w:rPr/w:b", NS) is not None for run in rows[0].iter(f"{{{NS['w']}}}r"))
    for row in rows[1:]:
        assert row.find("w:trPr/w:tblHeader", NS) is None
        assert all(run.find("w:rPr/w:b", NS) is None for run in row.iter(f"{{{NS['w']}}}r"))


def test_table_is_as_wide_as_the_text_and_its_columns_add_up(table, plan):
    text_width = resolve(plan, None).margins.text_width
    assert attr(table.find("w:tblPr/w:tblW", NS), "w") == str(text_width)
    grid = [int(attr(col, "w")) for col in table.findall("w:tblGrid/w:gridCol", NS)]
    assert sum(grid) == text_width


def test_the_unit_column_is_wider_than_a_number_column():
    widths = column_widths(FIGURES, 26, 9355)
    assert widths[1] > widths[2] and widths[1] > widths[0]


def test_columns_fit_even_when_the_text_is_too_long_for_the_page():
    long = Table(rows=[["Nội dung " * 40, "Đơn vị thực hiện " * 20], ["a", "b"]])
    widths = column_widths(long, 26, 9355)
    assert sum(widths) == 9355 and min(widths) > 0


def test_caption_is_a_centred_bold_paragraph_in_the_caption_style_just_before(table):
    caption = table.getprevious()
    assert attr(caption.find("w:pPr/w:pStyle", NS), "val") == "Caption"
    assert attr(caption.find("w:pPr/w:jc", NS), "val") == "center"
    assert caption.find(".//w:rPr/w:b", NS) is not None
    assert "".join(caption.itertext()) == "Bảng 1. Số liệu tổng hợp"


def test_a_cell_of_two_lines_is_two_paragraphs():
    plan = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    plan.sections[0].tables.append(Table(rows=[["Đơn vị", "Ghi chú"], ["A", "dòng một\ndòng hai"]]))
    body_tables = Package.of(render_docx(plan)).document.findall("w:body/w:tbl", NS)
    cell = body_tables[1].findall("w:tr", NS)[1].findall("w:tc", NS)[1]
    assert ["".join(p.itertext()) for p in cell.findall("w:p", NS)] == ["dòng một", "dòng hai"]


def test_a_short_row_is_padded_to_the_full_width():
    plan = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    plan.sections[0].tables.append(Table(rows=[["a", "b", "c"], ["d"]]))
    body_tables = Package.of(render_docx(plan)).document.findall("w:body/w:tbl", NS)
    assert [len(row.findall("w:tc", NS)) for row in body_tables[1].findall("w:tr", NS)] == [3, 3]


def test_table_stands_between_the_paragraphs_its_position_names():
    section = Section("I", "MỤC ĐÍCH", ["Đoạn một.", "Đoạn hai."])
    section.tables.append(Table(rows=[["a", "b"], ["c", "d"]], position=1))
    blocks = section.blocks()
    assert blocks[0] == "Đoạn một." and isinstance(blocks[1], Table) and blocks[2] == "Đoạn hai."


def test_end_marker_goes_on_the_last_paragraph_not_into_a_closing_table():
    plan = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    plan.closing = []
    last = plan.sections[-1]
    while last.children:
        last = last.children[-1]
    last.tables.append(Table(rows=[["a", "b"], ["c", "d"]]))
    document = Package.of(render_docx(plan)).document
    table = document.findall("w:body/w:tbl", NS)[1]
    assert not any(text.endswith("./.") for text in table.itertext())
    paragraph = table.getprevious()
    assert "".join(paragraph.itertext()).endswith("./.")
