"""Roman numerals as Vietnamese documents use them: "Đại hội XIII", "lần thứ I", "quý IV", "khóa XV"."""

from __future__ import annotations

import re

VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
CANONICAL = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def roman_value(text: str) -> int | None:
    """The value of a well-formed Roman numeral ("XIV" -> 14); None for anything else ("IIII", "LED")."""
    if not text or not CANONICAL.match(text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = VALUES[char]
        following = VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total
