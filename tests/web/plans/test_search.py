"""Search ignores case and tone marks; a received plan's row shows its issuer; labels fit the type."""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from kehoach.web.plans import services
from web.factories import sample_document


@pytest.fixture
def listing(client, drafter, draft, upper):
    client.force_login(drafter)
    return client


@pytest.mark.parametrize("query", ["TUYÊN TRUYỀN", "tuyen truyen", "Tuyên Truyen", "quý i"])
def test_search_ignores_case_and_tone_marks(listing, draft, query):
    page = listing.get(reverse("plans:list"), {"q": query}).text
    assert draft.title in page


def test_search_by_number_with_its_symbol(client, drafter, issued):
    client.force_login(drafter)
    page = client.get(reverse("plans:list"), {"q": "01/kh-ubnd"}).text
    assert reverse("plans:detail", kwargs={"pk": issued.pk}) in page


def test_a_search_that_matches_nothing_says_so(listing):
    assert "khớp bộ lọc" in listing.get(reverse("plans:list"), {"q": "bầu cử"}).text


@pytest.mark.django_db(databases=["default", "postgres"])
def test_search_ignores_tone_marks_on_postgresql(on_postgres, client, ward, drafter):
    plan = services.create_plan(ward, sample_document(), drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:list"), {"q": "TUYEN TRUYEN"}).text
    assert plan.title in page


def test_a_received_plan_shows_its_issuer_not_the_receiving_ward(listing, upper, ward):
    page = listing.get(reverse("plans:list"), {"loai": "upper"}).text
    assert upper.issuer and upper.issuer in page
    assert f'<td class="optional">{ward.name}</td>' not in page


def test_a_report_is_labelled_as_a_report(client, ward, drafter):
    bc = services.create_plan(
        ward,
        dataclasses.replace(sample_document("Kết quả tuyên truyền quý I"), doc_type="BC"),
        drafter,
    )
    client.force_login(drafter)
    page = client.get(reverse("plans:detail", kwargs={"pk": bc.pk})).text
    assert "Báo cáo của đơn vị" in page and "Kế hoạch của đơn vị" not in page
