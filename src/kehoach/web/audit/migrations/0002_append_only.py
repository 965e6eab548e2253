"""The audit log becomes append-only: names kept in the entry, triggers refuse changes.

SQLite refuses UPDATE (DELETE stays possible there only for the test runner's flush between tests;
the site and the admin refuse it); PostgreSQL refuses both UPDATE and DELETE.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
]
POSTGRES_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION audit_entry_refuse() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_auditentry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()""",
]


def fill_names(apps, schema_editor):
    entry = apps.get_model("audit", "AuditEntry")
    user = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    for person in user.objects.filter(pk__in=entry.objects.values("user_id")):
        name = " ".join(p for p in (person.last_name, person.first_name) if p) or person.username
        entry.objects.filter(user_id=person.pk).update(actor_name=name)


def add_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRES_TRIGGERS}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    elif vendor == "postgresql":
        schema_editor.execute("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_auditentry")
        schema_editor.execute("DROP FUNCTION IF EXISTS audit_entry_refuse()")


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("orgs", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="actor_name",
            field=models.CharField(blank=True, max_length=200, verbose_name="người thực hiện"),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="organisation",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="audit_entries",
                to="orgs.organisation",
                verbose_name="cơ quan",
            ),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="user",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="tài khoản",
            ),
        ),
        migrations.RunPython(fill_names, migrations.RunPython.noop),
        migrations.RunPython(add_triggers, drop_triggers),
    ]
