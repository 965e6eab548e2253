"""Deadlines: found in duties, moved earlier by working days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cascade_helpers import hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.deadlines import (
    Shift,
    find_deadlines,
    is_working_day,
    lunar_acting_date,
    lunar_holidays,
    rewrite_deadlines,
    working_days_before,
)
from kehoach.read import read_plan

PLANS = Path(__file__).parent / "plans"


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


def test_deadline_just_after_tet_2025_moves_before_the_holiday() -> None:
    # Tết Ất Tỵ is 29/01/2025: 28/01 (29 tháng Chạp) to 01/02 (mùng 4) are holidays, so one working
    # day before Monday 03/02/2025 is Monday 27/01/2025, not Friday 31/01 (mùng 3)
    assert working_days_before(date(2025, 2, 3), 1) == date(2025, 1, 27)


def test_no_day_of_tet_2025_is_a_working_day() -> None:
    tet = [date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31)]
    assert [is_working_day(day) for day in tet] == [False] * 4
    # the day before the eve and the Monday after mùng 4 are working days
    assert is_working_day(date(2025, 1, 27)) and is_working_day(date(2025, 2, 3))


def test_tet_eve_is_30_thang_chap_in_a_long_month() -> None:
    # Tết 2026 is 17/02/2026 (Tuesday); tháng Chạp Ất Tỵ has 30 days, its last day 16/02 is the eve
    assert lunar_holidays(2026) >= {date(2026, 2, 16), date(2026, 2, 20)}
    assert is_working_day(date(2026, 2, 13)) and is_working_day(date(2026, 2, 23))
    assert working_days_before(date(2026, 2, 23), 1) == date(2026, 2, 13)


def test_rewrite_of_a_deadline_after_tet_lands_before_it() -> None:
    text, shifts = rewrite_deadlines("Báo cáo kết quả trước ngày 05/02/2025.", 5)
    # 05/02 -> 04/02, 03/02, then back over Tết: 27/01, 24/01, 23/01
    assert text == "Báo cáo kết quả trước ngày 23/01/2025."
    assert shifts == [Shift(date(2025, 2, 5), date(2025, 1, 23))]


def test_gio_to_hung_vuong_is_not_a_working_day() -> None:
    # 10/3 Ất Tỵ is Monday 07/04/2025: one working day before Tuesday 08/04 is Friday 04/04
    assert not is_working_day(date(2025, 4, 7))
    assert working_days_before(date(2025, 4, 8), 1) == date(2025, 4, 4)


def test_years_outside_the_lunar_calendar_skip_only_solar_holidays() -> None:
    assert lunar_holidays(1800) == frozenset()
    assert working_days_before(date(1800, 1, 3), 1) == date(1800, 1, 2)


def test_a_duty_dated_by_a_lunar_feast_is_due_before_the_feast_in_the_draft() -> None:
    draft = cascade(read_plan(PLANS / "tinh-tet-binh-ngo.docx"), hai_phong())
    gifts = next(a for a in draft.assignments if a.text.startswith("Tổ chức thăm hỏi, tặng quà"))
    assert gifts.deadline == date(2026, 2, 16)  # Tết Bính Ngọ is 17/02/2026


def test_a_lunar_date_to_act_by_is_read_from_the_upper_plans_date() -> None:
    text = "Treo cờ Tổ quốc đến hết ngày mồng 5 tháng Giêng năm Bính Ngọ."
    assert lunar_acting_date(text, date(2025, 12, 26), 2025) == date(2026, 2, 21)
