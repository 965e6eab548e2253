"""finditer_where gives exactly what a pattern with its opening look-behind gave; numeric_dates what
finditer gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kehoach.lint.scan import (
    finditer_from,
    finditer_where,
    is_word_char,
    not_after,
    numeric_dates,
)


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


_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# Dates and near-dates in pieces: runs of one to five digits (other digits too), every separator, and
# what may stand between them.
_DATE_PIECE = st.sampled_from(
    ["1", "12", "123", "2024", "20245", "٣", "/", ".", "-", "//", " ", "a", "\n", "ngày "]
)


def test_numeric_dates_after_a_date_ending_inside_a_number():
    text = "12/3/20245/6/2024 và 123/4/2024."
    assert [m.group(0) for m in numeric_dates(_DATE, text)] == [
        "12/3/2024",
        "5/6/2024",
        "23/4/2024",
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_PIECE, max_size=30).map("".join))
def test_numeric_dates_finds_what_finditer_finds(text: str) -> None:
    assert [m.span() for m in numeric_dates(_DATE, text)] == [
        m.span() for m in _DATE.finditer(text)
    ]


_UNIT = re.compile(
    r"(?:Phòng|Văn phòng|Ban|Trung tâm)\s+((?:[^\W\d_]+(?:\s*-\s*|\s+)){0,6}[^\W\d_]+)"
)
_UNIT_PIECE = st.sampled_from(
    [
        "Phòng",
        "Văn phòng",
        "Ban",
        "Trung tâm",
        " ",
        "\n",
        "-",
        "Văn",
        "hóa",
        "xã",
        "a",
        "1",
        "_",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_UNIT_PIECE, max_size=30).map("".join))
@example("Phòng Ban Trung tâm hóa xã, aBan xã, Văn phòng Văn hóa")
def test_finditer_from_its_heads_finds_what_finditer_where_finds(text: str) -> None:
    keep = not_after(text, is_word_char)
    heads = ("Phòng", "Văn phòng", "Ban", "Trung tâm")
    assert [m.span() for m in finditer_from(_UNIT, text, heads, keep)] == [
        m.span() for m in finditer_where(_UNIT, text, keep)
    ]
