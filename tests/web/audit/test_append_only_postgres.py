"""On PostgreSQL the database itself refuses to change or delete an audit entry."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connections, transaction

from kehoach.web.audit.models import AuditEntry

pytestmark = [pytest.mark.slow, pytest.mark.django_db(databases=["default", "postgres"])]


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_auditentry SET summary = 'sửa lén'", "DELETE FROM audit_auditentry"],
)
def test_the_database_refuses(on_postgres, issued, statement):
    database = AuditEntry.objects.db
    assert connections[database].vendor == "postgresql"
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(using=database),
        connections[database].cursor() as cursor,
    ):
        cursor.execute(statement)
    assert AuditEntry.objects.filter(action="plan.issue").count() == 1
