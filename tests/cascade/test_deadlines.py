"""Deadlines: found in duties, moved earlier by working days."""

from __future__ import annotations

from datetime import date

from kehoach.cascade.deadlines import (
    Shift,
    find_deadlines,
    rewrite_deadlines,
    working_days_before,
)


def test_report_before_a_day_is_a_deadline() -> None:
    found = find_deadlines("Báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12/2025.")
    assert [d.value for d in found] == [date(2025, 12, 15)]


def test_month_is_a_deadline_ending_on_its_last_day() -> None:
    found = find_deadlines(
        "gửi về Ủy ban nhân dân quận (qua phòng Nội vụ) trong tháng 07 năm 2024."
    )
    assert [(d.value, d.period) for d in found] == [(date(2024, 7, 31), True)]


def test_anniversary_dates_are_not_deadlines() -> None:
    assert find_deadlines("Kỷ niệm 70 năm Ngày Giải phóng Hải Phòng (13/5/1955 - 13/5/2025)") == []


def test_date_without_a_sending_verb_is_not_a_deadline() -> None:
    assert find_deadlines("Phong trào thi đua được triển khai từ nay đến hết ngày 13/5/2025.") == []


def test_working_days_skip_the_weekend() -> None:
    # Monday 15/12/2025 minus 5 working days is Monday 08/12/2025
    assert working_days_before(date(2025, 12, 15), 5) == date(2025, 12, 8)
    # a Saturday deadline counts from the Friday before
    assert working_days_before(date(2026, 6, 20), 1) == date(2026, 6, 18)


def test_working_days_skip_fixed_holidays() -> None:
    # 02/9/2025 is Quốc khánh: one working day before 03/9 is 01/9
    assert working_days_before(date(2025, 9, 3), 1) == date(2025, 9, 1)


def test_rewrite_puts_our_earlier_date_in_the_text() -> None:
    text, shifts = rewrite_deadlines("Báo cáo kết quả trước ngày 15/12/2025.", 5)
    assert text == "Báo cáo kết quả trước ngày 08/12/2025."
    assert shifts == [Shift(date(2025, 12, 15), date(2025, 12, 8))]


def test_rewrite_turns_a_month_into_a_day() -> None:
    text, _ = rewrite_deadlines("Xây dựng Kế hoạch gửi về quận trong tháng 07 năm 2024.", 5)
    assert text == "Xây dựng Kế hoạch gửi về quận trước ngày 24/07/2024."


def test_rewrite_keeps_the_word_ngay_of_a_long_date() -> None:
    text, _ = rewrite_deadlines("Tổng hợp báo cáo chậm nhất ngày 20 tháng 6 năm 2026.", 5)
    assert text == "Tổng hợp báo cáo chậm nhất ngày 12/06/2026."


def test_yearly_deadline_stays_yearly() -> None:
    # 15/11/2026 is a Sunday: Friday 13/11, then five working days earlier
    text, shifts = rewrite_deadlines(
        "Định kỳ báo cáo kết quả hằng năm (trước ngày 15 tháng 11) để tổng hợp.", 5, 2026
    )
    assert text == "Định kỳ báo cáo kết quả hằng năm (trước ngày 06 tháng 11) để tổng hợp."
    assert shifts == [Shift(date(2026, 11, 15), date(2026, 11, 6), recurring=True)]


def test_yearly_deadline_needs_the_plan_year() -> None:
    assert find_deadlines("báo cáo trước ngày 15/11 hằng năm") == []
    assert [d.recurring for d in find_deadlines("báo cáo trước ngày 15/11 hằng năm", 2026)] == [
        True
    ]
