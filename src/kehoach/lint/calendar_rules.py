"""Fact rules that need the calendar: lunar dates and can-chi year names, and the start dates of
known commemorations (kehoach.calendar, Vietnamese lunar calendar computed for UTC+7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kehoach.calendar.commemorations import expected_start, match_event
from kehoach.calendar.lunar import solar_to_lunar, year_name
from kehoach.document.dates import find_dates
from kehoach.document.text import fold
from kehoach.lint.document import LintDocument
from kehoach.lint.fact_rules import anniversary_mentions
from kehoach.lint.rules import ERROR, WARNING, Finding, rule
from kehoach.lint.words import words_of

_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Kỉ|Canh|Tân|Nhâm|Quý|Quí"
_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
CANCHI = rf"(?:{_STEMS})[ \t]+(?:{_BRANCHES})"
_MONTH_WORDS = {"giêng": 1, "chạp": 12}
LUNAR_DATE = re.compile(
    r"(?:ngày|mùng|mồng)[ \t]+(?P<day>\d{1,2})[ \t]*(?:/|[ \t]tháng[ \t]+)[ \t]*(?P<month>\d{1,2}|[Gg]iêng|[Cc]hạp)"
    r"(?P<leap>[ \t]+nhuận)?(?:[ \t]+(?:âm[ \t]+lịch|AL))?(?:[ \t]+năm[ \t]+(?P<year>"
    + CANCHI
    + r"))?"
)
# "(Tức ngày", "nhằm ngày": the pattern starts with the word (fast to search for); the bracket and
# spaces before it are taken back by hand.
_TRIGGER = re.compile(r"(?:[Tt]ức(?:[ \t]+là)?|[Nn]hằm)[ \t]+(?=ngày|mùng|mồng)")
_TRIGGER_WORDS = tuple(
    f"{lead} {day}" for lead in ("tức", "là", "nhằm") for day in ("ngày", "mùng", "mồng")
)
_CLAUSE_END = re.compile(r"[.;!?]\s|\)|\n[ \t]*\n")
# "Tết Nguyên đán Giáp Thìn 2024", "Xuân Giáp Thìn - 2024", "năm Ất Tỵ 2025"
CANCHI_YEAR = re.compile(
    r"(?:Tết|tết|Xuân|xuân|năm)(?:[ \t]+(?:[Nn]guyên[ \t]+đán|cổ[ \t]+truyền))?[ \t]+(?P<name>"
    + CANCHI
    + r")"
    r"[ \t]*(?:[-–(][ \t]*)?(?:năm[ \t]+)?(?P<year>\d{4})(?!\d)"
)


_CANCHI_NAME = re.compile(CANCHI)
# the same names as the word stream holds them ("giáp thìn"): few plans have one
_CANCHI_PAIRS = frozenset(
    f"{stem} {branch}".lower() for stem in _STEMS.split("|") for branch in _BRANCHES.split("|")
)


def canchi_key(name: str) -> str:
    """A can-chi name in a form where the spelling variants agree ("Quí Tị" = "Quý Tỵ")."""
    words = fold(name).split()
    return " ".join({"qui": "quy", "ki": "ky", "ti": "ty", "meo": "mao"}.get(w, w) for w in words)


# "ngày 18/4/2024 (10/3 âm lịch)": a solar date with its lunar date in brackets, marked âm lịch
SOLAR_THEN_LUNAR = re.compile(
    r"(?P<solar>\d{1,2}/\d{1,2}/\d{4})[ \t]*\([ \t]*(?:(?:ngày|mùng|mồng)[ \t]+)?(?P<day>\d{1,2})[ \t]*/[ \t]*"
    r"(?P<month>\d{1,2})[ \t]*(?P<leap>nhuận[ \t]*)?(?:âm[ \t]+lịch|Âm[ \t]+lịch|ÂL|AL)(?:[ \t]+năm[ \t]+(?P<year>"
    + CANCHI
    + r"))?[ \t]*\)"
)


def _lunar_month(text: str) -> int:
    return _MONTH_WORDS.get(text.lower(), 0) or int(text)


def _plainly_lunar(mention: re.Match[str]) -> bool:
    """A date that says it is lunar: a can-chi year, "tháng Giêng", "tháng Chạp", "âm lịch"."""
    return bool(
        mention.group("year")
        or not mention.group("month").isdigit()
        or re.search(r"âm[ \t]+lịch|AL", mention.group(0))
    )


def lunar_pairs(document: LintDocument) -> Iterator[tuple[date, re.Match[str]]]:
    """(solar date, lunar mention) pairs: "Từ ngày 30/01/2024 - 20/02/2024 (Tức ngày 20 tháng 12 …)"."""
    words = words_of(document)
    triggers = (
        _TRIGGER.finditer(document.text)
        if any(map(words.has, _TRIGGER_WORDS))
        else ()  # no "tức ngày", "nhằm mùng" …: the pattern has nothing to find
    )
    text = document.text
    for trigger in triggers:
        opening = trigger.start()
        while opening > 0 and text[opening - 1] in " \t":
            opening -= 1
        if opening > 0 and text[opening - 1] == "(":
            opening -= 1
        end_match = _CLAUSE_END.search(text, trigger.end())
        end = end_match.start() if end_match else len(text)
        lunars = list(LUNAR_DATE.finditer(text, trigger.end(), end))
        start = max(0, opening - 160)
        before = text[start:opening]
        # the clause the lunar date belongs to: not past a sentence's end or an earlier bracket
        cut = max(before.rfind(";"), before.rfind(")"), before.rfind("\n\n"), before.rfind(". "))
        solar = [m.value for m in find_dates(before[cut + 1 :])]
        if lunars and len(solar) == len(lunars) and all(solar):
            yield from zip([s for s in solar if s], lunars, strict=True)
            continue
        # the other order: "ngày 23 tháng Chạp năm Ất Tỵ (tức ngày 10/02/2026)"
        after = [m.value for m in find_dates(text[trigger.end() : end])]
        written = [
            m for m in LUNAR_DATE.finditer(text, start + cut + 1, opening) if _plainly_lunar(m)
        ]
        if len(after) == 1 and after[0] and written:
            yield after[0], written[-1]
    for match in (
        document.near("âm lịch", SOLAR_THEN_LUNAR, 40) if "âm lịch" in document.lower else ()
    ):
        day = find_dates(match.group("solar"))
        if day and day[0].value:
            yield day[0].value, match


@rule(
    "lunar-date",
    "facts",
    ERROR,
    "Ngày âm lịch hoặc tên năm can chi không khớp với ngày dương lịch (lịch Việt Nam, múi giờ UTC+7)",
    "Lịch âm dương Việt Nam (phương pháp Hồ Ngọc Đức, giờ UTC+7); kehoach.calendar.lunar",
)
def lunar_date(document: LintDocument) -> Iterator[Finding]:
    for solar, mention in lunar_pairs(document):
        try:
            lunar = solar_to_lunar(solar)
        except ValueError:
            continue
        day, month = int(mention.group("day")), _lunar_month(mention.group("month"))
        right = f"ngày {lunar.day:02d} tháng {lunar.month:02d}{' nhuận' if lunar.leap else ''}"
        if (day, month) != (lunar.day, lunar.month):
            yield document.finding(
                "lunar-date",
                mention.start(),
                f"Ngày {solar:%d/%m/%Y} là {right} năm {year_name(lunar.year)} âm lịch, không phải ngày {day} tháng {month}.",
                right,
            )
        elif mention.group("year") and canchi_key(mention.group("year")) != canchi_key(
            year_name(lunar.year)
        ):
            yield document.finding(
                "lunar-date",
                mention.start("year"),
                f"Ngày {solar:%d/%m/%Y} thuộc năm {year_name(lunar.year)} âm lịch, không phải năm {mention.group('year')}.",
                year_name(lunar.year),
            )
    has_name = not words_of(document).pairs.isdisjoint(_CANCHI_PAIRS)
    for written in _CANCHI_NAME.finditer(document.text) if has_name else ():
        match = CANCHI_YEAR.search(document.text, max(0, written.start() - 30), written.end() + 16)
        if match is None or match.start("name") != written.start():
            continue
        year = int(match.group("year"))
        try:
            name = year_name(year)
        except ValueError:
            continue
        if canchi_key(match.group("name")) != canchi_key(name):
            yield document.finding(
                "lunar-date",
                match.start("name"),
                f"Năm {year} là năm {name} âm lịch, không phải {match.group('name')}.",
                name,
            )


@rule(
    "anniversary-date",
    "facts",
    ERROR,
    "Sự kiện đã biết ghi sai ngày gốc trong ngoặc kỷ niệm (dữ liệu commemorations.yaml, có nguồn)",
    "Nghị định 145/2013/NĐ-CP, Điều 3–4; dữ liệu ngày kỷ niệm kehoach/calendar/commemorations.yaml",
)
def anniversary_date(document: LintDocument) -> Iterator[Finding]:
    for count, bracket in anniversary_mentions(document):
        commemoration = match_event(document.text[count.end() : bracket.start()])
        if commemoration is None or not commemoration.verified:
            continue
        start = expected_start(commemoration)
        if start is None:
            continue
        written = bracket.group("start")
        found = find_dates(written)
        severity = None
        if found and found[0].value is not None:
            if found[0].value == start:
                continue
            right = f"{start.day:02d}/{start.month:02d}/{start.year}"
            if (
                abs((found[0].value - start).days) <= 1
            ):  # signed at midnight: sources differ by a day
                severity = WARNING
        elif int(written[-4:]) == start.year:
            continue
        else:
            right = str(start.year)
        yield document.finding(
            "anniversary-date",
            bracket.start("start"),
            f"{commemoration.name} bắt đầu ngày {start:%d/%m/%Y}, không phải {written}.",
            right,
            severity,
        )
