"""Drafts from the calendar page, for a ward with a unit profile: its header, dated duties per unit."""

from __future__ import annotations

from django.urls import reverse

from kehoach.web.plans.models import Plan


def _create(client, drafter, ward) -> Plan:
    client.force_login(drafter)
    client.post(
        reverse("calendar_page:create_plan"),
        {
            "nam": 2025,
            "quy": 2,
            "pham_vi": "hai-phong",
            "organisation": ward.pk,
            "occasion": ["giai-phong-mien-nam", "giai-phong-hai-phong"],
        },
    )
    return Plan.objects.get()


def test_the_draft_has_the_wards_signer_and_recipients(client, drafter, ward):
    document = _create(client, drafter, ward).document()
    assert document.signature is not None and document.signature.name == "Nguyễn Văn A"
    assert document.recipients[0] == "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)"


def test_every_unit_has_its_own_dated_duty(client, drafter, ward):
    assignments = _create(client, drafter, ward).document().assignments
    assert {a.unit for a in assignments} == set(ward.units.values_list("name", flat=True))
    assert all(a.deadline is not None for a in assignments)
    assert len({a.text for a in assignments}) == len(assignments)


def test_the_citys_own_commemorations_are_ticked(client, drafter):
    client.force_login(drafter)
    page = client.get(
        reverse("calendar_page:calendar"), {"nam": 2025, "quy": 2, "pham_vi": "hai-phong"}
    ).text
    assert 'value="chien-thang-bach-dang-1288" checked' in page
