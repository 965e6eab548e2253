"""Issuing a plan creates one task per assignment for the unit it names, with its role and deadline."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.web.orgs.models import Unit
from kehoach.web.plans import services
from kehoach.web.tasks.creation import create_tasks
from kehoach.web.tasks.models import Task
from web.tasks.fixtures import CONG_AN, VHXH


@pytest.mark.django_db
def test_issuing_creates_a_task_per_assignment(issued_plan):
    tasks = list(Task.objects.filter(plan=issued_plan).order_by("position"))
    assert [(t.unit.name, t.role, t.deadline) for t in tasks] == [
        (VHXH, "lead", date(2025, 3, 1)),
        (CONG_AN, "support", date(2025, 3, 15)),
        ("Đội Thông tin lưu động phường", "lead", None),
    ]
    assert all(t.report_state == Task.ReportState.NONE for t in tasks)


@pytest.mark.django_db
def test_tasks_go_to_the_units_of_the_issuing_ward(issued_plan, ward):
    assert set(
        Task.objects.filter(plan=issued_plan).values_list("unit__organisation", flat=True)
    ) == {ward.pk}


@pytest.mark.django_db
def test_a_unit_not_yet_registered_is_added_to_the_ward(issued_plan, ward):
    assert Unit.objects.filter(organisation=ward, name="Đội Thông tin lưu động phường").count() == 1


@pytest.mark.django_db
def test_creating_again_makes_no_duplicates(issued_plan):
    create_tasks(issued_plan)
    assert Task.objects.filter(plan=issued_plan).count() == 3


@pytest.mark.django_db
def test_a_draft_has_no_tasks(draft):
    assert not Task.objects.filter(plan=draft).exists()


@pytest.mark.django_db
def test_a_failing_task_creation_leaves_the_plan_unissued(approved, approver, monkeypatch):
    def broken(plan):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kehoach.web.tasks.creation.create_tasks", broken)
    with pytest.raises(RuntimeError):
        services.issue_plan(approved, approver, today=date(2025, 1, 6))
    approved.refresh_from_db()
    assert approved.status == "approved" and not approved.number
