"""Deadlines: where the upper plan asks us to report by a date, our units must report to us earlier.

"báo cáo kết quả ... trước ngày 15/12/2025" or "gửi về ... trong tháng 07 năm 2024" sets the upper deadline;
our units' deadline is `lead_days` working days before it, so the lead unit has time to consolidate.
Skipped as non-working: Saturdays, Sundays, the fixed solar public holidays and the lunar ones of
Bộ luật Lao động 2019, Điều 112 — Tết Âm lịch taken conservatively as the last day of tháng Chạp
(30, or 29 in a short month) to mùng 4 tháng Giêng, and Giỗ Tổ Hùng Vương (10/3 âm lịch). Quốc khánh's second day (01/9 or 03/9, announced yearly) is not
skipped: only 02/9.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kehoach.calendar.lunar import lunar_to_solar
from kehoach.document.dates import find_dates, format_short, parse_period
from kehoach.document.text import fold
from kehoach.read.lunar_deadlines import lunar_deadline

# Fixed solar public holidays (Bộ luật Lao động 2019, Điều 112, khoản 1). Quốc khánh is 2 days by law:
# 02/9 "và 01 ngày liền kề trước hoặc sau", the adjacent day (01/9 or 03/9) announced by the Government
# each year — there is no fixed rule to cite, so only 02/9 is skipped here.
_FIXED_HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}
# Tết Âm lịch is 5 days by law, the exact days set by the Government each year; conservatively we take
# the eve (last day of tháng Chạp, 30 or 29) to mùng 4 tháng Giêng: 1 day before Tết and 4 from it.
_TET_DAYS_BEFORE = 1
_TET_DAYS_FROM = 4

# A deadline phrase before a date: "trước ngày", "chậm nhất ngày", "hạn cuối", "trước"; "trong" before a month.
_BEFORE_DAY = re.compile(
    r"(truoc|cham nhat|han cuoi|han chot|khong qua|cham nhat la|truoc ngay|den het)\s*(ngay\s*)?$"
)
_BEFORE_PERIOD = re.compile(r"(trong|truoc|cham nhat|den het|hoan thanh)\s*$")
_PERIOD = re.compile(
    r"(?:tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4}|quý\s+(?:IV|I{1,3})\s*(?:/|năm)\s*\d{4})",
    re.IGNORECASE,
)
# "trước ngày 15 tháng 11" / "trước ngày 15/11" with no year: a yearly deadline.
_RECURRING = re.compile(
    r"(?<![\w/])ngày\s+(\d{1,2})(\s+tháng\s+|/)(\d{1,2})(?![\d/.-]|\s+năm\s+\d)", re.IGNORECASE
)
# The clause must be about sending or finishing something.
_ACTION = re.compile(r"bao cao|gui|nop|hoan thanh|hoan tat|tong hop|xay dung ke hoach|ban hanh")


@dataclass(frozen=True)
class Deadline:
    """A deadline written in a duty: where (offsets), as written, and the date it ends on."""

    start: int
    end: int
    text: str
    value: date
    period: bool  # "trong tháng 07 năm 2024": the whole month, `value` its last day
    recurring: bool = False  # "trước ngày 15 tháng 11" (hằng năm): `value` is in the plan's year
    separator: str = "/"


@dataclass(frozen=True)
class Shift:
    """An upper deadline and ours, `lead_days` working days earlier."""

    upper: date
    ours: date
    recurring: bool = False

    def show(self, value: date) -> str:
        return f"{value.day:02d}/{value.month:02d}" if self.recurring else format_short(value)


@cache
def lunar_holidays(year: int) -> frozenset[date]:
    """The lunar public holidays falling in solar `year`: Tết (eve to mùng 4, conservative) and Giỗ Tổ.

    Tết is always between 21/01 and 20/02, so its eve and mùng 4 fall in the same solar year as
    mùng 1; a year outside the lunar calendar's range has none (only the solar rules apply).
    """
    try:
        tet = lunar_to_solar(year, 1, 1)
        gio_to = lunar_to_solar(year, 3, 10)
    except ValueError:
        return frozenset()
    days = {tet + timedelta(days=offset) for offset in range(-_TET_DAYS_BEFORE, _TET_DAYS_FROM)}
    return frozenset(days | {gio_to})


def is_working_day(value: date) -> bool:
    """Not a Saturday, Sunday, or a public holiday (fixed solar, Tết Âm lịch, Giỗ Tổ Hùng Vương)."""
    return (
        value.weekday() < 5
        and (value.month, value.day) not in _FIXED_HOLIDAYS
        and value not in lunar_holidays(value.year)
    )


def working_days_before(value: date, days: int) -> date:
    """The working day `days` working days before `value` (0: `value` itself, or the working day before)."""
    current = value
    while not is_working_day(current):
        current -= timedelta(days=1)
    for _ in range(days):
        current -= timedelta(days=1)
        while not is_working_day(current):
            current -= timedelta(days=1)
    return current


def _clause_has_action(text: str, start: int) -> bool:
    """The clause around `start` (between ";" or "." marks) is about sending or finishing something."""
    clause_start = max(text.rfind(";", 0, start), text.rfind(".", 0, start - 1), 0)
    ends = [i for i in (text.find(";", start), text.find(". ", start)) if i >= 0]
    clause_end = min(ends) if ends else len(text)
    return bool(_ACTION.search(fold(text[clause_start:clause_end])))


def find_deadlines(text: str, year: int | None = None) -> list[Deadline]:
    """Report or completion deadlines in a duty's text, in order; yearly ones dated in `year`."""
    found: list[Deadline] = []
    for mention in find_dates(text):
        if mention.value is None:
            continue
        before = fold(text[max(0, mention.start - 24) : mention.start])
        if _BEFORE_DAY.search(before) and _clause_has_action(text, mention.start):
            found.append(Deadline(mention.start, mention.end, mention.text, mention.value, False))
    for match in _PERIOD.finditer(text):
        if any(d.start <= match.start() < d.end for d in found):
            continue
        before = fold(text[max(0, match.start() - 16) : match.start()])
        period = parse_period(match.group(0))
        if period and _BEFORE_PERIOD.search(before) and _clause_has_action(text, match.start()):
            found.append(Deadline(match.start(), match.end(), match.group(0), period[1], True))
    for match in _RECURRING.finditer(text) if year else ():
        if any(d.start <= match.start() < d.end for d in found):
            continue
        before = fold(text[max(0, match.start() - 24) : match.start()])
        try:
            value = date(year, int(match.group(3)), int(match.group(1)))  # type: ignore[arg-type]
        except ValueError:
            continue
        if _BEFORE_DAY.search(before + "ngay ") and _clause_has_action(text, match.start()):
            found.append(
                Deadline(
                    match.start(), match.end(), match.group(0), value, False, True, match.group(2)
                )
            )
    return sorted(found, key=lambda d: d.start)


def earlier_deadline(upper: date, lead_days: int) -> date:
    """Our units' deadline for an upper deadline."""
    return working_days_before(upper, lead_days)


def rewrite_deadlines(
    text: str, lead_days: int, year: int | None = None
) -> tuple[str, list[Shift]]:
    """The duty with each upper deadline replaced by ours; also the shifts made.

    A period ("trong tháng 07 năm 2024") becomes a day ("ngày 24/07/2024"), so the word before it is
    made to read "trước ngày"; a yearly day ("ngày 15 tháng 11") stays yearly, written as the upper one.
    """
    shifts: list[Shift] = []
    pieces: list[str] = []
    cursor = 0
    for deadline in find_deadlines(text, year):
        ours = earlier_deadline(deadline.value, lead_days)
        shifts.append(Shift(deadline.value, ours, deadline.recurring))
        head = text[cursor : deadline.start]
        if deadline.period:
            head = re.sub(r"(?i)(trong|trước|chậm nhất|đến hết|hoàn thành)\s*$", "", head)
            head = head + ("trước " if head.endswith(" ") or not head else " trước ") + "ngày "
            pieces.append(head + format_short(ours))
        elif deadline.recurring:
            pieces.append(head + f"ngày {ours.day:02d}{deadline.separator}{ours.month:02d}")
        else:
            prefix = "ngày " if deadline.text.lower().startswith("ngày") else ""
            pieces.append(head + prefix + format_short(ours))
        cursor = deadline.end
    pieces.append(text[cursor:])
    return "".join(pieces), shifts


def lunar_acting_date(text: str, upper_date: date | None, year: int | None) -> date | None:
    """The day a duty dated by the lunar calendar must be done ("tặng quà trước Tết Nguyên đán"): it
    is a date to act by, kept as it is (our units act before the same feast)."""
    reference = upper_date or (date(year, 1, 1) if year else None)
    return lunar_deadline(text, reference) if reference else None
