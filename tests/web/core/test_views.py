"""After logging in, every person lands on "Việc cần làm", whatever their role."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.web.orgs.models import Membership
from web.factories import PASSWORD, make_user

Role = Membership.Role
pytestmark = pytest.mark.django_db


def _login(client, user):
    return client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD}, follow=True
    )


@pytest.mark.parametrize(
    "role",
    [Role.DRAFTER, Role.APPROVER, Role.CLERK, Role.REPORTER],
)
def test_each_ward_role_lands_on_the_inbox(client, ward, role):
    unit = ward.units.first() if role == Role.REPORTER else None
    user = make_user(f"nguoi-{role}", ward, role, unit=unit)
    response = _login(client, user)
    assert response.redirect_chain[-1][0] == reverse("inbox:home")
    assert "<h1>Việc cần làm</h1>" in response.text


def test_the_city_viewer_lands_on_the_inbox(client, city_viewer):
    response = _login(client, city_viewer)
    assert response.redirect_chain[-1][0] == reverse("inbox:home")


def test_a_leader_lands_on_the_plan_waiting_for_them(client, approver, submitted):
    response = _login(client, approver)
    assert reverse("plans:detail", args=[submitted.pk]) in response.text
