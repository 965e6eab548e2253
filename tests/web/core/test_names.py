"""People are named as Vietnamese write it, family name first, on every page that names them."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.urls import reverse

from kehoach.web.orgs.models import Membership
from kehoach.web.plans import services
from web.factories import sample_document


def _person(ward) -> User:
    user = User.objects.create_user(
        username="nvsoan", password="mat-khau-thu", first_name="Soạn", last_name="Nguyễn Văn"
    )
    Membership.objects.create(user=user, organisation=ward, role=Membership.Role.DRAFTER)
    return user


def test_the_menu_and_the_versions_page_show_the_full_name_family_first(client, ward):
    user = _person(ward)
    plan = services.create_plan(ward, sample_document(), user)
    client.force_login(user)
    page = client.get(reverse("plans:versions", kwargs={"pk": plan.pk})).text
    assert page.count("Nguyễn Văn Soạn") >= 2  # the menu and the version's author
    assert "Soạn Nguyễn Văn" not in page and "nvsoan" not in page


def test_the_organisation_page_lists_people_by_full_name(client, ward):
    user = _person(ward)
    client.force_login(user)
    page = client.get(reverse("orgs:mine")).text
    assert "Nguyễn Văn Soạn" in page and "Soạn Nguyễn Văn" not in page
