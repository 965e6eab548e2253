"""Targets, totals and tables of a result report: blank stays blank, % đạt only against a target."""

from __future__ import annotations

from kehoach.report.figures import (
    FigureSpec,
    UnitResult,
    figure_phrase,
    percent,
    targets_table,
    totals,
    unit_table,
)

SPECS = [
    FigureSpec("phat_thanh", "Buổi phát thanh", "buổi", target=40),
    FigureSpec("bang_ron", "Băng rôn, pa-nô", "cái"),
    FigureSpec("luot_nguoi", "Lượt người tham dự", "lượt", units=("Phòng Văn hóa - Xã hội",)),
]
RESULTS = [
    UnitResult("Phòng Văn hóa - Xã hội", {"phat_thanh": 12, "luot_nguoi": 1500}),
    UnitResult("Trung tâm Văn hóa - Thể thao", {"phat_thanh": 3, "bang_ron": 0}),
    UnitResult("Công an phường", no_activity=True),
]


def test_totals_leave_unreported_figures_blank():
    assert totals(RESULTS, SPECS) == {"phat_thanh": 15, "bang_ron": 0, "luot_nguoi": 1500}
    assert totals([RESULTS[2]], SPECS) == {"phat_thanh": None, "bang_ron": None, "luot_nguoi": None}


def test_percent_against_the_target_only():
    assert percent(15, 40) == "37,5"
    assert percent(40, 40) == "100"
    assert percent(15, None) == "" and percent(None, 40) == ""


def test_targets_table_has_target_done_and_percent():
    table = targets_table(RESULTS, SPECS)
    assert table.rows[0] == [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch",
        "Thực hiện",
        "Tỷ lệ đạt (%)",
    ]
    assert table.rows[1] == ["1", "Buổi phát thanh", "buổi", "40", "15", "37,5"]
    assert table.rows[2] == ["2", "Băng rôn, pa-nô", "cái", "", "0", ""]


def test_unit_table_shows_only_the_indicators_of_each_unit():
    rows = unit_table(RESULTS, SPECS).rows
    assert rows[1] == ["1", "Phòng Văn hóa - Xã hội", "12", "", "1.500"]
    assert rows[2] == ["2", "Trung tâm Văn hóa - Thể thao", "3", "0", ""]
    assert len(rows) == 4  # "Công an phường" answered "không phát sinh": no row of blanks
    assert rows[-1] == ["", "Tổng cộng", "15", "0", "1.500"]


def test_figure_phrases_do_not_repeat_the_counting_word():
    assert figure_phrase(SPECS[0], 12) == "12 buổi phát thanh"
    assert figure_phrase(SPECS[2], 1500) == "1.500 lượt người tham dự"
    assert figure_phrase(FigureSpec("hn", "Hội nghị", "cuộc"), 3) == "3 cuộc hội nghị"
