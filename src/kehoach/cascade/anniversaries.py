"""Anniversaries inherited from the upper plan, recomputed for our plan's year through the calendar.

A city plan of 2024 cited "94 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2024)"; a ward drafting for 2025
must say 95 and 03/02/2025. The start date comes from the commemorations data where the event is known
(a wrong start in the upper plan is corrected and noted), else from the upper plan itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kehoach.calendar.commemorations import anniversary_dates, match_event
from kehoach.document.dates import find_dates, format_short
from kehoach.document.model import Anniversary


@dataclass
class Recomputed:
    """An anniversary for our year and what changed (old -> new) for the text and the review note."""

    old: Anniversary
    new: Anniversary
    note: str | None


def _shift(value: date, year: int) -> date:
    try:
        return value.replace(year=year)
    except ValueError:  # 29/02 in a common year
        return date(year, 3, 1)


def recompute(anniversary: Anniversary, shift: int) -> Recomputed:
    """The anniversary `shift` years later (0: as the upper plan has it), checked against the calendar.

    The upper plan's own dates are kept (a campaign for "70 năm ... (13/5/1955 - 13/5/2025)" planned in
    2024 still targets 2025); where the commemorations data knows the event under another start date,
    the note says so and the linter decides.
    """
    known = match_event(anniversary.event)
    note = None
    start = anniversary.start
    if known is not None:
        dates = anniversary_dates(known, (anniversary.end or date.today()).year)
        if dates is not None and start is not None and start != dates[0]:
            note = (
                f"Ngày gốc của '{anniversary.event}' trong kế hoạch cấp trên là "
                f"{format_short(start)}, dữ liệu ngày kỷ niệm ghi {format_short(dates[0])}."
            )
        start = start or (dates[0] if dates else None)
    if shift == 0 or start is None or anniversary.end is None:
        return Recomputed(anniversary, anniversary, note)
    year = anniversary.end.year + shift
    new = Anniversary(
        count=year - start.year,
        event=anniversary.event,
        start=start,
        end=_shift(anniversary.end, year),
    )
    change = (
        f"Số năm kỷ niệm tính lại cho năm {year}: {anniversary.count} -> {new.count} năm "
        f"{anniversary.event}."
    )
    return Recomputed(anniversary, new, f"{note} {change}" if note else change)


def rewrite_text(text: str, changes: list[Recomputed]) -> str:
    """Occurrences of "N năm <event> (start - end)" in `text` brought to the new count and end date."""
    for change in changes:
        old, new = change.old, change.new
        if old.count == new.count and old.end == new.end:
            continue
        if old.start is not None and old.end is not None and new.start and new.end:
            mentions = find_dates(text)
            for first, second in reversed(list(zip(mentions, mentions[1:], strict=False))):
                gap = text[first.end : second.start]
                if first.value == old.start and second.value == old.end and len(gap) <= 5:
                    span = f"{format_short(new.start)}{gap}{format_short(new.end)}"
                    text = text[: first.start] + span + text[second.end :]
        count_pattern = re.compile(
            rf"(?<!\d){old.count}(\s+năm\s+{re.escape(old.event[:12])})", re.IGNORECASE
        )
        text = count_pattern.sub(rf"{new.count}\g<1>", text)
    return text
