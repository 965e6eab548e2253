"""The demo: each ward has an issued plan with tasks, an accepted report and one waiting for review;
the cascaded draft stays a draft for the editor."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import Task

pytestmark = pytest.mark.django_db


def load() -> None:
    call_command("load_demo", stdout=io.StringIO())


def test_each_ward_has_an_issued_plan_with_tasks_and_reports():
    load()
    for slug in ("le-chan", "hai-an"):
        plan = Plan.objects.get(organisation__slug=slug, status="issued", doc_type="KH")
        assert Task.objects.filter(plan=plan).count() >= 3
        states = sorted(UnitReport.objects.filter(task__plan=plan).values_list("state", flat=True))
        assert states == ["accepted", "submitted"]
        assert Plan.objects.filter(organisation__slug=slug, status="draft", kind="own").exists()


def test_the_demo_reporter_has_something_due():
    load()
    assert Task.objects.filter(
        unit__memberships__user__username="lechan.baocao", deadline__isnull=False
    ).exists()


def test_loading_again_adds_no_task_or_report():
    load()
    counts = (Task.objects.count(), UnitReport.objects.count())
    load()
    assert (Task.objects.count(), UnitReport.objects.count()) == counts
