"""Access to progress pages, per view: the ward's drafters and approvers and the levels above; never
the units' reporters, never another ward."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kehoach.web.reports import services

pytestmark = pytest.mark.django_db
VIEWS = ["progress:dashboard", "progress:timeline", "progress:excel"]


def get(client, user, name, plan):
    client.force_login(user)
    return client.get(reverse(name, args=[plan.pk]))


@pytest.mark.parametrize("name", VIEWS)
def test_it_works_for_drafter_approver_and_city(
    client, drafter, approver, city_viewer, issued_plan, name
):
    for user in (drafter, approver, city_viewer):
        assert get(client, user, name, issued_plan).status_code == 200


@pytest.mark.parametrize("name", VIEWS)
def test_it_checks_ownership_across_wards(client, stranger, other_ward_reporter, issued_plan, name):
    assert get(client, stranger, name, issued_plan).status_code == 404
    assert get(client, other_ward_reporter, name, issued_plan).status_code == 404


@pytest.mark.parametrize("name", VIEWS)
def test_it_refuses_unit_reporters(client, vhxh_reporter, issued_plan, name):
    assert get(client, vhxh_reporter, name, issued_plan).status_code == 403


@pytest.mark.parametrize("name", VIEWS)
def test_it_refuses_a_draft(client, drafter, draft, name):
    assert get(client, drafter, name, draft).status_code == 403


@pytest.mark.parametrize("name", VIEWS)
def test_it_requires_login(client, issued_plan, name):
    assert client.get(reverse(name, args=[issued_plan.pk])).status_code == 302


def test_overview_shows_every_ward_to_the_city(client, city_viewer, issued_plan, other_ward_plan):
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview")).content.decode()
    assert issued_plan.organisation.name in page and other_ward_plan.organisation.name in page


def test_overview_shows_a_ward_only_its_own(client, drafter, issued_plan, other_ward_plan):
    client.force_login(drafter)
    page = client.get(reverse("progress:overview")).content.decode()
    assert issued_plan.organisation.name in page
    assert other_ward_plan.organisation.name not in page


def test_overview_refuses_a_unit_reporter(client, vhxh_reporter, issued_plan):
    client.force_login(vhxh_reporter)
    assert client.get(reverse("progress:overview")).status_code == 403


def test_overview_sums_accepted_figures_per_ward(
    client, city_viewer, drafter, vhxh_task, vhxh_reporter
):
    report = services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={"phat_thanh": 21},
        text="",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )
    services.accept_report(report, drafter)
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview")).content.decode()
    assert "Số liệu đã được chấp nhận, theo cơ quan" in page and ">21<" in page
