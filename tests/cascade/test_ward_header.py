"""The head of every draft of the ward: same issuer, place line, blank number, notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cascade_helpers import hai_phong

from kehoach.cascade.ward_header import ward_plan


def test_the_number_is_left_to_the_clerk_and_said_so() -> None:
    plan = ward_plan(hai_phong(), 2026)
    assert (plan.issuer, plan.symbol, plan.number, plan.year) == (
        "Ủy ban nhân dân phường Lê Chân",
        "KH-UBND",
        None,
        2026,
    )
    assert {n.path for n in plan.review} >= {"Số, ký hiệu", "Ngày ban hành"}


def test_a_ward_named_after_a_person_writes_its_place_in_full() -> None:
    plan = ward_plan(replace(hai_phong(), named_after="person"), 2026)
    assert plan.place == "Phường Lê Chân"


def test_a_locality_that_looks_like_a_persons_name_gets_a_note() -> None:
    plan = ward_plan(hai_phong(), 2026)
    assert plan.place == "Lê Chân"
    assert any(n.path == "Địa danh" and "Phường Lê Chân" in n.note for n in plan.review)


def test_a_profile_not_yet_valid_on_the_drafts_date_is_noted() -> None:
    plan = ward_plan(hai_phong(), 2025, today=date(2025, 3, 1))
    assert any(n.path == "Hồ sơ đơn vị" for n in plan.review)


def test_a_profile_without_a_signers_name_asks_for_it() -> None:
    profile = hai_phong()
    profile = replace(profile, signature=replace(profile.signature, name=None))
    assert any(n.path == "Người ký" for n in ward_plan(profile, 2026).review)
