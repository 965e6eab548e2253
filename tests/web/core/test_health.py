"""/healthz tells the proxy whether this server can serve (database, LibreOffice) and the operator
whether the queue moves."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs import renders, schedule

pytestmark = pytest.mark.django_db


def test_a_healthy_server_answers_200(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "libreoffice": "ok", "queue": "ok"},
    }


def test_it_needs_no_login_and_holds_no_data(client, draft):
    body = client.get("/healthz").content.decode()
    assert draft.title not in body and "login" not in body


def test_a_missing_libreoffice_gives_503_with_the_reason(client, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "LibreOffice" in json.loads(response.content)["checks"]["libreoffice"]


def _job_waiting_since(minutes: int) -> None:
    renders.make_file.enqueue(1)
    earlier = timezone.now() - timedelta(minutes=minutes)
    DBTaskResult.objects.update(enqueued_at=earlier, run_after=earlier)


def test_jobs_waiting_with_no_worker_alive_say_what_to_do_but_keep_the_server_in(client):
    _job_waiting_since(minutes=30)
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200 and body["status"] == "degraded"
    assert body["checks"]["queue"].startswith("1 việc nền đang chờ từ ")
    assert "hãy chạy lại" in body["checks"]["queue"]


def test_a_worker_alive_keeps_the_queue_ok(client):
    _job_waiting_since(minutes=30)
    schedule.beat("worker-1")
    assert json.loads(client.get("/healthz").content)["checks"]["queue"] == "ok"


def test_a_job_just_queued_is_not_a_stuck_queue(client):
    renders.make_file.enqueue(1)
    assert json.loads(client.get("/healthz").content)["checks"]["queue"] == "ok"
