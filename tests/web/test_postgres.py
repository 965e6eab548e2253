"""The same models and views on PostgreSQL: a cluster started for this session (tests/web/postgres.py)
and every query of these tests routed to it. If the server cannot start, these tests fail."""

from __future__ import annotations

import dataclasses
import threading
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections
from django.urls import reverse

from conftest import SEEDS
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan, PlanVersion
from kehoach.web.routing import pinned
from web.factories import form_data

pytestmark = [pytest.mark.slow, pytest.mark.django_db(databases=["default", "postgres"])]


def test_it_really_runs_on_postgresql(on_postgres, draft):
    assert connections[Plan.objects.db].vendor == "postgresql"
    assert Plan.objects.filter(pk=draft.pk).exists()


def test_it_uploads_and_lists_a_plan(on_postgres, client, drafter, ward):
    client.force_login(drafter)
    client.post(
        reverse("plans:upload"),
        {"organisation": ward.pk, "file": SimpleUploadedFile(SEEDS[0].name, SEEDS[0].read_bytes())},
    )
    plan = Plan.objects.get()
    assert plan.title in client.get(reverse("plans:list"), {"q": "quý I"}).text


def test_it_refuses_a_stale_save(on_postgres, client, drafter, draft):
    client.force_login(drafter)
    url = reverse("plans:edit", kwargs={"pk": draft.pk})
    first, second = form_data(draft, title="Một"), form_data(draft, title="Hai")
    assert client.post(url, first).status_code == 302
    assert client.post(url, second).status_code == 409
    assert Plan.objects.get(pk=draft.pk).title == "Một"


def test_it_never_half_saves_an_edit(on_postgres, client, drafter, draft):
    client.force_login(drafter)
    with (
        mock.patch.object(PlanVersion.objects, "create", side_effect=RuntimeError("mất kết nối")),
        pytest.raises(RuntimeError),
    ):
        client.post(
            reverse("plans:edit", kwargs={"pk": draft.pk}), form_data(draft, title="Dở dang")
        )
    stored = Plan.objects.get(pk=draft.pk)
    assert (stored.title, stored.version, stored.versions.count()) == (draft.title, 1, 1)


def test_it_issues_with_the_register_number(on_postgres, client, approver, approved):
    client.force_login(approver)
    client.post(reverse("plans:issue", kwargs={"pk": approved.pk}))
    assert Plan.objects.get(pk=approved.pk).number == "01"


def test_it_hides_another_wards_plan(on_postgres, client, stranger, draft):
    client.force_login(stranger)
    assert client.get(reverse("plans:detail", kwargs={"pk": draft.pk})).status_code == 404


@pytest.mark.django_db(transaction=True, databases=["default", "postgres"])
def test_it_lets_only_one_of_two_simultaneous_saves_win(on_postgres, draft, drafter):
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(title: str) -> None:
        with pinned("postgres"):
            try:
                barrier.wait(timeout=30)
                services.save_plan(
                    draft, dataclasses.replace(draft.document(), title=title), 1, drafter
                )
                outcomes.append("saved")
            except services.StaleVersion:
                outcomes.append("refused")
            finally:
                connections.close_all()

    threads = [threading.Thread(target=save, args=(title,)) for title in ("Chị Lan", "Anh Minh")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    stored = Plan.objects.get(pk=draft.pk)
    assert sorted(outcomes) == ["refused", "saved"]
    assert (stored.version, stored.versions.count()) == (2, 2)
    assert stored.title in {"Chị Lan", "Anh Minh"}
