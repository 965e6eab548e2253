"""Sexagenary (can chi) names of lunar years, months and days, and Vietnamese month names."""

from __future__ import annotations

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
