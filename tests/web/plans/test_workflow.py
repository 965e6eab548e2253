"""Submit, approve, return with a comment, issue with the register's number."""

from __future__ import annotations

from datetime import date

from django.urls import reverse
from django.utils import timezone

from kehoach.web.plans.models import Plan, Register


def _post(client, user, name, plan, data=None):
    client.force_login(user)
    return client.post(reverse(name, kwargs={"pk": plan.pk}), data or {})


def test_it_submits_a_draft_for_approval(client, drafter, draft):
    _post(client, drafter, "plans:submit", draft)
    assert Plan.objects.get(pk=draft.pk).status == Plan.Status.SUBMITTED


def test_it_approves_a_submitted_plan(client, approver, submitted):
    _post(client, approver, "plans:approve", submitted)
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.APPROVED


def test_it_returns_a_plan_with_the_comment_shown_to_the_drafter(
    client, approver, drafter, submitted
):
    _post(client, approver, "plans:return", submitted, {"comment": "Bổ sung thời hạn báo cáo"})
    client.force_login(drafter)
    page = client.get(reverse("plans:detail", kwargs={"pk": submitted.pk}))
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.RETURNED
    assert "Bổ sung thời hạn báo cáo" in page.text


def test_it_requires_a_comment_to_return(client, approver, submitted):
    _post(client, approver, "plans:return", submitted, {"comment": ""})
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.SUBMITTED


def test_it_lets_the_drafter_edit_a_returned_plan(client, approver, drafter, submitted):
    _post(client, approver, "plans:return", submitted, {"comment": "Sửa lại"})
    client.force_login(drafter)
    assert client.get(reverse("plans:edit", kwargs={"pk": submitted.pk})).status_code == 200


def test_it_issues_with_the_next_number_of_the_year(client, approver, approved, ward):
    Register.objects.create(
        organisation=ward, year=timezone.localdate().year, doc_type="KH", last_number=4
    )
    response = _post(client, approver, "plans:issue", approved)
    plan = Plan.objects.get(pk=approved.pk)
    assert (plan.status, plan.number, plan.symbol) == (Plan.Status.ISSUED, "05", "KH-UBND")
    assert plan.doc_date == timezone.localdate()
    assert "Số: 05/KH-UBND" in client.get(response["Location"]).text


def test_it_does_not_issue_twice(client, approver, issued):
    _post(client, approver, "plans:issue", issued)
    assert Register.objects.get().last_number == 1


def test_it_refuses_to_approve_a_draft_not_submitted(client, approver, draft):
    assert _post(client, approver, "plans:approve", draft).status_code == 403
    assert Plan.objects.get(pk=draft.pk).status == Plan.Status.DRAFT


def test_it_shows_the_issue_date_as_vietnamese_write_it(client, approver, issued):
    client.force_login(approver)
    page = client.get(reverse("plans:detail", kwargs={"pk": issued.pk}))
    assert issued.doc_date == date(2025, 1, 6)
    assert "ngày 06 tháng 01 năm 2025" in page.text
