"""/metrics gives the operator's Prometheus the requests and the job queue, and nobody else anything."""

from __future__ import annotations

import pytest

from kehoach.web.jobs import jobs

pytestmark = pytest.mark.django_db


def test_requests_are_counted(client):
    client.get("/dang-nhap/")
    body = client.get("/metrics").content.decode()
    assert "django_http_requests_total_by_method_total" in body


def test_the_queue_length_is_reported(client):
    jobs.send_daily_digests.enqueue("2025-03-10")
    body = client.get("/metrics").content.decode()
    assert 'kehoach_jobs{status="READY"} 1.0' in body


def test_another_address_gets_nothing(client):
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 404
