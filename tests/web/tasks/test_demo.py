"""The demo: each ward has an issued plan with tasks, an accepted report and one waiting for review;
the cascaded draft stays a draft for the editor."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from kehoach.report import period_in
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
        # accepted, "không phát sinh" accepted, returned then corrected and accepted, one waiting
        assert states == ["accepted", "accepted", "accepted", "submitted"]
        assert Plan.objects.filter(organisation__slug=slug, status="draft", kind="own").exists()


def test_the_demo_plan_is_issued_within_its_period_and_reported_before_its_end():
    load()
    plan = Plan.objects.get(organisation__slug="le-chan", status="issued", doc_type="KH")
    period = period_in(plan.title)
    assert period is not None and period.start <= plan.doc_date <= period.end
    returned = UnitReport.objects.get(task__plan=plan, revisions__action="return")
    assert returned.state == "accepted" and returned.difficulties
    assert UnitReport.objects.filter(task__plan=plan, no_activity=True, state="accepted").exists()


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
