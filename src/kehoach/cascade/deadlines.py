"""Deadlines: where the upper plan asks us to report by a date, our units must report to us earlier.

"báo cáo kết quả ... trước ngày 15/12/2025" or "gửi về ... trong tháng 07 năm 2024" sets the upper deadline;
our units' deadline is `lead_days` working days before it (Saturdays, Sundays and the fixed solar public
holidays skipped), so the lead unit has time to consolidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kehoach.document.dates import find_dates, format_short, parse_period
from kehoach.document.text import fold

# Fixed solar public holidays (Bộ luật Lao động 2019, Điều 112); lunar ones (Tết, Giỗ Tổ) are not skipped.
_FIXED_HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}

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


def is_working_day(value: date) -> bool:
    return value.weekday() < 5 and (value.month, value.day) not in _FIXED_HOLIDAYS


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
