"""Drafts from the calendar page, for a ward with a unit profile: its header, dated duties per unit."""

from __future__ import annotations

import re

from django.urls import reverse

from conftest import ROOT
from kehoach.web.orgs.models import Membership
from kehoach.web.orgs.profiles import import_profile, read_profile_file
from kehoach.web.plans.models import Plan
from web.factories import form_data, make_org, make_user


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


def test_an_organisation_without_a_profile_gets_duties_per_unit_kind(client, city):
    org = make_org("an-bien", "Ủy ban nhân dân phường An Biên", parent=city)
    user = make_user("anbien", org, Membership.Role.DRAFTER)
    client.force_login(user)
    client.post(
        reverse("calendar_page:create_plan"),
        {"nam": 2025, "quy": 2, "organisation": org.pk, "occasion": ["giai-phong-mien-nam"]},
    )
    document = Plan.objects.get().document()
    texts = {a.unit: a.text for a in document.assignments}
    assert "loa truyền thanh" in texts["Trung tâm Văn hóa - Thể thao"]
    assert texts["Phòng Văn hóa - Xã hội"] != texts["Trung tâm Văn hóa - Thể thao"]
    assert all(a.deadline is not None for a in document.assignments)
    assert document.issuer == "Ủy ban nhân dân phường An Biên" and document.archive == [
        "VT",
        "VHXH",
    ]
    assert all(n.path[:1].isupper() for n in document.review)  # Vietnamese labels, no field names


def test_the_page_ticks_the_wards_own_provinces_days_by_default(client, city):
    thanh_xuan = import_profile(
        read_profile_file(ROOT / "examples" / "profiles" / "phuong-thanh-xuan-ha-noi.yaml"),
        "thanh-xuan",
        parent=city,
    )
    client.force_login(make_user("thanhxuan", thanh_xuan, Membership.Role.DRAFTER))
    page = client.get(reverse("calendar_page:calendar"), {"nam": 2025, "quy": 4}).text
    assert '<option value="ha-noi" selected>' in page
    assert 'value="giai-phong-thu-do" checked' in page


def test_the_editor_saves_a_calendar_draft_unchanged(client, drafter, ward):
    client.force_login(drafter)
    client.post(
        reverse("calendar_page:create_plan"),
        {
            "nam": 2026,
            "quy": 1,
            "pham_vi": "hai-phong",
            "organisation": ward.pk,
            "occasion": ["ngay-thanh-lap-dang", "tet-nguyen-dan", "le-hoi-nu-tuong-le-chan"],
        },
    )
    plan = Plan.objects.get()
    before = plan.document()
    response = client.post(reverse("plans:edit", kwargs={"pk": plan.pk}), form_data(plan))
    assert response.status_code == 302
    plan.refresh_from_db()
    saved = plan.document()
    assert plan.version == 2
    assert [(a.unit, a.text, a.deadline, a.partners) for a in saved.assignments] == [
        (a.unit, a.text, a.deadline, a.partners) for a in before.assignments
    ]
    assert saved.sections == before.sections and saved.appendices == before.appendices


def test_the_wards_own_festival_is_ticked_and_another_wards_is_not(client, drafter):
    client.force_login(drafter)
    q1 = client.get(reverse("calendar_page:calendar"), {"nam": 2026, "quy": 1}).text
    q3 = client.get(reverse("calendar_page:calendar"), {"nam": 2026, "quy": 3}).text
    assert 'value="le-hoi-nu-tuong-le-chan" checked' in q1
    assert re.search(r'value="le-hoi-choi-trau-do-son"\s+aria-label', q3)  # Đồ Sơn's, not ours
