"""The demo's thi đua cycle in phường Lê Chân, from seed 002."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate

from kehoach.web.emulation.models import (
    AwardDecision,
    AwardRecord,
    Movement,
    Nomination,
    Registration,
)
from kehoach.web.orgs.demo import load_demo


@pytest.fixture
def demo(db):
    return load_demo()


def test_a_full_cycle_is_in_the_demo(demo) -> None:
    movement = Movement.objects.get(organisation__slug="le-chan")
    assert movement.status == "closed" and movement.slogan
    states = sorted(
        Registration.objects.filter(movement=movement, unit__isnull=False)
        .exclude(state="draft")
        .values_list("state", flat=True)
    )
    assert states == ["approved", "approved", "returned"]
    refused = Nomination.objects.filter(movement=movement, state="refused")
    assert [n.name for n in refused] == ["Vũ Thị Giang"]
    message = refused[0].findings[0]["message"]
    assert "15%" in message and "Quy chế thi đua, khen thưởng của phường" in message
    decision = AwardDecision.objects.get(movement=movement)
    assert decision.state == "issued" and decision.number
    assert (
        AwardRecord.objects.filter(decision__startswith="Quyết định số").count()
        == movement.nominations.filter(state="passed").count()
    )


def test_the_demo_thi_dua_logins_work(demo) -> None:
    names = [login.username for login in demo]
    assert "lechan.thuky" in names
    assert authenticate(username="lechan.thuky", password="kehoach-demo-2025") is not None
    assert not Movement.objects.filter(organisation__slug="hai-an").exists()
