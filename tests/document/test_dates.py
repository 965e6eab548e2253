"""Vietnamese date phrases as plans write them."""

from datetime import date

from kehoach.document.dates import find_dates, format_long, format_short, parse_date, parse_period


def test_long_form_is_read():
    assert parse_date("Hướng dẫn số 27 -HD/QU ngày 03 tháng 01 năm 2024 của Quận ủy") == date(
        2024, 1, 3
    )


def test_numeric_form_is_read():
    assert parse_date("(03/02/1930 - 03/02/2024)") == date(1930, 2, 3)


def test_every_date_in_a_bracket_is_found_in_order():
    values = [m.value for m in find_dates("(13/5/1955 - 13/5/2025)")]
    assert values == [date(1955, 5, 13), date(2025, 5, 13)]


def test_a_day_that_does_not_exist_is_found_without_a_value():
    [mention] = find_dates("từ ngày 30/02/2024")
    assert (mention.day, mention.month, mention.value) == (30, 2, None)


def test_document_symbols_are_not_dates():
    assert find_dates("Nghị định số 30/2020/NĐ-CP") == []


def test_month_period():
    assert parse_period("trong tháng 10/2025") == (date(2025, 10, 1), date(2025, 10, 31))


def test_quarter_period():
    assert parse_period("quý I năm 2024") == (date(2024, 1, 1), date(2024, 3, 31))


def test_long_format_pads_days_and_the_first_two_months():
    assert format_long(date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024"
    assert format_long(date(2024, 10, 15)) == "ngày 15 tháng 10 năm 2024"


def test_short_format():
    assert format_short(date(1930, 2, 3)) == "03/02/1930"
