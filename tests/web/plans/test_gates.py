"""Gates with reasons: submitting with lint errors asks for confirmation; issuing is refused while the
plan has blockers unless a leader overrides with a written reason (logged, shown on the plan)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kehoach.document.model import Assignment
from kehoach.web.audit.models import AuditEntry
from kehoach.web.orgs.models import Membership
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from web.factories import make_user, sample_document

REASON = "Chỉ đạo khẩn của Thành ủy, bổ sung số văn bản sau."


@pytest.fixture
def clerk(ward):
    return make_user("vanthu", ward, Membership.Role.CLERK)


@pytest.fixture
def blocked(ward, drafter, approver) -> Plan:
    """Approved, but citing a plan without its number and giving work without a deadline."""
    document = dataclasses.replace(
        sample_document(),
        preamble=["Thực hiện Kế hoạch số /KH-UBND ngày 10/01/2025 của Ủy ban nhân dân thành phố."],
        assignments=[
            Assignment("Phòng Văn hóa - Xã hội", "Chủ trì.", "lead", date(2025, 3, 1)),
            Assignment("Công an phường", "Bảo đảm an ninh.", "support"),
        ],
    )
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter)
    return services.approve_plan(plan, approver)


def _issue(client, user, plan, **data):
    client.force_login(user)
    return client.post(reverse("plans:issue", kwargs={"pk": plan.pk}), data, follow=True)


def test_it_refuses_to_issue_and_says_why(client, approver, blocked):
    page = _issue(client, approver, blocked)
    assert Plan.objects.get(pk=blocked.pk).status == Plan.Status.APPROVED
    assert "còn 2 vướng mắc" in page.text
    assert "“số /KH-UBND”" in page.text and "Công an phường" in page.text


def test_a_one_word_reason_is_not_a_reason(client, approver, blocked):
    _issue(client, approver, blocked, override_reason="ok")
    assert Plan.objects.get(pk=blocked.pk).status == Plan.Status.APPROVED


def test_a_leader_overrides_with_a_reason_logged_and_shown(client, approver, blocked):
    page = _issue(client, approver, blocked, override_reason=REASON)
    plan = Plan.objects.get(pk=blocked.pk)
    assert plan.status == Plan.Status.ISSUED
    assert plan.gate_override["reason"] == REASON and len(plan.gate_override["blockers"]) == 2
    entry = AuditEntry.objects.get(action="plan.issue_override", object_id=plan.pk)
    assert entry.summary == REASON
    assert REASON in page.text and "Ban hành khi còn vướng mắc" in page.text


def test_the_clerk_issues_a_clean_plan(client, clerk, approved):
    _issue(client, clerk, approved)
    assert Plan.objects.get(pk=approved.pk).status == Plan.Status.ISSUED


def test_the_clerk_cannot_override(client, clerk, blocked):
    page = _issue(client, clerk, blocked, override_reason=REASON)
    assert Plan.objects.get(pk=blocked.pk).status == Plan.Status.APPROVED
    assert "lãnh đạo quyết định" in page.text


def test_a_unit_outside_the_organisation_blocks(client, approver, ward, drafter):
    document = dataclasses.replace(
        sample_document(),
        assignments=[
            Assignment("Hội Người cao tuổi phường", "Vận động.", "support", date(2025, 3, 1))
        ],
    )
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter)
    services.approve_plan(plan, approver)
    page = _issue(client, approver, plan)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.APPROVED
    assert "không có trong danh sách đơn vị" in page.text


def test_a_plan_without_signer_blocks(client, approver, ward, drafter):
    plan = services.create_plan(
        ward, dataclasses.replace(sample_document(), signature=None), drafter
    )
    services.submit_plan(plan, drafter)
    services.approve_plan(plan, approver)
    assert "Chưa có người ký" in _issue(client, approver, plan).text
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.APPROVED


def test_the_issue_date_is_chosen_but_not_before_approval(client, approver, approved):
    yesterday = timezone.localdate() - timedelta(days=1)
    _issue(client, approver, approved, issue_date=yesterday.strftime("%d/%m/%Y"))
    assert Plan.objects.get(pk=approved.pk).status == Plan.Status.APPROVED
    later = timezone.localdate() + timedelta(days=3)
    _issue(client, approver, approved, issue_date=later.strftime("%d/%m/%Y"))
    assert Plan.objects.get(pk=approved.pk).doc_date == later


@pytest.fixture
def faulty(ward, drafter) -> Plan:
    """A draft whose title counts the anniversary wrong: lint reports an error."""
    title = "Tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"
    return services.create_plan(ward, sample_document(title=title), drafter)


def test_submitting_with_lint_errors_asks_for_confirmation(client, drafter, faulty):
    client.force_login(drafter)
    page = client.post(
        reverse("plans:submit", kwargs={"pk": faulty.pk}), {"t-comment": "Xin ý kiến"}
    )
    assert Plan.objects.get(pk=faulty.pk).status == Plan.Status.DRAFT
    assert "còn 1 lỗi kiểm tra" in page.text and "94 năm" in page.text


def test_confirmed_submission_goes_through_with_its_comment(client, drafter, faulty):
    client.force_login(drafter)
    data = {"t-comment": "Xin ý kiến về số năm", "t-confirm": "on"}
    client.post(reverse("plans:submit", kwargs={"pk": faulty.pk}), data)
    plan = Plan.objects.get(pk=faulty.pk)
    assert (plan.status, plan.submit_comment) == (Plan.Status.SUBMITTED, "Xin ý kiến về số năm")


def test_the_drafter_chooses_the_leader_where_there_are_several(client, ward, drafter, draft):
    make_user("lanhdao", ward, Membership.Role.APPROVER)
    second = make_user("phochutich", ward, Membership.Role.APPROVER)
    client.force_login(drafter)
    url = reverse("plans:submit", kwargs={"pk": draft.pk})
    assert Plan.objects.get(pk=draft.pk).status == Plan.Status.DRAFT
    client.post(url, {"t-comment": ""})
    assert Plan.objects.get(pk=draft.pk).status == Plan.Status.DRAFT  # no leader chosen
    client.post(url, {"t-approver": str(second.pk)})
    assert Plan.objects.get(pk=draft.pk).submitted_to == second


def test_the_drafter_withdraws_a_submission(client, drafter, submitted):
    client.force_login(drafter)
    client.post(reverse("plans:withdraw", kwargs={"pk": submitted.pk}))
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.DRAFT
    assert AuditEntry.objects.filter(action="plan.withdraw", object_id=submitted.pk).exists()


def _approved_report(ward, drafter, approver, *paragraphs: str) -> Plan:
    """A BC on next year's first quarter, approved today: any issue day now is before its end."""
    year = timezone.localdate().year + 1
    document = dataclasses.replace(
        sample_document(),
        doc_type="BC",
        title=f"Kết quả quý I năm {year} thực hiện công tác tuyên truyền pháp luật",
        preamble=["Kính gửi: Ủy ban nhân dân thành phố.", *paragraphs],
        assignments=[],
    )
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter)
    return services.approve_plan(plan, approver)


def test_a_report_issued_before_its_period_ends_is_refused_even_with_a_reason(
    client, approver, ward, drafter
):
    report = _approved_report(ward, drafter, approver)
    page = _issue(client, approver, report, override_reason=REASON)
    assert Plan.objects.get(pk=report.pk).status == Plan.Status.APPROVED
    assert "trước khi hết kỳ báo cáo" in page.text and "ước thực hiện" in page.text


def test_an_estimated_report_is_issued_before_its_period_ends(
    client, clerk, ward, drafter, approver
):
    report = _approved_report(
        ward, drafter, approver, "Số liệu ước thực hiện đến hết quý, báo cáo chính thức sau."
    )
    _issue(client, clerk, report)
    assert Plan.objects.get(pk=report.pk).status == Plan.Status.ISSUED


def test_a_report_issued_on_a_day_after_its_period_goes_through(
    client, clerk, ward, drafter, approver
):
    report = _approved_report(ward, drafter, approver)
    client.force_login(clerk)
    page = client.get(reverse("plans:detail", kwargs={"pk": report.pk}))
    assert "Chọn ngày ban hành phù hợp với kỳ báo cáo" in page.text
    after = date(timezone.localdate().year + 1, 4, 1)
    _issue(client, clerk, report, issue_date=after.strftime("%d/%m/%Y"))
    assert Plan.objects.get(pk=report.pk).doc_date == after
