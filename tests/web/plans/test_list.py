"""The plan list shows what the user may open, and nothing else."""

from __future__ import annotations

from django.urls import reverse

from kehoach.web.plans import services
from web.factories import sample_document


def _titles(client, user, **params) -> str:
    client.force_login(user)
    return client.get(reverse("plans:list"), params).text


def test_it_lists_the_wards_own_drafts(client, drafter, draft):
    assert draft.title in _titles(client, drafter)


def test_it_does_not_list_another_wards_drafts(client, other_ward, stranger, drafter):
    services.create_plan(other_ward, sample_document("Kế hoạch riêng của phường bạn"), stranger)
    assert "Kế hoạch riêng của phường bạn" not in _titles(client, drafter)


def test_it_lists_only_issued_plans_to_the_upper_level(client, city_viewer, issued, ward, drafter):
    services.create_plan(ward, sample_document("Dự thảo chưa trình"), drafter)
    page = _titles(client, city_viewer)
    assert issued.title in page
    assert "Dự thảo chưa trình" not in page


def test_it_searches_by_title(client, drafter, ward, draft):
    services.create_plan(ward, sample_document("Phòng chống dịch sốt xuất huyết"), drafter)
    page = _titles(client, drafter, q="sốt xuất huyết")
    assert "Phòng chống dịch sốt xuất huyết" in page
    assert draft.title not in page


def test_it_filters_by_status(client, drafter, ward, submitted):
    services.create_plan(ward, sample_document("Còn đang soạn"), drafter)
    page = _titles(client, drafter, trang_thai="submitted")
    assert submitted.title in page
    assert "Còn đang soạn" not in page


def test_login_lands_on_the_inbox_not_the_plan_list(client, drafter):
    response = client.post(reverse("login"), {"username": "soanthao", "password": "mat-khau-thu"})
    assert client.get(response["Location"], follow=True).request["PATH_INFO"] == reverse(
        "inbox:home"
    )
