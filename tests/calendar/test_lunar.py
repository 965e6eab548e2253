"""The Vietnamese lunar calendar against published vectors, round trips and the VN/CN differences."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from kehoach.calendar.lunar import (
    LunarDate,
    day_name,
    last_day,
    leap_month,
    lunar_to_solar,
    month_label,
    month_length,
    month_name,
    solar_to_lunar,
    year_name,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(name: str) -> list[dict[str, str]]:
    with open(FIXTURES / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


VECTORS = _rows("lunar-vectors.tsv")
EXTRA = _rows("lunar-vectors-extra.tsv")


def _solar(text: str) -> date:
    day, month, year = map(int, text.split("/"))
    return date(year, month, day)


@pytest.mark.parametrize("row", VECTORS, ids=[r["solar"] for r in VECTORS])
def test_solar_to_lunar_matches_the_reference_vector(row: dict[str, str]) -> None:
    solar = _solar(row["solar"])
    expected = LunarDate(
        int(row["lunar_year"]), int(row["lunar_month"]), int(row["lunar_day"]), row["leap"] == "1"
    )
    assert solar_to_lunar(solar) == expected


@pytest.mark.parametrize("row", VECTORS, ids=[r["solar"] for r in VECTORS])
def test_can_chi_of_year_month_and_day_match_the_reference_vector(row: dict[str, str]) -> None:
    solar = _solar(row["solar"])
    lunar = solar_to_lunar(solar)
    names = (year_name(lunar.year), month_name(lunar.year, lunar.month), day_name(solar))
    assert names == (row["year_canchi"], row["month_canchi"], row["day_canchi"])


@pytest.mark.parametrize("row", VECTORS, ids=[r["solar"] for r in VECTORS])
def test_lunar_to_solar_matches_the_reference_vector(row: dict[str, str]) -> None:
    solar = lunar_to_solar(
        int(row["lunar_year"]), int(row["lunar_month"]), int(row["lunar_day"]), row["leap"] == "1"
    )
    assert solar == _solar(row["solar"])


def test_every_extra_vector_converts_both_ways() -> None:
    wrong = []
    for row in EXTRA:
        solar = date.fromisoformat(row["solar"])
        expected = LunarDate(
            int(row["lunar_year"]),
            int(row["lunar_month"]),
            int(row["lunar_day"]),
            row["leap"] == "1",
        )
        lunar = solar_to_lunar(solar)
        back = lunar_to_solar(expected.year, expected.month, expected.day, expected.leap)
        if lunar != expected or back != solar or year_name(lunar.year) != row["year_name"]:
            wrong.append((row["solar"], lunar, back))
    assert len(EXTRA) > 250
    assert wrong == []


def test_every_day_1900_to_2199_round_trips_through_the_lunar_date() -> None:
    day, end = date(1900, 1, 1), last_day()
    previous: LunarDate | None = None
    failures = []
    while day <= end:
        lunar = solar_to_lunar(day)
        if (
            lunar.year >= 1900
            and lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap) != day
        ):
            failures.append(day)
        if previous is not None and lunar.day != previous.day + 1 and lunar.day != 1:
            failures.append(day)
        if (
            lunar.day > 30
            or lunar.day == 1
            and previous is not None
            and previous.day not in (29, 30)
        ):
            failures.append(day)
        previous = lunar
        day += timedelta(days=1)
    assert failures == []


def test_every_lunar_day_1900_to_2199_round_trips_through_the_solar_date() -> None:
    failures = []
    previous = None
    for year in range(1900, 2200):
        leap = leap_month(year)
        months = [(m, False) for m in range(1, 13)]
        if leap is not None:
            months.insert(leap, (leap, True))
        for month, is_leap in months:
            for day in range(1, month_length(year, month, is_leap) + 1):
                solar = lunar_to_solar(year, month, day, is_leap)
                if solar_to_lunar(solar) != LunarDate(year, month, day, is_leap):
                    failures.append((year, month, day, is_leap))
                if previous is not None and solar != previous + timedelta(days=1):
                    failures.append((year, month, day, is_leap))
                previous = solar
    assert failures == []


def test_every_lunar_year_has_twelve_months_of_29_or_30_days_and_at_most_one_leap() -> None:
    for year in range(1900, 2199):
        leap = leap_month(year)
        lengths = [month_length(year, m) for m in range(1, 13)]
        if leap is not None:
            lengths.append(month_length(year, leap, leap=True))
        assert set(lengths) <= {29, 30}, year
        assert 354 - 1 <= sum(lengths) <= 385, year


@pytest.mark.parametrize(
    ("vietnam", "china"),
    [
        (date(1968, 1, 29), date(1968, 1, 30)),
        (date(1985, 1, 21), date(1985, 2, 20)),
        (date(2007, 2, 17), date(2007, 2, 18)),
        (date(2030, 2, 2), date(2030, 2, 3)),
        (date(2053, 2, 18), date(2053, 2, 19)),
    ],
)
def test_vietnamese_tet_differs_from_the_chinese_new_year(vietnam: date, china: date) -> None:
    assert lunar_to_solar(vietnam.year, 1, 1) == vietnam
    assert solar_to_lunar(china) != LunarDate(china.year, 1, 1)


@pytest.mark.parametrize(
    "tet",
    [date(1900, 1, 31), date(1901, 2, 19), date(1945, 2, 13), date(1975, 2, 11), date(2028, 1, 26)],
)
def test_tet_at_the_edges_and_middle_of_the_range(tet: date) -> None:
    assert lunar_to_solar(tet.year, 1, 1) == tet
    assert solar_to_lunar(tet) == LunarDate(tet.year, 1, 1)


def test_seed_000_lunar_dates_come_out_of_the_calendar() -> None:
    december = solar_to_lunar(date(2024, 1, 30))
    january = solar_to_lunar(date(2024, 2, 20))
    assert f"{december.day} {month_label(december.month)} {year_name(december.year)}" == (
        "20 tháng Chạp Quý Mão"
    )
    assert f"{january.day} {month_label(january.month)} {year_name(january.year)}" == (
        "11 tháng Giêng Giáp Thìn"
    )


def test_leap_months_of_known_years() -> None:
    assert [leap_month(y) for y in (2020, 2023, 2025, 1985, 1987, 2033, 2024)] == [
        4,
        2,
        6,
        2,
        7,
        11,
        None,
    ]


def test_a_day_the_month_does_not_have_is_rejected() -> None:
    with pytest.raises(ValueError):
        lunar_to_solar(2025, 6, 30, leap=True)  # 6 nhuận Ất Tỵ has 29 days
    with pytest.raises(ValueError):
        lunar_to_solar(2024, 5, 1, leap=True)  # Giáp Thìn has no leap month
    with pytest.raises(ValueError):
        lunar_to_solar(2024, 13, 1)


def test_the_range_runs_from_1900_to_the_end_of_lunar_2199_both_ways() -> None:
    assert solar_to_lunar(date(1900, 1, 1)) == LunarDate(1899, 12, 1)
    assert lunar_to_solar(1899, 12, 1) == date(1900, 1, 1)
    assert last_day() == lunar_to_solar(2200 - 1, 12, month_length(2199, 12)) > date(2199, 12, 31)
    with pytest.raises(ValueError):
        solar_to_lunar(date(1899, 12, 31))
    with pytest.raises(ValueError):
        lunar_to_solar(1899, 11, 29)  # 31/12/1899


def test_years_outside_1900_2199_are_rejected() -> None:
    with pytest.raises(ValueError):
        solar_to_lunar(date(2200, 6, 1))
    with pytest.raises(ValueError):
        lunar_to_solar(1899, 5, 1)


def test_month_labels_use_gieng_and_chap() -> None:
    assert month_label(1) == "tháng Giêng"
    assert month_label(12) == "tháng Chạp"
    assert month_label(6, leap=True) == "tháng Sáu nhuận"
    assert str(LunarDate(2025, 6, 1, True)) == "01/06N/2025"
    assert LunarDate(2023, 12, 20).label == "20 tháng Chạp năm Quý Mão"
