"""The province generator, and the hot pages' query counts: the same for 2 wards as for 6 (no N+1)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.web.core.province import generate
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task

pytestmark = pytest.mark.django_db


def test_it_writes_a_year_of_plans_and_a_task_per_unit():
    province = generate(wards=3, units=4, year=2025)
    assert (len(province.wards), province.plans, province.tasks) == (3, 12, 48)
    assert Plan.objects.filter(status="issued").count() == 12
    assert Task.objects.exclude(report_state="none").exists()


def _queries(client, user: User, url: str) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _hot_pages(seed: int, wards: int, units: int) -> list[int]:
    province = generate(wards=wards, units=units, year=2025, seed=seed)
    ward = province.wards[0]
    plan = Plan.objects.filter(organisation=ward).order_by("pk").first()
    task = Task.objects.filter(plan=plan).order_by("pk").first()
    city_viewer = User.objects.get(username=f"tinh{seed}-thanhpho")
    leader = User.objects.get(username=f"p{seed}-{ward.pk}-lanhdao")
    reporter = User.objects.get(username=f"p{seed}-{ward.pk}-to0")
    return [
        _queries(Client(), city_viewer, reverse("progress:overview")),
        _queries(Client(), leader, reverse("progress:dashboard", args=[plan.pk])),
        _queries(Client(), reporter, reverse("reports:task", args=[task.pk])),
    ]


def test_the_hot_pages_make_as_many_queries_for_a_bigger_province():
    small = _hot_pages(1, wards=2, units=3)
    bigger = _hot_pages(2, wards=6, units=8)
    assert bigger == small
