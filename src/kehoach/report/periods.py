"""Reporting periods (tháng, quý, 6 tháng, 9 tháng, năm) and the date rule of a result report.

A BC reports on a period; it cannot be dated before that period ends unless it says that its figures
are estimated to the end ("ước thực hiện"). Periods are kept apart, never added into each other:
quý I/2024 is a part of năm 2024, not a share of it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from kehoach.document.dates import format_short
from kehoach.document.text import fold

MONTH, QUARTER, HALF, NINE_MONTHS, YEAR = "thang", "quy", "6-thang", "9-thang", "nam"
KINDS = {
    MONTH: "Tháng",
    QUARTER: "Quý",
    HALF: "6 tháng",
    NINE_MONTHS: "9 tháng",
    YEAR: "Năm",
}
ROMAN = ("I", "II", "III", "IV")
ESTIMATE = "ước thực hiện"

_YEAR = r"\s*(?:/|năm)\s*(\d{4})(?!\d)"
_PATTERNS = (
    (QUARTER, re.compile(r"quý\s+(IV|I{1,3}|[1-4])" + _YEAR, re.IGNORECASE)),
    (MONTH, re.compile(r"tháng\s+(\d{1,2})" + _YEAR, re.IGNORECASE)),
    (HALF, re.compile(r"6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE)),
    (NINE_MONTHS, re.compile(r"9\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})(?!\d)", re.IGNORECASE)),
    (YEAR, re.compile(r"(?<!tháng )(?<!quý )năm\s+(\d{4})(?!\d)", re.IGNORECASE)),
)


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period: its kind, year and index (month 1-12, quarter 1-4, half 1-2)."""

    year: int
    kind: str
    index: int = 1

    @property
    def start(self) -> date:
        return date(self.year, self._months()[0], 1)

    @property
    def end(self) -> date:
        last = self._months()[1]
        return date(self.year, last, calendar.monthrange(self.year, last)[1])

    def _months(self) -> tuple[int, int]:
        if self.kind == MONTH:
            return self.index, self.index
        if self.kind == QUARTER:
            return 3 * self.index - 2, 3 * self.index
        if self.kind == HALF:
            return (1, 6) if self.index == 1 else (7, 12)
        if self.kind == NINE_MONTHS:
            return 1, 9
        return 1, 12

    @property
    def label(self) -> str:
        """ "quý I năm 2024", "6 tháng đầu năm 2024", "tháng 3 năm 2024", "năm 2024"."""
        if self.kind == MONTH:
            return f"tháng {self.index} năm {self.year}"
        if self.kind == QUARTER:
            return f"quý {ROMAN[self.index - 1]} năm {self.year}"
        if self.kind == HALF:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == NINE_MONTHS:
            return f"9 tháng đầu năm {self.year}"
        return f"năm {self.year}"

    @property
    def short(self) -> str:
        """ "Quý I/2024", "Tháng 3/2024", "6 tháng đầu năm 2024", "Năm 2024": for lists and columns."""
        if self.kind == MONTH:
            return f"Tháng {self.index}/{self.year}"
        if self.kind == QUARTER:
            return f"Quý {ROMAN[self.index - 1]}/{self.year}"
        return self.label[:1].upper() + self.label[1:]

    @property
    def code(self) -> str:
        """A stable key for storage and URLs: "2024-quy-1"."""
        return f"{self.year}-{self.kind}-{self.index}"

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def from_code(code: str) -> Period | None:
    """The period of a stored key ("2024-quy-1"), or None when the key is not one."""
    match = re.fullmatch(r"(\d{4})-(thang|quy|6-thang|9-thang|nam)-(\d{1,2})", code or "")
    if not match:
        return None
    year, kind, index = int(match.group(1)), match.group(2), int(match.group(3))
    limit = {MONTH: 12, QUARTER: 4, HALF: 2, NINE_MONTHS: 1, YEAR: 1}[kind]
    return Period(year, kind, index) if 1 <= index <= limit else None


def _make(kind: str, match: re.Match[str]) -> Period | None:
    if kind == QUARTER:
        raw = match.group(1).upper()
        index = ROMAN.index(raw) + 1 if raw in ROMAN else int(raw)
        return Period(int(match.group(2)), QUARTER, index)
    if kind == MONTH:
        month = int(match.group(1))
        return Period(int(match.group(2)), MONTH, month) if 1 <= month <= 12 else None
    if kind == HALF:
        return Period(int(match.group(2)), HALF, 1 if fold(match.group(1)) == "dau" else 2)
    return Period(int(match.group(1)), kind)


def period_in(text: str) -> Period | None:
    """The period a title names, the narrowest first: "quý I năm 2024" before "năm 2024"."""
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text or ""):
            found = _make(kind, match)
            if found is not None:
                return found
    return None


def periods_of_year(year: int, kind: str) -> list[Period]:
    """Every period of one kind in a year, in order: the choices of a recurring report."""
    count = {MONTH: 12, QUARTER: 4, HALF: 2, NINE_MONTHS: 1, YEAR: 1}[kind]
    return [Period(year, kind, index) for index in range(1, count + 1)]


def period_ending_before(day: date, kind: str) -> Period:
    """The last period of `kind` that has ended on or before `day`, else the current one."""
    candidates = periods_of_year(day.year - 1, kind) + periods_of_year(day.year, kind)
    ended = [p for p in candidates if p.end <= day]
    if ended:
        return ended[-1]
    return next(p for p in candidates if p.start <= day <= p.end)


def is_estimate(period: Period, on: date) -> bool:
    """A report dated before the end of its period can only give estimated figures."""
    return on < period.end


def date_problem(period: Period | None, on: date | None, text: str) -> str | None:
    """Why a BC's date does not fit its period (Vietnamese, says what to do), or None when it fits."""
    if period is None or on is None or not is_estimate(period, on):
        return None
    if fold(ESTIMATE) in fold(text):
        return None
    return (
        f"Báo cáo ngày {format_short(on)} có trước ngày kết thúc {period.label} "
        f"({format_short(period.end)}): ghi rõ số liệu là {ESTIMATE} đến hết kỳ, "
        "hoặc lùi ngày báo cáo."
    )
