"""Roman numerals: only well-formed ones have a value."""

from __future__ import annotations

from kehoach.channels.roman import roman_value


def test_well_formed_numerals() -> None:
    assert [roman_value(t) for t in ("I", "IV", "XIII", "XXIV", "XIV")] == [1, 4, 13, 24, 14]


def test_words_that_look_roman_are_refused() -> None:
    assert [roman_value(t) for t in ("IIII", "LED", "", "VX")] == [None, None, None, None]
