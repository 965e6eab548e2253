"""Fact rules on dates: anniversary counts, weekdays, impossible dates and reversed periods."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kehoach.document.dates import find_dates, weekday_name
from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, Finding, rule
from kehoach.lint.scan import finditer_from, not_after, numeric_dates

_DASH = r"[ \t]*(?:-|–|—|đến)[ \t]*"
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
# "(03/02/1930 - 03/02/2024)", "(1930 - 2024)"
ANNIVERSARY_BRACKET = re.compile(rf"\((?P<start>{_DAY}|\d{{4}}){_DASH}(?P<end>{_DAY}|\d{{4}})\)")
# "94 năm" but not "năm 2024" and not "5 năm 2021-2025"
# "79 năm", or "lần thứ 79" ("kỷ niệm lần thứ 79 Ngày Quốc khánh"): the count is group "n" either way
_COUNT = re.compile(
    r"(?<![\d/.,])(?P<n>\d{1,4})[ \t]*\n?[ \t]*năm(?![ \t]+\d)(?!\w)|"
    r"lần[ \t]+thứ[ \t]+(?P<nth>\d{1,4})(?!\d)"
)
# Plain patterns (a digit or "ngày" first, so the engine scans fast); values are judged in Python.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# matched on the lower-case text: a literal start lets `re` jump between "ngày"s (IGNORECASE cannot)
_LONG_DATE = re.compile(r"ngày[ \t]+(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4})")
_PERIOD_WORDS = re.compile(
    r"giai\s+đoạn|nhiệm\s+kỳ|kế\s+hoạch|thời\s+kỳ|liên\s+tục|liền", re.IGNORECASE
)
_STOP = re.compile(r"[()!?;]|\.(?:\s|$)|\n[ \t]*\n")


def _year(text: str) -> int:
    return int(text[-4:])


def _start_date(text: str) -> date | None:
    found = find_dates(text)
    return found[0].value if found else None


def anniversary_mentions(document: LintDocument) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each anniversary bracket with the nearest "N năm" before it in the same clause."""
    for bracket in ANNIVERSARY_BRACKET.finditer(document.text):
        window_start = max(0, bracket.start() - 250)
        window = document.text[window_start : bracket.start()]
        stops = list(_STOP.finditer(window))
        if stops:
            window_start += stops[-1].end()
            window = document.text[window_start : bracket.start()]
        counts = list(_COUNT.finditer(document.text, window_start, bracket.start()))
        if not counts:
            continue
        # the event's name stands between the count and the bracket ("94 năm Ngày thành lập Đảng …");
        # "kế hoạch 5 năm (2021 - 2025)" is a period, not an anniversary
        event = document.text[counts[-1].end() : bracket.start()]
        if len(event.split()) >= 2 and not _PERIOD_WORDS.search(event):
            yield counts[-1], bracket


@rule(
    "anniversary-count",
    "facts",
    ERROR,
    'Số năm kỷ niệm phải bằng hiệu hai năm trong ngoặc ("94 năm … (03/02/1930 - 03/02/2024)")',
    "Nghị định 145/2013/NĐ-CP, Điều 3 (năm tròn, năm lẻ 5 tính từ năm diễn ra sự kiện)",
)
def anniversary_count(document: LintDocument) -> Iterator[Finding]:
    for count, bracket in anniversary_mentions(document):
        start, end = _year(bracket.group("start")), _year(bracket.group("end"))
        group = "n" if count.group("n") else "nth"
        written = int(count.group(group))
        if end <= start or written == end - start:
            continue
        yield document.finding(
            "anniversary-count",
            count.start(group),
            f"Ghi {written} năm nhưng từ {start} đến {end} là {end - start} năm.",
            str(end - start),
        )


_WEEKDAYS = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "4": 2,
    "năm": 3,
    "5": 3,
    "sáu": 4,
    "6": 4,
    "bảy": 5,
    "7": 5,
}
_WEEKDAY_WORD = r"(?:[Tt]hứ[ \t]+(?P<n>[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|(?P<cn>[Cc]hủ[ \t]+[Nn]hật))"
_FULL_DATE = (
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})"
)
# "Thứ Hai, ngày 05/02/2024", "vào thứ Sáu (12/4/2024)" — "thứ" must not follow a noun ("lần thứ năm")
_WEEKDAY_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(:;–-])(?<!lần )(?<!họp )(?<!kỳ )(?<!khóa )(?<!đợt )(?<!phiên )(?<!lớp ))"
    + _WEEKDAY_WORD
    + r"[ \t]*[,(]?[ \t]*(?:ngày[ \t]+)?"
    + _FULL_DATE,
    re.MULTILINE,
)
# "ngày 05/02/2024 (thứ Hai)"
_WEEKDAY_AFTER = re.compile(_FULL_DATE + r"[ \t]*[(,][ \t]*" + _WEEKDAY_WORD)


@rule(
    "weekday",
    "facts",
    ERROR,
    'Thứ trong tuần không khớp với ngày ("Thứ Hai, ngày 05/02/2024")',
    "Lịch dương (lịch Gregory); Nghị định 30/2020/NĐ-CP, Điều 8 (nội dung văn bản phải chính xác)",
)
def weekday(document: LintDocument) -> Iterator[Finding]:
    if "thứ" not in document.lower and "chủ nhật" not in document.lower:
        return
    candidates = {
        match.span(): match
        for key in ("thứ", "chủ nhật")
        for pattern in (_WEEKDAY_BEFORE, _WEEKDAY_AFTER)
        for match in document.near(key, pattern, 40)
    }
    for _, match in sorted(candidates.items()):
        found = find_dates("ngày " + match.group("date"))
        if not found or found[0].value is None:
            continue
        value = found[0].value
        written = 6 if match.group("cn") else _WEEKDAYS[match.group("n").lower()]
        if written == value.weekday():
            continue
        start = (
            match.start("cn")
            if match.group("cn")
            else document.text.rfind("hứ", 0, match.start("n")) - 1
        )
        yield document.finding(
            "weekday",
            start,
            f"Ngày {value.day:02d}/{value.month:02d}/{value.year} là {weekday_name(value)}, không phải "
            f"{'Chủ nhật' if match.group('cn') else 'thứ ' + match.group('n')}.",
            weekday_name(value),
        )


# "từ ngày 21/02/2024 đến ngày 29/03/2024", "Từ ngày 30/01/2024 - 20/02/2024", "(13/5/1955 - 13/5/2025)"
# One pattern per opening ("từ", "Từ", "("): each starts with a literal, which `re` jumps to; a class
# or an alternation first would be tried at every position. The openings cannot overlap in one match.
_PERIOD_DATES = rf"(?P<a>{_DAY})[ \t]*\n?[ \t]*(?:-|–|—|đến(?:[ \t]+hết)?(?:[ \t]+ngày)?)[ \t]*\n?[ \t]*(?P<b>{_DAY})"
_PERIODS = tuple(
    re.compile(opening + _PERIOD_DATES)
    for opening in (r"từ[ \t]+(?:ngày[ \t]+)?", r"Từ[ \t]+(?:ngày[ \t]+)?", r"\(")
)


# "giai đoạn 2025 - 2020", "nhiệm kỳ (2030 - 2025)": a span of years that runs backwards. A plain
# pattern finds spans; only backwards ones have their context checked.
_YEARS = re.compile(
    r"((?:19|20)\d\d)[ \t]*(?:-|–|—|đến[ \t]+(?:năm[ \t]+)?)[ \t]*((?:19|20)\d\d)(?![\d/])"
)
_SPAN_CONTEXT = re.compile(
    r"(?:giai[ \t]+đoạn|nhiệm[ \t]+kỳ|từ[ \t]+năm|\()[ \t]*\(?[ \t]*$", re.IGNORECASE
)


def _suspect_dates(document: LintDocument) -> list[re.Match[str]]:
    """Dates whose day is over 28 or 0, or whose month is over 12 or 0: the only ones that can be wrong."""
    found = []
    numeric = numeric_dates(_NUMERIC_DATE, document.text)
    for matches in (numeric, _LONG_DATE.finditer(document.lower)):
        for match in matches:
            day, month = int(match.group(1)), int(match.group(2))
            if day > 28 or day == 0 or month > 12 or month == 0:
                found.append(match)
    return sorted(found, key=lambda m: m.start())


@rule(
    "date-invalid",
    "facts",
    ERROR,
    "Ngày không có thật (30/02, 31/4, tháng 13) hoặc khoảng thời gian có ngày kết thúc trước ngày bắt đầu",
    "Lịch dương (lịch Gregory); Nghị định 30/2020/NĐ-CP, Điều 8 (nội dung văn bản phải chính xác)",
)
def date_invalid(document: LintDocument) -> Iterator[Finding]:
    for suspect in _suspect_dates(document):
        start = max(0, suspect.start() - 12)
        mentions = [
            m for m in find_dates(document.text[start : suspect.end() + 20]) if m.value is None
        ]
        if not mentions or start + mentions[0].start > suspect.end():
            continue
        mention = mentions[0]
        if mention.year > 1000:
            yield document.finding(
                "date-invalid",
                start + mention.start,
                f'Ngày "{mention.text}" không có thật (tháng {mention.month} năm {mention.year}).',
            )
    after_number = not_after(document.text, lambda char: char.isdecimal() or char == "/")
    for match in finditer_from(_YEARS, document.text, ("19", "20"), after_number):
        first, last = match.group(1), match.group(2)
        if int(last) >= int(first):
            continue
        if _SPAN_CONTEXT.search(document.text[max(0, match.start() - 20) : match.start()]):
            yield document.finding(
                "date-invalid",
                match.start(1),
                f"Khoảng năm {first} - {last} có năm kết thúc trước năm bắt đầu.",
                f"{last} - {first}",
            )
    periods = (match for pattern in _PERIODS for match in pattern.finditer(document.text))
    for match in sorted(periods, key=lambda m: m.start()):
        first, last = _start_date(match.group("a")), _start_date(match.group("b"))
        if first and last and last < first:
            yield document.finding(
                "date-invalid",
                match.start("b"),
                f"Ngày kết thúc {match.group('b')} ở trước ngày bắt đầu {match.group('a')}.",
            )
