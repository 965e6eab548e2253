"""Thu hồi, đính chính: a decision of its own, numbered from the register, linked both ways."""

from __future__ import annotations

import re
from datetime import date

from django.urls import reverse

from kehoach.web.audit.models import AuditEntry
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan


def _start(client, drafter, plan, kind, reason="Trùng với kế hoạch đã ban hành trước"):
    client.force_login(drafter)
    client.post(reverse("plans:amend", kwargs={"pk": plan.pk}), {"kind": kind, "reason": reason})
    return Plan.objects.get(amends=plan, amend_kind=kind)


def _issue(decision, drafter, approver):
    services.submit_plan(decision, drafter)
    services.approve_plan(decision, approver)
    return services.issue_plan(decision, approver, today=date(2025, 1, 20))


def test_a_recall_is_a_numbered_decision_and_the_plan_is_recalled(
    client, drafter, approver, issued
):
    decision = _issue(_start(client, drafter, issued, "recall"), drafter, approver)
    assert (decision.doc_type, decision.number, decision.symbol) == ("QĐ", "01", "QĐ-UBND")
    assert "thu hồi Kế hoạch số 01/KH-UBND" in decision.title
    assert Plan.objects.get(pk=issued.pk).status == Plan.Status.RECALLED
    assert AuditEntry.objects.filter(action="plan.recall", object_id=issued.pk).exists()
    page = client.get(reverse("plans:detail", kwargs={"pk": issued.pk})).text
    assert "Đã thu hồi bởi" in page and "Số 01/QĐ-UBND" in page
    back = client.get(reverse("plans:detail", kwargs={"pk": decision.pk})).text
    assert "Số 01/KH-UBND" in back and re.search(r'<div class="kind"[^>]*>QUYẾT ĐỊNH</div>', back)


def test_a_correction_keeps_the_plan_in_force(client, drafter, approver, issued):
    decision = _issue(_start(client, drafter, issued, "correct"), drafter, approver)
    assert Plan.objects.get(pk=issued.pk).status == Plan.Status.ISSUED
    page = client.get(reverse("plans:detail", kwargs={"pk": issued.pk})).text
    assert "Đã đính chính bởi" in page and f"Số {decision.number}/{decision.symbol}" in page


def test_only_one_open_decision_at_a_time(client, drafter, issued):
    _start(client, drafter, issued, "correct")
    client.post(
        reverse("plans:amend", kwargs={"pk": issued.pk}),
        {"kind": "recall", "reason": "Sai sót lớn"},
    )
    assert Plan.objects.filter(amends=issued).count() == 1


def test_a_reason_is_required(client, drafter, issued):
    client.force_login(drafter)
    client.post(reverse("plans:amend", kwargs={"pk": issued.pk}), {"kind": "recall", "reason": ""})
    assert not Plan.objects.filter(amends=issued).exists()
