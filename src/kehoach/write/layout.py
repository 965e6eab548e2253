"""Page geometry and type sizes of a Nghị định 30 document (reference/nd30-rules.md §1, §2, §11).

Two size profiles move together as the decree's footnote asks: "13/14" (Quốc hiệu 13, Tiêu ngữ and body 14)
and "12/13" (Quốc hiệu 12, Tiêu ngữ and body 13). Sizes are in half-points, lengths in twips.
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach.errors import InputError

A4_WIDTH = 11906
A4_HEIGHT = 16838
TWIPS_PER_MM = 1440 / 25.4

# Allowed margins in mm (Phụ lục I, I.3): top, bottom, left, right.
MARGIN_RANGES = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
SIDE_NAMES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}


def mm(value: float) -> int:
    """Millimetres to twips, rounded."""
    return round(value * TWIPS_PER_MM)


@dataclass(frozen=True)
class Margins:
    """Page margins in mm; the default is the common 20/20/30/15."""

    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15

    def check(self) -> Margins:
        """Refuse margins outside the decree's ranges, with the offending side named."""
        for side, (low, high) in MARGIN_RANGES.items():
            value = getattr(self, side)
            if not low <= value <= high:
                raise InputError(
                    f"lề {SIDE_NAMES[side]} {value:g} mm nằm ngoài khoảng {low}-{high} mm "
                    "của Nghị định 30."
                )
        return self

    @property
    def text_width(self) -> int:
        """Width of the text area in twips."""
        return A4_WIDTH - mm(self.left) - mm(self.right)


@dataclass(frozen=True)
class Profile:
    """Half-point sizes of every element of the document."""

    name: str
    national: int  # Quốc hiệu
    motto: int  # Tiêu ngữ
    issuer: int  # cơ quan chủ quản, cơ quan ban hành
    number: int  # "Số: ..."
    place_date: int
    doc_name: int  # "KẾ HOẠCH"
    title: int  # trích yếu
    body: int
    signature: int
    recipients_label: int  # "Nơi nhận:"
    recipients: int  # the list
    page_number: int


PROFILES = {
    "13/14": Profile("13/14", 26, 28, 26, 26, 28, 28, 28, 28, 28, 24, 22, 28),
    "12/13": Profile("12/13", 24, 26, 24, 26, 26, 26, 26, 26, 26, 24, 22, 26),
}

FIRST_LINE_INDENT = 567  # 1 cm
PARAGRAPH_BEFORE = 120  # 6 pt between body paragraphs
LINE_SPACING = 264  # 1.1 lines ("auto" rule): inside the 1.0-1.5 range
NATIONAL_COLUMN = 5812  # 10.25 cm keeps a 13 pt bold Quốc hiệu on one line
TABLE_SPILL = 142  # header table runs 0.25 cm into each side margin, as the official Mẫu does
HEADER_TABLE_MIN = (
    9498  # 16.75 cm, the official Mẫu 1.4's header table: a 6.5 cm issuer column at least
)


def profile(name: str) -> Profile:
    """The named size profile, or an InputError listing the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(PROFILES)
        raise InputError(f"không có cỡ chữ {name!r}; chọn một trong: {known}.") from None


def text_width_cm(text: str, half_points: int, bold: bool = False) -> float:
    """A rough width of a line of Times New Roman text, enough to size the short rules under it.

    Measured on Liberation Serif: upper case bold 13 pt is about 0.29 cm a letter, lower case about 0.2.
    """
    size = half_points / 2
    width = 0.0
    for char in text:
        if char == " ":
            width += 0.25
        elif char.isupper():
            width += 0.72 if bold else 0.68
        else:
            width += 0.5 if bold else 0.46
    return width * size * 0.03528  # em fraction * pt * cm per pt
