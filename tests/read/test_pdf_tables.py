"""Ruled tables of a PDF's text layer read as tables: our Sở's plan exported by LibreOffice
(tests/fixtures/fields/15_…pdf, `scripts/make_own_plans.py`), its task table over two pages."""

from __future__ import annotations

from conftest import FIXTURES
from kehoach.read import read_plan
from kehoach.read.pdf import pdf_lines
from kehoach.read.pdf_tables import Part, assemble

PDF = FIXTURES / "fields" / "15_so-bang-phan-cong-pdf.pdf"


def test_a_ruled_table_over_two_pages_is_one_table_of_its_rows() -> None:
    table = read_plan(PDF).sections[1].tables[0]
    assert table.rows[0] == ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "3", "4", "5", "6"]


def test_a_rows_rest_on_the_next_page_goes_on_that_row() -> None:
    row = read_plan(PDF).sections[1].tables[0].rows[3]
    assert row[1].endswith("phát sóng trên đài truyền thanh cấp xã")


def test_the_text_around_the_table_keeps_its_order() -> None:
    lines = [line for line in pdf_lines(PDF.read_bytes(), PDF.name) if line.strip()]
    table = next(i for i, line in enumerate(lines) if line.startswith("| TT |"))
    assert lines[table - 1] == "II. NHIỆM VỤ CỤ THỂ"
    assert lines[table + 8] == "III. TỔ CHỨC THỰC HIỆN"


def test_a_repeated_header_row_on_the_next_page_is_dropped() -> None:
    header = ["TT", "Nội dung"]
    pages = [
        [Part(["Phụ lục"]), Part(rows=[header, ["1", "Treo cờ"]]), Part(["2"])],
        [Part([""]), Part(rows=[header, ["2", "Phát thanh"]]), Part(["Nơi nhận:"])],
    ]
    assert assemble(pages) == [
        "Phụ lục",
        "",
        "| TT | Nội dung |",
        "|---|---|",
        "| 1 | Treo cờ |",
        "| 2 | Phát thanh |",
        "",
        "Nơi nhận:",
    ]


def test_a_table_after_text_on_the_next_page_is_another_table() -> None:
    header = ["TT", "Nội dung"]
    pages = [
        [Part(rows=[header, ["1", "Treo cờ"]])],
        [Part(["Phụ lục II"]), Part(rows=[header, ["1", "Họp"]])],
    ]
    assert sum(line.startswith("|---") for line in assemble(pages)) == 2
