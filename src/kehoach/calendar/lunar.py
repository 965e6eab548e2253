"""Vietnamese lunar calendar (âm lịch): solar <-> lunar conversion with leap months, 1900-2199.

Rules (Hồ Ngọc Đức's published method, times at UTC+7): a month starts on the local day of a new moon;
month 11 is the month containing the winter solstice; when 13 months lie between two months 11, the
first of them without a major solar term (the sun stays in one 30-degree sector) is the leap month and
repeats the number of the month before it. Months 11 and 12 belong to the lunar year that began before.

Each "solstice year" (month 11 to the next month 11) is computed once and cached, so conversions after
the first in a year cost a bisection.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from datetime import date
from functools import cache

from kehoach.calendar import astronomy, canchi
from kehoach.calendar.astronomy import date_from_jdn, jdn_from_date

TIME_ZONE = 7.0
FIRST_YEAR = 1900
LAST_YEAR = 2199


@dataclass(frozen=True, slots=True)
class LunarDate:
    year: int
    month: int
    day: int
    leap: bool = False

    @property
    def year_name(self) -> str:
        return canchi.year_canchi(self.year)

    @property
    def month_name(self) -> str:
        return canchi.month_canchi(self.year, self.month)

    @property
    def label(self) -> str:
        """ "20 tháng Chạp năm Quý Mão"."""
        return f"{self.day} {canchi.month_label(self.month, self.leap)} năm {self.year_name}"

    def __str__(self) -> str:
        leap = "N" if self.leap else ""
        return f"{self.day:02d}/{self.month:02d}{leap}/{self.year}"


@dataclass(frozen=True, slots=True)
class _Month:
    start: int  # Julian day number of day 1
    length: int
    lunar_year: int
    month: int
    leap: bool


@cache
def _month_eleven(gregorian_year: int) -> int:
    """Julian day number of the first day of the lunar month containing that year's winter solstice."""
    k = math.floor(
        (jdn_from_date(date(gregorian_year, 12, 31)) - 2415021) / astronomy.SYNODIC_MONTH
    )
    start = astronomy.new_moon_day(k, TIME_ZONE)
    # If the sun is already past the solstice when this month begins, the solstice is in the month before.
    if astronomy.sun_sector(start, TIME_ZONE) >= 9:
        start = astronomy.new_moon_day(k - 1, TIME_ZONE)
    return start


@cache
def _solstice_year(year: int) -> tuple[tuple[int, ...], tuple[_Month, ...]]:
    """The months from month 11 of `year - 1` to just before month 11 of `year`, with their starts."""
    first, last = _month_eleven(year - 1), _month_eleven(year)
    k0 = astronomy.new_moon_index(first)
    starts = [first]
    k = k0 + 1
    while True:
        start = astronomy.new_moon_day(k, TIME_ZONE)
        if start >= last:
            break
        starts.append(start)
        k += 1
    starts.append(last)
    count = len(starts) - 1
    leap_index = -1
    if count == 13:
        sectors = [astronomy.sun_sector(s, TIME_ZONE) for s in starts]
        for index in range(1, 13):
            if sectors[index] == sectors[index + 1]:
                leap_index = index
                break
    months: list[_Month] = []
    number = 10  # the month before month 11
    for index in range(count):
        leap = index == leap_index
        if not leap:
            number = number % 12 + 1
        lunar_year = year - 1 if number >= 11 and index < 4 else year
        months.append(
            _Month(starts[index], starts[index + 1] - starts[index], lunar_year, number, leap)
        )
    return tuple(starts[:-1]), tuple(months)


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"năm {year} ngoài phạm vi lịch âm {FIRST_YEAR}-{LAST_YEAR}")


FIRST_DAY = date(FIRST_YEAR, 1, 1)


@cache
def last_day() -> date:
    """The last solar day of lunar year 2199 (the eve of Tết 2200): the end of the supported range."""
    for month in _solstice_year(LAST_YEAR + 1)[1]:
        if month.lunar_year == LAST_YEAR + 1:
            return date_from_jdn(month.start - 1)
    raise AssertionError("lunar year 2200 has no first month")  # pragma: no cover


def _check_day(day: date) -> None:
    if not FIRST_DAY <= day <= last_day():
        raise ValueError(
            f"ngày {day.day:02d}/{day.month:02d}/{day.year} ngoài phạm vi lịch âm"
            f" (01/01/{FIRST_YEAR} - {last_day().day:02d}/{last_day().month:02d}/{last_day().year})"
        )


def solar_to_lunar(day: date) -> LunarDate:
    """The Vietnamese lunar date of a solar (Gregorian) date, 01/01/1900 to the end of lunar 2199."""
    _check_day(day)
    jdn = jdn_from_date(day)
    year = day.year + 1 if jdn >= _month_eleven(day.year) else day.year
    starts, months = _solstice_year(year)
    month = months[bisect.bisect_right(starts, jdn) - 1]
    return LunarDate(month.lunar_year, month.month, jdn - month.start + 1, month.leap)


def _find_month(year: int, month: int, leap: bool) -> _Month:
    if not 1 <= month <= 12:
        raise ValueError(f"tháng âm lịch không hợp lệ: {month}")
    for candidate in _solstice_year(year + 1 if month >= 11 else year)[1]:
        if candidate.lunar_year == year and candidate.month == month and candidate.leap == leap:
            return candidate
    raise ValueError(f"năm âm lịch {year} không có tháng {month} nhuận")


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar date; ValueError if the lunar calendar has no such day.

    Lunar years 1900-2199, and the end of 1899 that falls in January 1900.
    """
    if year != FIRST_YEAR - 1:
        _check_year(year)
    found = _find_month(year, month, leap)
    if not 1 <= day <= found.length:
        raise ValueError(
            f"tháng {month}{' nhuận' if leap else ''} năm {year} âm lịch có {found.length} ngày"
        )
    solar = date_from_jdn(found.start + day - 1)
    _check_day(solar)
    return solar


def month_length(year: int, month: int, leap: bool = False) -> int:
    """29 (tháng thiếu) or 30 (tháng đủ)."""
    _check_year(year)
    return _find_month(year, month, leap).length


def leap_month(year: int) -> int | None:
    """The number of the leap month of a lunar year, or None."""
    _check_year(year)
    for solstice_year in (year, year + 1):
        for candidate in _solstice_year(solstice_year)[1]:
            if candidate.leap and candidate.lunar_year == year:
                return candidate.month
    return None


def year_name(lunar_year: int) -> str:
    """ "Giáp Thìn" for 2024."""
    return canchi.year_canchi(lunar_year)


def month_name(lunar_year: int, lunar_month: int) -> str:
    """Can chi of a lunar month: "Bính Dần" for month 1 of 2024."""
    return canchi.month_canchi(lunar_year, lunar_month)


def day_name(day: date) -> str:
    """Can chi of a solar day: "Giáp Thìn" for 10/02/2024."""
    return canchi.day_canchi(jdn_from_date(day))


def month_label(month: int, leap: bool = False) -> str:
    """ "tháng Giêng" ... "tháng Chạp", with " nhuận" for a leap month."""
    return canchi.month_label(month, leap)
