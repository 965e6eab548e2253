"""The dashboard and the overview make the same number of SQL queries whatever the number of units:
every panel is one aggregate, never a query per unit (3,000 units must cost what 3 cost)."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure, UnitReport
from kehoach.web.tasks.models import Task

pytestmark = pytest.mark.django_db
STATES = ["none", "submitted", "returned", "accepted", "partial", "accepted"]


def _plan_with_units(city, drafter, slug: str, units: int) -> Plan:
    """An issued plan of a new ward whose `units` units each have two tasks in various states,
    with accepted figures (the shape the dashboard aggregates)."""
    ward = Organisation.objects.create(
        slug=slug, name=f"Ủy ban nhân dân phường {slug}", parent=city
    )
    Membership.objects.create(user=drafter, organisation=ward, role=Membership.Role.DRAFTER)
    Unit.objects.bulk_create(
        Unit(organisation=ward, name=f"Tổ dân phố số {n}", order=n) for n in range(units)
    )
    plan = Plan(organisation=ward, kind="own", status="issued", version=1, created_by=drafter)
    plan.number, plan.symbol, plan.doc_date = "07", "KH-UBND", date(2025, 1, 6)
    plan.save()
    tasks = [
        Task(plan=plan, unit=unit, position=position, text="Tuyên truyền.", deadline=date(2025, 3, 1 + position),
             report_state=STATES[(unit.order + position) % len(STATES)])
        for unit in Unit.objects.filter(organisation=ward)
        for position in range(2)
    ]  # fmt: skip
    Task.objects.bulk_create(tasks)
    reported = list(Task.objects.filter(plan=plan).exclude(report_state="none"))
    reports = UnitReport.objects.bulk_create(
        UnitReport(
            task=task,
            state="submitted" if task.report_state == "partial" else task.report_state,
            figures={"phat_thanh": 2},
        )
        for task in reported
    )
    AcceptedFigure.objects.bulk_create(
        AcceptedFigure(plan=plan, unit_id=task.unit_id, report=report, key="phat_thanh", value=2)
        for task, report in zip(reported, reports, strict=True)
        if report.state == "accepted"
    )
    return plan


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_dashboard_and_overview_query_count_does_not_grow_with_units(client, city, drafter):
    small = _plan_with_units(city, drafter, "nho", 3)
    large = _plan_with_units(city, drafter, "lon", 70)  # more than one page of units (50)
    client.force_login(drafter)
    dashboard = [
        _queries(client, reverse("progress:dashboard", kwargs={"pk": p.pk})) for p in (small, large)
    ]
    late = [
        _queries(client, reverse("progress:dashboard", kwargs={"pk": p.pk}) + "?loc=qua-han")
        for p in (small, large)
    ]
    timeline = [
        _queries(client, reverse("progress:timeline", kwargs={"pk": p.pk})) for p in (small, large)
    ]
    assert dashboard[0] == dashboard[1] and late[0] == late[1] and timeline[0] == timeline[1]
    before = _queries(client, reverse("progress:overview"))
    _plan_with_units(city, drafter, "them", 40)
    assert _queries(client, reverse("progress:overview")) == before
