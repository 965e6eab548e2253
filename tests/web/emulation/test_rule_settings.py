"""The office's settings: stored only when usable, read by the checks and the council's ballot."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.web.audit.models import AuditEntry
from kehoach.web.emulation import awards, rule_settings
from kehoach.web.emulation.models import RuleSettings

pytestmark = pytest.mark.django_db


def rules_url(ward) -> str:
    return reverse("emulation:rules", kwargs={"org_pk": ward.pk})


def test_adopting_without_a_basis_stores_nothing_and_says_what_to_do(client, drafter, ward) -> None:
    client.force_login(drafter)
    response = client.post(
        rules_url(ward), {"r-cstdcs-ratio-value": "15", "r-cstdcs-ratio-enforce": "on"}
    )
    assert response.status_code == 200
    assert "Ghi căn cứ" in response.content.decode()
    assert not RuleSettings.objects.exists() and not AuditEntry.objects.exists()


def test_a_ratio_that_is_not_a_percentage_is_refused_in_vietnamese(client, drafter, ward) -> None:
    client.force_login(drafter)
    page = client.post(rules_url(ward), {"r-cstdcs-ratio-value": "mười lăm"}).content.decode()
    assert "không phải tỷ lệ phần trăm" in page and not RuleSettings.objects.exists()


def test_the_page_says_which_rules_were_read_and_which_are_settings(client, drafter, ward) -> None:
    client.force_login(drafter)
    page = client.get(rules_url(ward)).content.decode()
    assert "Đã đối chiếu văn bản" in page  # e.g. điểm a khoản 1 Điều 24
    assert "số điều chưa xác minh" in page  # Điều 22
    assert "Mức do đơn vị thiết lập" in page and "Nghị định số 91/2017/NĐ-CP" in page


def test_the_councils_majority_follows_the_offices_setting(
    client, drafter, ward, nomination, council
) -> None:
    client.force_login(drafter)
    client.post(
        rules_url(ward),
        {
            "m-council_default-percent": "75",
            "m-council_default-strict": "tu",
            "m-council_default-basis": "Quy chế hoạt động của Hội đồng",
        },
    )
    assert rule_settings.book_for(ward.pk).majorities["council_default"].share == 0.75
    # 3 of 5 members = 60 %: a majority, but not the 75 % this ward set
    text = awards.record_vote(nomination, 3, 2, 0)
    assert "cần từ 75% trở lên" in text and "(theo Quy chế hoạt động của Hội đồng)" in text
    assert text.endswith("không đạt.")
    assert AuditEntry.objects.filter(action="emulation.rules_settings").count() == 1


def test_every_criterion_is_named_on_the_page(client, drafter, ward) -> None:
    client.force_login(drafter)
    page = client.get(rules_url(ward)).content.decode()
    for rule in rule_settings.book_for(ward.pk).rules:
        assert rule.label and rule.label in page


def test_the_list_page_leads_the_office_to_its_rules_and_has_a_plain_title(
    client, drafter, ward
) -> None:
    client.force_login(drafter)
    page = client.get(reverse("emulation:list")).content.decode()
    assert rules_url(ward) in page
    assert "<title>Thi đua, khen thưởng · kehoach</title>" in page
