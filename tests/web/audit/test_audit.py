"""The audit log records who did what, and only the ward's approvers read it."""

from __future__ import annotations

from django.urls import reverse

from kehoach.web.audit.models import AuditEntry


def test_it_records_each_workflow_step(issued):
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == ["plan.create", "plan.submit", "plan.approve", "plan.issue"]


def test_it_records_who_did_it(issued, approver):
    assert AuditEntry.objects.get(action="plan.issue").user == approver


def test_it_shows_the_log_to_the_approver(client, approver, issued):
    client.force_login(approver)
    page = client.get(reverse("audit:list")).text
    assert "Ban hành" in page and "Số: 01/KH-UBND" in page


def test_it_hides_another_wards_log(client, stranger, issued):
    client.force_login(stranger)
    page = client.get(reverse("audit:list")).text
    assert "Số: 01/KH-UBND" not in page
