"""Vietnamese date phrases: reading them out of text and writing them as Nghị định 30 asks."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}

# "ngày 05 tháng 3 năm 2024", "ngày 5 tháng 03 năm 2024"
_LONG = re.compile(
    r"(?<![\w/])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE
)
# "03/02/1930", "3-2-1930", "03.02.1930" (the same separator twice)
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/])")
# "tháng 10/2025", "tháng 10 năm 2025"
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})(?!\d)", re.IGNORECASE)
# "quý I năm 2024", "quý I/2024"
_QUARTER = re.compile(r"quý\s+(IV|I{1,3})\s*(?:/|năm)\s*(\d{4})(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date written in a text. `value` is None when the day does not exist (30/02/2024)."""

    start: int  # offsets in the text
    end: int
    day: int
    month: int
    year: int
    value: date | None
    text: str


def _make(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every full date (day, month, year) in `text`, long and numeric forms, in order of position."""
    found = []
    for pattern, groups in ((_LONG, (1, 2, 3)), (_NUMERIC, (1, 3, 4))):
        for match in pattern.finditer(text):
            day, month, year = (int(match.group(g)) for g in groups)
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    day,
                    month,
                    year,
                    _make(day, month, year),
                    match.group(0),
                )
            )
    return sorted(found, key=lambda m: m.start)


def parse_date(text: str) -> date | None:
    """The first valid date in `text`, or None."""
    for mention in find_dates(text):
        if mention.value:
            return mention.value
    return None


def parse_period(text: str) -> tuple[date, date] | None:
    """The first month or quarter named in `text` ("tháng 10/2025", "quý I năm 2024") as first and last day."""
    candidates: list[tuple[int, date, date]] = []
    for match in _MONTH.finditer(text):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            days = calendar.monthrange(year, month)[1]
            candidates.append((match.start(), date(year, month, 1), date(year, month, days)))
    for match in _QUARTER.finditer(text):
        quarter, year = _ROMAN_QUARTERS[match.group(1).upper()], int(match.group(2))
        first_month = 3 * quarter - 2
        days = calendar.monthrange(year, first_month + 2)[1]
        candidates.append(
            (match.start(), date(year, first_month, 1), date(year, first_month + 2, days))
        )
    if not candidates:
        return None
    _, first, last = min(candidates)
    return first, last


def format_long(value: date) -> str:
    """ "ngày 05 tháng 02 năm 2024": a zero before days under 10 and months 1 and 2 (Nghị định 30, Phụ lục I)."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def format_short(value: date) -> str:
    """ "03/02/2024", the form plans use inside sentences and anniversary brackets."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def weekday_name(value: date) -> str:
    """The Vietnamese name of the day of the week: "Thứ Hai" ... "Chủ nhật"."""
    return WEEKDAYS[value.weekday()]
