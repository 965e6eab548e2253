"""Nobody rewrites the audit log: not the site, not the admin, not a queryset, not raw SQL."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from kehoach.web.audit.models import AppendOnlyError, AuditEntry
from kehoach.web.plans import services


def test_an_entry_cannot_be_saved_again(issued):
    entry = AuditEntry.objects.get(action="plan.issue")
    entry.summary = "Số: 99/KH-UBND"
    with pytest.raises(AppendOnlyError):
        entry.save()


def test_an_entry_cannot_be_deleted(issued):
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.get(action="plan.issue").delete()


def test_a_queryset_cannot_update_or_delete(issued):
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().update(summary="")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


def test_the_database_refuses_an_update_behind_the_orm(issued):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET summary = 'sửa lén'")
    assert not AuditEntry.objects.filter(summary="sửa lén").exists()


def test_the_admin_offers_no_delete(admin_client, issued):
    entry = AuditEntry.objects.get(action="plan.issue")
    page = admin_client.get(reverse("admin:audit_auditentry_changelist")).text
    assert "delete_selected" not in page
    response = admin_client.post(reverse("admin:audit_auditentry_delete", args=[entry.pk]))
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_an_entry_keeps_the_name_after_the_account_goes(issued, approver):
    name = AuditEntry.objects.get(action="plan.issue").actor_name
    User.objects.filter(pk=approver.pk).delete()
    assert AuditEntry.objects.get(action="plan.issue").actor_name == name != ""


def test_the_name_is_written_family_name_first(approved, approver):
    approver.last_name, approver.first_name = "Phạm Việt", "Anh"
    approver.save()
    services.issue_plan(approved, approver)
    assert AuditEntry.objects.get(action="plan.issue").actor_name == "Phạm Việt Anh"
