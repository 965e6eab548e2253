"""Dates, date ranges, months, years and times of day in their spoken form.

"13/5/1955" -> "ngày mười ba tháng năm năm một nghìn chín trăm năm mươi lăm"; "(03/02/1930 - 03/02/2024)"
-> "từ ngày mùng ba tháng hai năm … đến ngày mùng ba tháng hai năm …"; "10/2025" -> "tháng mười năm …";
lunar months (a date followed by a can chi year or "âm lịch") read "giêng" and "chạp".
"""

from __future__ import annotations

import re

from kehoach.channels.numbers import day_words, month_words, number_words

STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
LUNAR_AFTER = re.compile(rf"^\s*(năm\s+({STEMS})\b|\(?âm lịch|âl\b)", re.IGNORECASE)
LUNAR_MONTHS = {1: "giêng", 12: "chạp"}

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
DMY = rf"{_D}\s?[/.-]\s?{_M}\s?[/.-]\s?\d{{4}}"
DM = rf"{_D}/{_M}"
FULL_DATE = re.compile(rf"(?<![\d/])({_D})\s?([/.-])\s?({_M})\s?\2\s?(\d{{4}})(?![\d/])")
DAY_MONTH = re.compile(rf"(?<![\d/])({_D})/({_M})(?![\d/])")
MONTH_YEAR = re.compile(rf"(?<![\d/])({_M})/(\d{{4}})(?![\d/])")
DATE_RANGE = re.compile(
    rf"(?<![\d/])((?:{DMY})|(?:{DM}))\s*(?:-|–|—|đến)\s*(?:ngày\s+)?((?:{DMY})|(?:{DM}))(?![\d/])",
    re.IGNORECASE,
)
YEAR_RANGE = re.compile(r"(?<![\d/.,])(\d{4})\s*(?:-|–|—)\s*(\d{4})(?![\d/])")
WORD_DATE = re.compile(r"\b(ngày)\s+(\d{1,2})\s+(tháng)\s+(\d{1,2})\b", re.IGNORECASE)
MONTH_WORD = re.compile(r"\b(tháng)\s+(0?[1-9]|1[0-2])(?![\d/,.]\d)\b", re.IGNORECASE)
DAY_WORD = re.compile(r"\b(ngày|mùng|mồng)\s+(0?[1-9]|[12]\d|3[01])\b(?![/,.]\d)", re.IGNORECASE)
TIME = re.compile(r"(?<![\d/])([01]?\d|2[0-3])\s?(?:h|giờ|:)\s?([0-5]\d)(?:\s?phút)?(?!\d)")
HOUR = re.compile(r"(?<![\d/])([01]?\d|2[0-3])\s?h(?![\w])")


def _is_lunar(after: str) -> bool:
    return bool(LUNAR_AFTER.match(after))


def _month(n: int, lunar: bool) -> str:
    return LUNAR_MONTHS[n] if lunar and n in LUNAR_MONTHS else month_words(n)


def _preceded_by_day(text: str, start: int) -> bool:
    return bool(re.search(r"\b(ngày|từ ngày|đến ngày)\s*$", text[max(0, start - 12) : start], re.I))


def spoken_date(day: int, month: int, year: int | None, with_day_word: bool, lunar: bool) -> str:
    """ "ngày mười ba tháng năm năm một nghìn …" (without "ngày" when the text already has it)."""
    words = (["ngày"] if with_day_word else []) + [day_words(day), "tháng", _month(month, lunar)]
    if year is not None:
        words += ["năm", number_words(year)]
    return " ".join(words)


def _parse(date_text: str) -> tuple[int, int, int | None]:
    parts = [int(p) for p in re.split(r"\s*[/.-]\s*", date_text.strip())]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None


def _ranges(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        first, second = _parse(match.group(1)), _parse(match.group(2))
        lunar = _is_lunar(text[match.end() :])
        before = text[max(0, match.start() - 12) : match.start()]
        has_day = _preceded_by_day(text, match.start())
        lead = "" if has_day or re.search(r"\btừ\s*$", before, re.I) else "từ "
        head = spoken_date(*first, with_day_word=not has_day, lunar=lunar)
        return f"{lead}{head} đến {spoken_date(*second, with_day_word=True, lunar=lunar)}"

    return DATE_RANGE.sub(replace, text)


def _dates(text: str) -> str:
    def full(match: re.Match[str]) -> str:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        lunar = _is_lunar(text[match.end() :])
        return spoken_date(day, month, year, not _preceded_by_day(text, match.start()), lunar)

    text = FULL_DATE.sub(full, text)

    def day_month(match: re.Match[str]) -> str:
        lunar = _is_lunar(text[match.end() :])
        with_day = not _preceded_by_day(text, match.start())
        return spoken_date(int(match.group(1)), int(match.group(2)), None, with_day, lunar)

    text = DAY_MONTH.sub(day_month, text)

    def month_year(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 8) : match.start()]
        lead = "" if re.search(r"\btháng\s*$", before, re.I) else "tháng "
        return f"{lead}{month_words(int(match.group(1)))} năm {number_words(int(match.group(2)))}"

    return MONTH_YEAR.sub(month_year, text)


def _words(text: str) -> str:
    def word_date(match: re.Match[str]) -> str:
        lunar = _is_lunar(text[match.end() :])
        day, month = int(match.group(2)), int(match.group(4))
        return f"{match.group(1)} {day_words(day)} {match.group(3)} {_month(month, lunar)}"

    text = WORD_DATE.sub(word_date, text)
    text = MONTH_WORD.sub(
        lambda m: f"{m.group(1)} {_month(int(m.group(2)), _is_lunar(text[m.end() :]))}", text
    )

    def day_word(match: re.Match[str]) -> str:
        day = int(match.group(2))
        said = day_words(day) if match.group(1).lower() == "ngày" else number_words(day)
        return f"{match.group(1)} {said}"

    return DAY_WORD.sub(day_word, text)


def _times(text: str) -> str:
    text = TIME.sub(
        lambda m: f"{number_words(int(m.group(1)))} giờ {number_words(int(m.group(2)))} phút", text
    )
    return HOUR.sub(lambda m: f"{number_words(int(m.group(1)))} giờ", text)


def speak_dates(text: str) -> str:
    """Every date, range, month/year, year range and time of day in `text`, written out."""
    text = _ranges(text)
    text = _dates(text)
    text = YEAR_RANGE.sub(
        lambda m: f"{number_words(int(m.group(1)))} đến {number_words(int(m.group(2)))}", text
    )
    text = _times(text)
    return _words(text)
