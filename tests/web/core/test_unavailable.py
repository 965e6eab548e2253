"""A database that cannot be reached gives every page the same 503 page in Vietnamese."""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from django.urls import reverse

from kehoach.web.core.unavailable import DB_UNAVAILABLE, server_error

PAGES = [
    ("plans:list", {}),
    ("plans:detail", {"pk": 1}),
    ("tasks:home", {}),
    ("calendar_page:calendar", {}),
    ("audit:list", {}),
    ("orgs:mine", {}),
    ("progress:overview", {}),
]


@pytest.fixture
def database_down(client, drafter, monkeypatch):
    """Logged in, then every session load fails as it does when PostgreSQL is stopped."""
    client.force_login(drafter)

    def refuse(self):
        raise OperationalError('connection to server at "127.0.0.1" failed: Connection refused')

    monkeypatch.setattr(SessionStore, "load", refuse)
    return client


@pytest.mark.parametrize(("name", "kwargs"), PAGES, ids=[name for name, _ in PAGES])
def test_every_page_says_the_database_is_unavailable(database_down, name, kwargs):
    response = database_down.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 503
    assert DB_UNAVAILABLE in response.content.decode()
    assert response["Retry-After"] == "120"


def test_a_form_submission_gets_the_page_too(database_down, draft):
    response = database_down.post(reverse("plans:submit", kwargs={"pk": draft.pk}))
    assert response.status_code == 503 and DB_UNAVAILABLE in response.content.decode()


def test_a_lost_connection_gets_the_page(client, drafter, monkeypatch):
    client.force_login(drafter)

    def lost(self):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(SessionStore, "load", lost)
    assert client.get(reverse("plans:list")).status_code == 503


def test_other_errors_are_not_disguised_as_an_outage(client, drafter, monkeypatch):
    client.force_login(drafter)

    def broken(self):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(SessionStore, "load", broken)
    with pytest.raises(ValueError, match="a bug"):
        client.get(reverse("plans:list"))


def test_the_500_handler_turns_an_outage_outside_a_view_into_the_page(db):
    request = RequestFactory().get("/ke-hoach/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503 and DB_UNAVAILABLE in response.content.decode()


def test_the_500_handler_leaves_other_errors_a_500(db):
    request = RequestFactory().get("/ke-hoach/")
    try:
        raise KeyError("bug")
    except KeyError:
        response = server_error(request)
    assert response.status_code == 500
