"""/healthz tells the proxy whether this server can serve: database and LibreOffice."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db


def test_a_healthy_server_answers_200(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content)["checks"] == {"database": "ok", "libreoffice": "ok"}


def test_it_needs_no_login_and_holds_no_data(client, draft):
    body = client.get("/healthz").content.decode()
    assert draft.title not in body and "login" not in body


def test_a_missing_libreoffice_gives_503_with_the_reason(client, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "LibreOffice" in json.loads(response.content)["checks"]["libreoffice"]
