"""Fixtures of a movement drafted from seed 002, launched to phường Lê Chân's units, with its council."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from kehoach.web.emulation import awards, services
from kehoach.web.emulation.models import CouncilMember, Movement, Nomination
from kehoach.web.orgs.models import Membership
from web.factories import make_user

Role = Membership.Role


@pytest.fixture
def movement(upper) -> Movement:
    return services.create_from_plan(upper)


@pytest.fixture
def launched(movement) -> Movement:
    services.launch(movement)
    return movement


@pytest.fixture
def units(ward) -> list:
    return list(ward.units.order_by("order", "name")[:3])


@pytest.fixture
def unit_reporters(ward, units) -> list[User]:
    return [make_user(f"donvi{i}", ward, Role.REPORTER, unit=u) for i, u in enumerate(units)]


@pytest.fixture
def council(ward, approver) -> list[User]:
    """Five members: the approver chairs, a secretary records the ballots."""
    members = [approver] + [make_user(f"hoidong{i}", ward) for i in range(3)]
    secretary = make_user("thuky", ward)
    for user in members:
        CouncilMember.objects.create(organisation=ward, user=user, role=CouncilMember.Role.MEMBER)
    CouncilMember.objects.create(
        organisation=ward, user=secretary, role=CouncilMember.Role.SECRETARY
    )
    return [*members, secretary]


@pytest.fixture
def secretary(council) -> User:
    return council[-1]


@pytest.fixture
def registration(launched, units):
    return launched.registrations.get(unit=units[0])


@pytest.fixture
def nomination(launched, units) -> Nomination:
    row = Nomination.objects.create(
        movement=launched,
        unit=units[0],
        organisation=launched.organisation,
        name="Nguyễn Thị Lan",
        award="giay_khen",
        achievements="Tuyên truyền 70 năm Ngày Giải phóng Hải Phòng",
    )
    awards.recheck(launched)
    return row
