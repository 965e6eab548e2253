"""The result report (BC) built from accepted unit reports renders and reads back as a BC document."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SEEDS
from kehoach.read import load_bytes, parse
from kehoach.rollup import (
    FigureSpec,
    Outstanding,
    UnitResult,
    build_result_report,
    figures_table_rows,
    totals,
)
from kehoach.write.docx import render_docx

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


def test_overall_figures_survive_the_text_round_trip(issued_plan):
    report = build_result_report(issued_plan, SPECS, RESULTS, [], today=date(2025, 3, 10))
    text = "\n".join(
        parse(load_bytes(render_docx(report), "bc.docx")).sections[0].children[0].paragraphs
    )
    assert "- Buổi phát thanh: 15 buổi." in text
    assert "- Băng rôn, pa-nô: 20 cái." in text
