"""The council's secret ballot, counted on all members, by the majority each award requires."""

from __future__ import annotations

import pytest

from kehoach.emulation.council import Tally, decide
from kehoach.emulation.rules import load_rules


def test_giay_khen_needs_more_than_half_of_all_members() -> None:
    assert decide(Tally(members=9, yes=5, no=4), "giay_khen").passed
    assert not decide(Tally(members=10, yes=5, no=5), "giay_khen").passed


def test_absent_members_count_against() -> None:
    # 9 members, 5 ballots cast, 4 yes: 4/9 is not a majority even though 4 of 5 ballots agree
    assert not decide(Tally(members=9, yes=4, no=1), "giay_khen").passed


def test_chien_si_thi_dua_needs_seventy_percent() -> None:
    assert decide(Tally(members=10, yes=7, no=3), "chien_si_thi_dua_co_so").passed
    result = decide(Tally(members=10, yes=6, no=4), "chien_si_thi_dua_co_so")
    assert not result.passed
    assert result.text() == (
        "6/10 thành viên đồng ý (60,0%), cần từ 70% trở lên tổng số thành viên (mức do đơn vị "
        "thiết lập, chưa xác minh với văn bản pháp luật hiện hành): không đạt."
    )


def test_the_office_sets_the_councils_majority_with_its_regulation() -> None:
    book = load_rules().with_settings(
        {"majorities": {"council_title": {"percent": 60, "basis": "Quy chế số 3/QC-HĐTĐKT"}}}
    )
    result = decide(Tally(members=10, yes=6, no=4), "chien_si_thi_dua_co_so", book)
    assert result.passed
    assert result.text().endswith(
        "từ 60% trở lên tổng số thành viên (theo Quy chế số 3/QC-HĐTĐKT): đạt."
    )


def test_more_ballots_than_members_is_refused() -> None:
    with pytest.raises(ValueError, match="nhiều hơn số thành viên"):
        decide(Tally(members=5, yes=4, no=2), "giay_khen")
