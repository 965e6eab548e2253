"""Can chi names: the sixty-name cycle, spelling normalisation, years of a name."""

from __future__ import annotations

from kehoach.calendar.canchi import (
    all_names,
    month_canchi,
    normalise_name,
    year_canchi,
    years_named,
)


def test_the_cycle_has_sixty_distinct_names_from_giap_ty() -> None:
    names = all_names()
    assert len(set(names)) == 60
    assert names[0] == "Giáp Tý" and names[-1] == "Quý Hợi"


def test_1984_and_every_sixty_years_is_giap_ty() -> None:
    assert {year_canchi(y) for y in (1924, 1984, 2044, 2104)} == {"Giáp Tý"}


def test_month_one_is_always_a_dan_month() -> None:
    assert {month_canchi(y, 1).split()[1] for y in range(1900, 2200)} == {"Dần"}


def test_names_are_normalised_for_case_and_spacing_but_not_tone_marks() -> None:
    assert normalise_name("quý  mão") == "Quý Mão"
    assert normalise_name("QUÝ MÃO") == "Quý Mão"
    assert normalise_name("Quy Mao") is None


def test_years_named_lists_one_year_in_sixty() -> None:
    assert years_named("Giáp Thìn") == [1904, 1964, 2024, 2084, 2144]
    assert years_named("không phải tên") == []
