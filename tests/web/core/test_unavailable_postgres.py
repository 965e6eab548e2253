"""PostgreSQL really stopped: a plan page is the 503 page, and works again once the server is back.
Uses the session's PostgreSQL test cluster (tests/web/conftest.py), stopped and restarted here."""

from __future__ import annotations

import pytest
from django.db import connections
from django.urls import reverse

from kehoach.web.core.unavailable import DB_UNAVAILABLE
from kehoach.web.plans.models import Plan

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, databases=["default", "postgres"]),
]


def test_a_plan_page_while_postgresql_is_stopped(_postgres_cluster, on_postgres, client, draft):
    assert connections[Plan.objects.db].vendor == "postgresql"
    client.force_login(draft.created_by)
    url = reverse("plans:detail", kwargs={"pk": draft.pk})
    assert client.get(url).status_code == 200

    _postgres_cluster.halt()
    try:
        down = client.get(url)
    finally:
        if not _postgres_cluster.is_running():
            _postgres_cluster.serve()
    connections["postgres"].close()  # what Django does with a broken connection after a request

    assert down.status_code == 503
    assert DB_UNAVAILABLE in down.content.decode()
    back = client.get(url)
    assert back.status_code == 200
    assert draft.title in back.content.decode()
