"""Sexagenary (can chi) names of lunar years, months and days, and Vietnamese month names."""

from __future__ import annotations

import unicodedata

STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")

# How the months are called in speech and in plans ("tháng Giêng", "tháng Chạp").
MONTH_NAMES = (
    "Giêng",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười một",
    "Chạp",
)


def year_canchi(lunar_year: int) -> str:
    """Can chi of a lunar year: 1984 (and every 60 years) is Giáp Tý."""
    return f"{STEMS[(lunar_year + 6) % 10]} {BRANCHES[(lunar_year + 8) % 12]}"


def month_canchi(lunar_year: int, lunar_month: int) -> str:
    """Can chi of a lunar month; month 1 is always a Dần month, a leap month shares its month's name."""
    return f"{STEMS[(lunar_year * 12 + lunar_month + 3) % 10]} {BRANCHES[(lunar_month + 1) % 12]}"


def day_canchi(jdn: int) -> str:
    """Can chi of the day with Julian day number `jdn` (the 60-day cycle runs unbroken)."""
    return f"{STEMS[(jdn + 9) % 10]} {BRANCHES[(jdn + 1) % 12]}"


def all_names() -> list[str]:
    """The sixty can chi names in cycle order, from Giáp Tý."""
    return [f"{STEMS[i % 10]} {BRANCHES[i % 12]}" for i in range(60)]


def month_label(month: int, leap: bool = False) -> str:
    """How a plan names a lunar month: "tháng Giêng", "tháng Chạp", "tháng Sáu nhuận"."""
    if not 1 <= month <= 12:
        raise ValueError(f"tháng âm lịch không hợp lệ: {month}")
    return f"tháng {MONTH_NAMES[month - 1]}" + (" nhuận" if leap else "")


def normalise_name(text: str) -> str | None:
    """The can chi name written in `text` ("quý mão", "Quý  Mão", "QUÝ MÃO"), properly spelt, or None.

    Matching ignores case and spacing but not tone marks: "Quy Mao" is not a name a plan may use.
    """
    wanted = " ".join(unicodedata.normalize("NFC", text).split()).lower()
    for name in all_names():
        if name.lower() == wanted:
            return name
    return None


def years_named(name: str, first: int = 1900, last: int = 2199) -> list[int]:
    """The lunar years with this can chi name in a range (one every 60 years)."""
    proper = normalise_name(name)
    if proper is None:
        return []
    return [year for year in range(first, last + 1) if year_canchi(year) == proper]
