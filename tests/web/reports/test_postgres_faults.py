"""PostgreSQL stopped in the middle of a submission: the reporter sees a clear error, nothing is
half-saved (no report, no revision, no evidence file), and the same submission succeeds once the
server is back. Uses the session's PostgreSQL test cluster (tests/web/conftest.py), stopped and
started again with pg_ctl inside the test."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections
from django.urls import reverse

from kehoach.web.reports import services
from kehoach.web.reports.models import Evidence, ReportRevision, UnitReport
from kehoach.web.reports.views import DB_DOWN
from kehoach.web.tasks.models import Task
from web.tasks.fixtures import png_bytes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, databases=["default", "postgres"]),
]


def files_under(root) -> list:
    """The evidence files (the issued plan's frozen documents live elsewhere under the root)."""
    evidence = root / "evidence"
    return [p for p in evidence.rglob("*") if p.is_file()] if evidence.exists() else []


def submission():
    return {
        "version": "0",
        "action": "submit",
        "so_phat_thanh": "12",
        "text": "Đã phát thanh 12 buổi.",
        "evidence": SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png"),
    }


def test_a_submission_survives_the_database_stopping_midway(
    _postgres_cluster, on_postgres, client, vhxh_reporter, vhxh_task, media_root, monkeypatch
):
    assert connections[Task.objects.db].vendor == "postgresql"
    client.force_login(vhxh_reporter)
    url = reverse("reports:task", args=[vhxh_task.pk])
    original = services._revision

    def stop_then_continue(*args, **kwargs):
        _postgres_cluster.halt()  # the report row is written, its revision not yet
        return original(*args, **kwargs)

    monkeypatch.setattr(services, "_revision", stop_then_continue)
    try:
        response = client.post(url, submission())
    finally:
        if not _postgres_cluster.is_running():
            _postgres_cluster.serve()
    monkeypatch.setattr(services, "_revision", original)
    connections["postgres"].close()  # what Django does at the start of the next request

    assert response.status_code == 503
    assert DB_DOWN in response.content.decode()
    assert 'value="12"' in response.content.decode()  # what the reporter typed is still there
    assert not UnitReport.objects.exists()
    assert not ReportRevision.objects.exists() and not Evidence.objects.exists()
    assert Task.objects.get(pk=vhxh_task.pk).report_state == "none"
    assert files_under(media_root) == []

    retry = client.post(url, submission())
    assert retry.status_code == 302
    report = UnitReport.objects.get(task=vhxh_task)
    assert report.state == "submitted" and report.figures == {"phat_thanh": 12}
    assert report.revisions.count() == 1 and report.evidence.count() == 1
    assert len(files_under(media_root)) == 1
