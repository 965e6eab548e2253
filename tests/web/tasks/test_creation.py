"""Issuing a plan creates one task per assignment for the unit it names, with its role and deadline."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.document.assigned import assignment_table
from kehoach.document.model import Assignment
from kehoach.web.orgs.models import Unit
from kehoach.web.plans import services
from kehoach.web.tasks.creation import create_tasks
from kehoach.web.tasks.models import Task
from web.tasks.fixtures import CONG_AN, VHXH, issue, plan_with_assignments


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


def _per_task_plan():
    """Rows as a cascaded draft writes them: one task, one lead, its partners, and the table."""
    document = plan_with_assignments()
    document.assignments = [
        Assignment(VHXH, "Tổ chức Lễ ra quân.", "lead", date(2025, 3, 1), [CONG_AN]),
        Assignment(CONG_AN, "Bảo đảm an ninh trật tự.", "lead", date(2025, 3, 10), [VHXH]),
        Assignment(VHXH, "Tuyên truyền.", "lead", date(2025, 3, 5), ["các cơ quan liên quan"]),
    ]
    document.appendices = [assignment_table(document)]
    return document


@pytest.mark.django_db
def test_each_partner_of_a_task_gets_a_support_task_at_its_position(ward, drafter, approver):
    Unit.objects.get_or_create(organisation=ward, name=CONG_AN)
    plan = issue(ward, _per_task_plan(), drafter, approver)
    tasks = Task.objects.filter(plan=plan).order_by("position", "role")
    assert [(t.position, t.unit.name, t.role, t.deadline) for t in tasks] == [
        (0, VHXH, "lead", date(2025, 3, 1)),
        (0, CONG_AN, "support", date(2025, 3, 1)),
        (1, CONG_AN, "lead", date(2025, 3, 10)),
        (1, VHXH, "support", date(2025, 3, 10)),
        (2, VHXH, "lead", date(2025, 3, 5)),
    ]
    assert not Unit.objects.filter(organisation=ward, name="các cơ quan liên quan").exists()


@pytest.mark.django_db
def test_the_issued_table_names_the_number_and_each_task_lead_and_partners(ward, drafter, approver):
    plan = issue(ward, _per_task_plan(), drafter, approver)
    table = plan.document().appendices[0]
    assert table.paragraphs[0].startswith(f"(Kèm theo Kế hoạch số {plan.number}/")
    assert table.tables[0].rows[2][1:] == [
        "Bảo đảm an ninh trật tự.",
        CONG_AN,
        VHXH,
        "Trước ngày 10/03/2025",
    ]
