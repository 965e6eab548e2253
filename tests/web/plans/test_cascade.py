"""Tạo kế hoạch của đơn vị: the cascade drafts our plan from an upper plan we received."""

from __future__ import annotations

from django.urls import reverse

from conftest import SEEDS
from kehoach.read import read_plan
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan


def test_it_drafts_our_plan_from_the_upper_plan(client, drafter, upper, ward):
    client.force_login(drafter)
    response = client.post(reverse("plans:cascade", kwargs={"pk": upper.pk}))
    draft = Plan.objects.get(parent=upper)
    assert response["Location"] == reverse("plans:edit", kwargs={"pk": draft.pk})
    assert (draft.kind, draft.status, draft.organisation) == (
        Plan.Kind.OWN,
        Plan.Status.DRAFT,
        ward,
    )
    assert draft.issuer == "Ủy ban nhân dân phường Lê Chân"
    assert draft.data["review"]


def test_it_shows_the_review_notes_in_the_editor(client, drafter, upper):
    client.force_login(drafter)
    response = client.post(reverse("plans:cascade", kwargs={"pk": upper.pk}), follow=True)
    note = Plan.objects.get(parent=upper).data["review"][0]["note"]
    assert note in response.text


def test_it_explains_when_the_ward_has_no_profile(client, other_ward, stranger):
    upper = services.create_plan(other_ward, read_plan(SEEDS[2]), stranger, kind=Plan.Kind.UPPER)
    client.force_login(stranger)
    response = client.post(reverse("plans:cascade", kwargs={"pk": upper.pk}), follow=True)
    assert "chưa có hồ sơ đơn vị" in response.text
    assert not Plan.objects.filter(parent=upper).exists()


def test_it_offers_the_cascade_only_on_upper_plans(client, drafter, draft):
    client.force_login(drafter)
    assert client.post(reverse("plans:cascade", kwargs={"pk": draft.pk})).status_code == 403
    assert (
        "Tạo kế hoạch của đơn vị"
        not in client.get(reverse("plans:detail", kwargs={"pk": draft.pk})).text
    )
