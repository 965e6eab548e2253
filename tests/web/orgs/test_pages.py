"""The organisation page shows the user's own organisations, their units and people."""

from __future__ import annotations

from django.urls import reverse


def test_it_shows_my_ward_with_its_units(client, drafter, ward):
    client.force_login(drafter)
    page = client.get(reverse("orgs:mine")).text
    assert ward.name in page and "Trạm Y tế phường" in page


def test_it_does_not_show_another_ward(client, drafter, ward, other_ward):
    client.force_login(drafter)
    assert other_ward.name not in client.get(reverse("orgs:mine")).text


def test_it_asks_anonymous_users_to_log_in(client, ward):
    assert client.get(reverse("orgs:mine"))["Location"].startswith(reverse("login"))


def test_it_gives_operators_a_vietnamese_admin(admin_client):
    assert "Quản trị kehoach" in admin_client.get(reverse("admin:index")).text
