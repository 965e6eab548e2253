"""Deadlines named by the lunar calendar: "trước Tết Nguyên đán", "trước Rằm tháng Giêng", "đến hết ngày
mồng 5 tháng Giêng năm Bính Ngọ". Plans for Tết and the lunar feasts set their dates this way; read as
no date at all, such a duty got the plan's last report date, weeks after Tết.

The lunar year is the one the text names ("năm Ất Tỵ", "Tết Nguyên đán Bính Ngọ"), else the first one
whose day falls on or after the plan's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach.calendar.canchi import MONTH_NAMES, year_canchi
from kehoach.calendar.lunar import lunar_to_solar

_YEAR_NAME = r"(?P<canchi>[^\W\d_]+ [^\W\d_]+)"  # checked against the sexagenary names
# The feasts whose day a plan names as a deadline: (lunar month, day).
_FEASTS = {
    "tết nguyên đán": (1, 1),
    "tết": (1, 1),
    "rằm tháng giêng": (1, 15),
    "tết nguyên tiêu": (1, 15),
    "tết trung thu": (8, 15),
}
_BEFORE_FEAST = re.compile(
    r"(?i)\btrước(?: dịp)? (?P<feast>Tết Nguyên đán|Tết Nguyên tiêu|Tết Trung thu|Rằm tháng Giêng|Tết)"
    r"(?! (?:dương lịch|trồng cây))(?:\s+(?:năm\s+)?" + _YEAR_NAME + r")?"
)
_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# "đến hết ngày mồng 5 tháng Giêng năm Bính Ngọ", "trước ngày 23 tháng Chạp năm Ất Tỵ"
_LUNAR_DAY = re.compile(
    r"(?i)\b(?P<word>đến hết|đến|trước|chậm nhất|hoàn thành trước)\s+ngày\s+(?:mồng|mùng)?\s*"
    r"(?P<day>\d{1,2})\s+tháng\s+(?P<month>"
    + _MONTH
    + r"|\d{1,2})\s+(?:âm lịch\s+)?năm\s+"
    + _YEAR_NAME
)


def _lunar_year(name: str | None, after: date) -> int | None:
    """The lunar year called `name` near `after` (None: unnamed)."""
    if name is None:
        return None
    folded = name.lower()
    for year in (after.year, after.year + 1, after.year - 1):
        if year_canchi(year).lower() == folded:
            return year
    return None


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    lowered = text.lower()
    return next((i + 1 for i, name in enumerate(MONTH_NAMES) if name.lower() == lowered), None)


def _solar(year: int, month: int, day: int) -> date | None:
    try:
        return lunar_to_solar(year, month, day)
    except ValueError:
        return None


def lunar_deadline(text: str, after: date) -> date | None:
    """The deadline a duty sets by the lunar calendar, read relative to the plan's date `after`."""
    explicit = _LUNAR_DAY.search(text)
    if explicit:
        month = _month_number(explicit["month"])
        year = _lunar_year(explicit["canchi"], after)
        if month and year:
            return _solar(year, month, int(explicit["day"]))
    feast = _BEFORE_FEAST.search(text)
    if not feast:
        return None
    month, day = _FEASTS[feast["feast"].lower()]
    named = _lunar_year(feast["canchi"], after)
    for year in (named,) if named else (after.year - 1, after.year, after.year + 1):
        if year is None:
            continue
        solar = _solar(year, month, day)
        if solar is not None and (named or solar >= after):
            return solar - timedelta(days=1)  # the feast's eve: its day is a holiday
    return None
