"""Deadlines named by the lunar calendar, read against the plan's date (Tết Bính Ngọ is 17/02/2026)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.read import parse_text
from kehoach.read.lunar_deadlines import lunar_deadline

PLAN_DAY = date(2025, 12, 26)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tặng quà hộ nghèo trước Tết Nguyên đán.", date(2026, 2, 16)),
        ("Hoàn thành trước Tết Nguyên đán Bính Ngọ.", date(2026, 2, 16)),
        ("Tổ chức hội thi xong trước Rằm tháng Giêng.", date(2026, 3, 2)),
        ("Trang trí trước ngày 23 tháng Chạp năm Ất Tỵ.", date(2026, 2, 10)),
        ("Treo cờ đến hết ngày mồng 5 tháng Giêng năm Bính Ngọ.", date(2026, 2, 21)),
        ("Vui chơi trước Tết Trung thu.", date(2026, 9, 24)),
    ],
)
def test_a_lunar_feast_or_day_dates_a_duty(text: str, due: date) -> None:
    assert lunar_deadline(text, PLAN_DAY) == due


def test_the_next_tet_after_the_plans_day_when_the_year_is_not_named() -> None:
    assert lunar_deadline("Tặng quà trước Tết Nguyên đán.", date(2026, 3, 1)) == date(2027, 2, 5)


def test_tet_trong_cay_is_no_lunar_new_year() -> None:
    assert lunar_deadline("Phát động trước Tết trồng cây.", PLAN_DAY) is None


def test_the_reader_dates_an_assignment_by_its_feast() -> None:
    plan = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 412/KH-UBND\nQuảng Trị, ngày 26 tháng 12 năm 2025\n"
        "KẾ HOẠCH\nMừng Đảng, mừng Xuân năm 2026\nI. MỤC ĐÍCH\nVui tươi.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: tăng cường kiểm tra an toàn thực phẩm trước Tết Nguyên đán.\n"
    )
    assert plan.assignments[0].deadline == date(2026, 2, 16)
