"""Periods read from titles, kept apart, and the date rule of a result report."""

from __future__ import annotations

from datetime import date

from kehoach.report.periods import (
    HALF,
    MONTH,
    QUARTER,
    YEAR,
    Period,
    date_problem,
    from_code,
    period_ending_before,
    period_in,
)


def test_quarter_is_read_before_the_year_it_names():
    period = period_in("Tổ chức các hoạt động tuyên truyền quý I năm 2024")
    assert period == Period(2024, QUARTER, 1)
    assert (period.start, period.end) == (date(2024, 1, 1), date(2024, 3, 31))


def test_half_month_and_year_shapes():
    assert period_in("Báo cáo 6 tháng đầu năm 2025") == Period(2025, HALF, 1)
    assert period_in("tuyên truyền tháng 10/2025").end == date(2025, 10, 31)
    assert period_in("Kế hoạch công tác thi đua năm 2026") == Period(2026, YEAR)
    assert period_in("Kế hoạch tuyên truyền") is None


def test_a_quarter_is_inside_its_year_but_not_the_same_period():
    year, quarter = Period(2024, YEAR), Period(2024, QUARTER, 1)
    assert year.contains(quarter) and not quarter.contains(year)
    assert quarter.code != year.code and from_code(quarter.code) == quarter


def test_labels_are_written_as_reports_write_them():
    assert Period(2024, QUARTER, 4).label == "quý IV năm 2024"
    assert Period(2024, HALF, 2).label == "6 tháng cuối năm 2024"
    assert Period(2025, MONTH, 3).short == "Tháng 3/2025"


def test_last_ended_period():
    assert period_ending_before(date(2025, 4, 5), QUARTER) == Period(2025, QUARTER, 1)
    assert period_ending_before(date(2025, 1, 2), YEAR) == Period(2024, YEAR)


def test_report_dated_before_the_end_must_say_it_is_estimated():
    q1 = Period(2024, QUARTER, 1)
    problem = date_problem(q1, date(2024, 3, 10), "Kết quả thực hiện quý I")
    assert problem and "31/03/2024" in problem and "ước thực hiện" in problem
    assert date_problem(q1, date(2024, 3, 10), "số liệu ước thực hiện đến hết quý") is None
    assert date_problem(q1, date(2024, 4, 2), "Kết quả") is None


def test_bad_codes_are_not_periods():
    assert from_code("2024-quy-5") is None and from_code("x") is None
