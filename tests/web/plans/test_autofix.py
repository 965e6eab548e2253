""" "Sửa tự động" in the editor: safe lint fixes applied to the stored plan, one finding or all."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from kehoach.document.model import Section
from kehoach.web.audit.models import AuditEntry
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from web.factories import sample_document

TYPO = "Đăng tải trên Công thông tin điện tử của phường."
MIXED = "Giữ gìn văn hoá, phát huy bản sắc truyền thống."


@pytest.fixture
def typo_plan(ward, drafter) -> Plan:
    document = sample_document()
    document.sections.append(Section("III", "KINH PHÍ", [TYPO, MIXED]))
    return services.create_plan(ward, document, drafter)


def _paragraphs(plan: Plan) -> list[str]:
    plan.refresh_from_db()
    return plan.document().sections[-1].paragraphs


def _buttons(html: str) -> list[tuple[str, str]]:
    """(finding number, rule) of every "Sửa tự động" button on the page."""
    return re.findall(
        r'name="finding" value="(\d+)">\s*<input type="hidden" name="rule" value="([^"]+)"', html
    )


def test_the_editor_offers_a_button_only_on_findings_with_a_safe_fix(client, drafter, typo_plan):
    client.force_login(drafter)
    page = client.get(reverse("plans:edit", kwargs={"pk": typo_plan.pk})).text
    assert "Sửa tất cả" in page
    assert page.count(">Sửa tự động</button>") == len(_buttons(page)) == 2


def test_a_plan_without_safe_fixes_gets_no_buttons(client, drafter, ward):
    document = sample_document()
    document.sections.append(Section("III", "THỜI GIAN", ["Hoàn thành trước ngày 31/02/2025."]))
    plan = services.create_plan(ward, document, drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:edit", kwargs={"pk": plan.pk})).text
    assert 'class="sev-error"' in page
    assert "Sửa tự động" not in page and "Sửa tất cả" not in page


def test_one_click_fixes_that_finding_only(client, drafter, typo_plan):
    client.force_login(drafter)
    page = client.get(reverse("plans:edit", kwargs={"pk": typo_plan.pk})).text
    number, rule = next((n, r) for n, r in _buttons(page) if r != "tone-mark-style")
    response = client.post(
        reverse("plans:autofix", kwargs={"pk": typo_plan.pk}),
        {"version": 1, "finding": number, "rule": rule},
        follow=True,
    )
    assert "Đã sửa 1 lỗi: “Công” → “Cổng”" in response.text
    assert _paragraphs(typo_plan) == [TYPO.replace("Công", "Cổng"), MIXED]
    assert typo_plan.version == 2


def test_fix_all_fixes_the_typo_and_the_tone_mark_mix(client, drafter, typo_plan):
    client.force_login(drafter)
    response = client.post(
        reverse("plans:autofix", kwargs={"pk": typo_plan.pk}), {"version": 1}, follow=True
    )
    assert "Đã sửa 2 lỗi" in response.text
    assert _paragraphs(typo_plan) == [
        "Đăng tải trên Cổng thông tin điện tử của phường.",
        "Giữ gìn văn hóa, phát huy bản sắc truyền thống.",
    ]
    entry = AuditEntry.objects.filter(action="plan.save").latest("pk")
    assert "Sửa tự động" in entry.summary


def test_a_stale_version_is_refused_and_nothing_changes(client, drafter, typo_plan):
    client.force_login(drafter)
    services.save_plan(typo_plan, typo_plan.document(), 1, drafter, "Lưu")
    response = client.post(
        reverse("plans:autofix", kwargs={"pk": typo_plan.pk}), {"version": 1}, follow=True
    )
    assert "Chưa sửa" in response.text and "phiên bản 2" in response.text
    assert _paragraphs(typo_plan) == [TYPO, MIXED]
    assert typo_plan.version == 2


@pytest.mark.parametrize(("who", "status"), [("stranger", 404), ("approver", 403)])
def test_users_who_may_not_edit_are_refused(client, request, typo_plan, who, status):
    client.force_login(request.getfixturevalue(who))
    response = client.post(reverse("plans:autofix", kwargs={"pk": typo_plan.pk}), {"version": 1})
    assert response.status_code == status
    assert _paragraphs(typo_plan) == [TYPO, MIXED]
