"""Demo data for tasks and reports: a copy of the ward's cascaded draft issued (so its units have
tasks; the draft itself stays for the editor), one report accepted and one waiting for review, so the dashboard and the review queue have something to
show. Called by orgs.demo.load_demo for each ward; running it again changes nothing."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone

from kehoach.report import period_in
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.plans import services as plan_services
from kehoach.web.plans.models import Plan
from kehoach.web.reports import services
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import DEFAULT_FIGURES, PlanFigures, Task

TARGETS = {"phat_thanh": 20, "bang_ron": 30, "tin_bai": 10, "hoi_nghi": 2, "luot_nguoi": 500}


def demo_reporting(ward: Organisation) -> Plan | None:
    """Issue a copy of the ward's own draft and file two reports on it; None if there is nothing to copy."""
    if Plan.objects.filter(organisation=ward, status=Plan.Status.ISSUED, doc_type="KH").exists():
        return None
    draft = Plan.objects.filter(
        organisation=ward, kind=Plan.Kind.OWN, status=Plan.Status.DRAFT, doc_type="KH"
    ).first()
    people = {
        m.role: m.user for m in Membership.objects.filter(organisation=ward).select_related("user")
    }
    drafter, approver = people.get(Membership.Role.DRAFTER), people.get(Membership.Role.APPROVER)
    if draft is None or drafter is None or approver is None:
        return None
    today = timezone.localdate()
    document = draft.document()
    period = period_in(document.title or "")
    if period is not None and period.end < today:
        # A plan for a past period (the seed's quý I năm 2024) is issued and reported within it,
        # so the result report drafted now is dated after the period it reports on.
        issued = period.start + timedelta(days=4)
        reported = period.end - timedelta(days=3)
        for number, assignment in enumerate(document.assignments):
            assignment.deadline = min(issued + timedelta(days=14 * (number + 1)), period.end)
    else:
        issued, reported = today - timedelta(days=20), today
        for number, assignment in enumerate(document.assignments):  # some late, some due soon
            assignment.deadline = assignment.deadline or today + timedelta(days=7 * number - 5)
    copy = plan_services.create_plan(
        ward, document, drafter, parent=draft.parent, note="Dữ liệu mẫu (đã ban hành)"
    )
    plan_services.submit_plan(copy, drafter)
    plan_services.approve_plan(copy, approver)
    plan = plan_services.issue_plan(copy, approver, today=issued)
    PlanFigures.objects.get_or_create(  # the plan's targets (chỉ tiêu), so the BC shows % đạt
        plan=plan,
        defaults={
            "figures": [
                {"key": s.key, "label": s.label, "measure": s.measure, "target": TARGETS.get(s.key)}
                for s in DEFAULT_FIGURES
            ]
        },
    )
    _file_reports(plan, drafter, reported)
    return plan


def _reporter(task: Task) -> User | None:
    membership = (
        Membership.objects.filter(unit=task.unit, role=Membership.Role.REPORTER)
        .select_related("user")
        .first()
    )
    return membership.user if membership else None


def _file(task: Task, author: User, today, **fields) -> UnitReport:  # type: ignore[no-untyped-def]
    values = {"figures": {}, "text": "", "no_activity": False, **fields}
    return services.save_report(
        task, author, partial=False, files=[], base_version=None, submit=True, today=today, **values
    )


def _full_cycle(tasks: list[Task], drafter: User, today) -> None:  # type: ignore[no-untyped-def]
    """A unit with nothing to report ("không phát sinh"), and one report returned then corrected."""
    if len(tasks) > 2:
        quiet = _file(tasks[2], _reporter(tasks[2]) or drafter, today, no_activity=True)
        services.accept_report(quiet, drafter)
    if len(tasks) > 3:
        author = _reporter(tasks[3]) or drafter
        first = _file(tasks[3], author, today, figures={"hoi_nghi": 1}, text="Đã tổ chức hội nghị.")
        services.return_report(first, drafter, "Đề nghị ghi rõ thời gian, địa điểm và số người dự.")
        fixed = _file(
            tasks[3],
            author,
            today,
            figures={"hoi_nghi": 1, "luot_nguoi": 120},
            text="Tổ chức 01 hội nghị quán triệt kế hoạch tại hội trường phường, có 120 người dự.",
            details={"difficulties": "Hội trường nhỏ, chưa đủ chỗ cho đại biểu các tổ dân phố."},
        )
        services.accept_report(fixed, drafter)


def _file_reports(plan: Plan, drafter: User, today) -> None:  # type: ignore[no-untyped-def]
    every = Task.objects.filter(plan=plan).select_related("unit", "plan__organisation")
    tasks: list[Task] = []  # the first task of each unit: one unit reports, another has nothing
    for task in every.order_by("pk"):
        if all(t.unit_id != task.unit_id for t in tasks):
            tasks.append(task)
    _full_cycle(tasks, drafter, today)
    for number, task in enumerate(tasks[:2]):
        author = _reporter(task) or drafter
        report = services.save_report(
            task,
            author,
            figures={"phat_thanh": 8 + number * 4, "bang_ron": 12, "luot_nguoi": 350 + number * 90},
            text=f"{task.unit.name} đã phát thanh trên hệ thống loa, treo băng rôn tại các tuyến phố.",
            no_activity=False,
            partial=False,
            files=[],
            base_version=None,
            submit=True,
            today=today,
        )
        if number == 0:
            services.accept_report(report, drafter)
