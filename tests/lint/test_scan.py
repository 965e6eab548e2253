"""finditer_where gives exactly what a pattern with its opening look-behind gave."""

from __future__ import annotations

import re

from kehoach.lint.scan import finditer_where, is_word_char, not_after


def test_a_refused_match_is_tried_again_one_character_later():
    with_lookbehind = re.compile(r"(?<![\d/])(\d{4})-(\d{4})")
    without = re.compile(r"(\d{4})-(\d{4})")
    text = "12024-2020-2019 /2030-2025 (2030-2025) x2031-2020"
    expected = [m.span() for m in with_lookbehind.finditer(text)]
    keep = not_after(text, lambda char: char.isdecimal() or char == "/")
    assert [m.span() for m in finditer_where(without, text, keep)] == expected
    assert expected == [(6, 15), (28, 37), (40, 49)]  # "x" is no digit: 2031-2020 counts


def test_a_word_boundary_is_not_after_a_word_character():
    text = "Phòng Văn hóa; TiểuBan Tổ chức; _Ban X"
    keep = not_after(text, is_word_char)
    found = [m.group(0) for m in finditer_where(re.compile(r"(?:Phòng|Ban) \w+"), text, keep)]
    assert found == [m.group(0) for m in re.finditer(r"\b(?:Phòng|Ban) \w+", text)] == ["Phòng Văn"]
