"""The result report (BC) built from accepted unit reports renders and reads back as a BC document."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SEEDS
from kehoach.document.serialise import plan_to_dict
from kehoach.read import load_bytes, parse
from kehoach.rollup import (
    FigureSpec,
    Outstanding,
    UnitResult,
    build_result_report,
    figures_table,
    figures_table_rows,
    totals,
)
from kehoach.write.docx import render_docx, with_end_marker
from kehoach.write.pdf import docx_to_pdf

SPECS = [
    FigureSpec("phat_thanh", "Buổi phát thanh", "buổi"),
    FigureSpec("bang_ron", "Băng rôn, pa-nô", "cái"),
    FigureSpec("luot_nguoi", "Lượt người tham dự", "lượt"),
]
RESULTS = [
    UnitResult(
        "Phòng Văn hóa - Xã hội", {"phat_thanh": 12, "luot_nguoi": 1500}, ["Đã phát thanh."]
    ),
    UnitResult("Trung tâm Văn hóa - Thể thao", {"phat_thanh": 3, "bang_ron": 20}),
    UnitResult("Công an phường", no_activity=True),
]


@pytest.fixture(scope="module")
def issued_plan():
    plan = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    plan.number, plan.symbol, plan.date = "05", "KH-UBND", date(2025, 1, 6)
    return plan


def test_totals_add_each_figure_over_units():
    assert totals(RESULTS, SPECS) == {"phat_thanh": 15, "bang_ron": 20, "luot_nguoi": 1500}


def test_figures_table_has_a_row_per_unit_and_a_total():
    rows = figures_table_rows(RESULTS, SPECS)
    assert rows[0] == ["Đơn vị", "Buổi phát thanh", "Băng rôn, pa-nô", "Lượt người tham dự"]
    assert rows[-1] == ["Tổng cộng", "15", "20", "1500"]
    assert len(rows) == len(RESULTS) + 2


def test_report_is_a_bc_citing_the_plan(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    assert report.doc_type == "BC"
    assert report.symbol == "BC-UBND"
    assert report.bases[0].number == "05" and report.bases[0].symbol == "KH-UBND"
    assert "Kế hoạch số 05/KH-UBND ngày 06/01/2025" in report.title


def test_report_lists_outstanding_tasks_with_deadlines(issued_plan):
    late = [Outstanding("Trung tâm Văn hóa - Thể thao", "Tổ chức hội nghị", date(2025, 3, 1))]
    report = build_result_report(issued_plan, SPECS, RESULTS, late, today=date(2025, 3, 10))
    outstanding = report.sections[1].paragraphs
    assert outstanding == [
        "- Trung tâm Văn hóa - Thể thao: Tổ chức hội nghị (chưa báo cáo, hạn 01/03/2025)."
    ]


def test_unit_without_activity_is_written_as_khong_phat_sinh(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    units = report.sections[0].children[1].paragraphs
    assert "- Công an phường: không phát sinh." in units
    assert (
        "- Phòng Văn hóa - Xã hội: Buổi phát thanh: 12 buổi; Lượt người tham dự: 1.500 lượt."
        in units
    )


def test_rendered_report_reads_back_as_bc(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    read = parse(load_bytes(render_docx(report), "bao-cao.docx"))
    assert read.doc_type == "BC"
    assert read.date == date(2025, 3, 10)
    assert [s.title for s in read.sections][:2] == [
        "KẾT QUẢ THỰC HIỆN",
        "NHỮNG NHIỆM VỤ CHƯA HOÀN THÀNH",
    ]
    assert any(ref.number == "05" for ref in read.references)


def test_figures_table_has_tt_unit_and_a_column_per_figure_with_its_measure():
    table = figures_table(RESULTS, SPECS)
    assert table.header_rows == 1
    assert table.rows[0] == [
        "TT",
        "Đơn vị",
        "Buổi phát thanh (buổi)",
        "Băng rôn, pa-nô (cái)",
        "Lượt người tham dự (lượt)",
    ]
    assert table.rows[1] == ["1", "Phòng Văn hóa - Xã hội", "12", "0", "1.500"]
    assert table.rows[3] == ["3", "Công an phường", "0", "0", "0"]


def test_figures_table_ends_with_the_totals():
    assert figures_table(RESULTS, SPECS).rows[-1] == ["", "Tổng cộng", "15", "20", "1.500"]


def test_report_puts_the_figures_table_in_section_one_one(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    figures = report.sections[0].children[0]
    assert figures.title == "Số liệu tổng hợp"
    assert figures.paragraphs == []
    assert figures.tables == [figures_table(RESULTS, SPECS)]


def test_report_without_figures_says_so_instead_of_an_empty_table(issued_plan):
    report = build_result_report(issued_plan, [], RESULTS, [], today=date(2025, 3, 10))
    figures = report.sections[0].children[0]
    assert figures.tables == []
    assert figures.paragraphs == ["Kế hoạch không yêu cầu báo cáo số liệu."]


def test_figures_table_survives_the_docx_round_trip(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    read = parse(load_bytes(render_docx(report), "bc.docx"))
    assert read.sections[0].children[0].tables == [figures_table(RESULTS, SPECS)]
    assert read.sections[0].children[0].tables[0].rows[-1][2] == "15"


@pytest.mark.slow
def test_bc_with_its_figures_table_renders_to_pdf_and_reads_back_as_bc(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    pdf = docx_to_pdf(render_docx(report))
    source = load_bytes(pdf, "bao-cao.pdf")
    assert parse(source).doc_type == "BC"
    # The PDF's text layer has no table structure: each row of the table is one line, in order.
    rows = [line for line in source.lines if line.startswith(("1 ", "2 ", "3 ", "Tổng cộng"))]
    assert rows == [
        "1 Phòng Văn hóa - Xã hội 12 0 1.500",
        "2 Trung tâm Văn hóa - Thể thao 3 20 0",
        "3 Công an phường 0 0 0",
        "Tổng cộng 15 20 1.500",
    ]


def test_rendered_report_reads_back_field_by_field(issued_plan):
    late = [Outstanding("Trung tâm Văn hóa - Thể thao", "Tổ chức hội nghị", date(2025, 3, 1))]
    report = build_result_report(issued_plan, SPECS, RESULTS, late, today=date(2025, 3, 10))
    read = parse(load_bytes(render_docx(report), "bao-cao.docx"))
    expected = plan_to_dict(with_end_marker(report))
    actual = plan_to_dict(read)
    for field in ("doc_type", "symbol", "date", "title", "sections", "closing", "preamble"):
        assert actual[field] == expected[field], field
    assert [r.key for r in read.references] == [r.key for r in report.references]
