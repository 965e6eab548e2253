"""Vietnamese number words as a broadcaster reads them."""

from __future__ import annotations

import pytest

from kehoach.channels.numbers import (
    day_words,
    decimal_words,
    digits_words,
    month_words,
    number_words,
    ordinal_words,
)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (10, "mười"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1955, "một nghìn chín trăm năm mươi lăm"),
        (2024, "hai nghìn không trăm hai mươi tư"),
        (3630, "ba nghìn sáu trăm ba mươi"),
        (1_500_000, "một triệu năm trăm nghìn"),
        (2_000_000_000, "hai tỷ"),
    ],
)
def test_number_words(number: int, words: str) -> None:
    assert number_words(number) == words


def test_day_month_and_ordinal_forms() -> None:
    assert (day_words(3), day_words(13), month_words(4), ordinal_words(1)) == (
        "mùng ba",
        "mười ba",
        "tư",
        "nhất",
    )


def test_decimals_and_digit_strings() -> None:
    assert decimal_words("2", "5") == "hai phẩy năm"
    assert digits_words("0225") == "không hai hai năm"
