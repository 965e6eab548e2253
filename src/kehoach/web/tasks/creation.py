"""Issuing a plan turns each of its assignments into a task for the unit it names (lead or support).

Runs inside the issuing transaction (plans.signals.plan_issued): if it fails the plan is not issued.
A unit named by the plan but not yet registered in the organisation is added to it, so the task has
an owner the drafter can give reporters to. An assignment that names its supporting units (one task, one
lead, its partners: a cascaded draft's rows) also gives each partner a "phối hợp" task at the same
position; a partner is one of the organisation's units or a unit the plan assigns, never a loose phrase
("các cơ quan liên quan") made into a unit.
"""

from __future__ import annotations

from typing import Any

from kehoach.document.text import clean, fold
from kehoach.web.orgs.models import Unit
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task

DEFAULT_TEXT = "Triển khai thực hiện và báo cáo kết quả theo kế hoạch."


def _unit_index(plan: Plan) -> dict[str, Unit]:
    index: dict[str, Unit] = {}
    for unit in Unit.objects.filter(organisation_id=plan.organisation_id):
        index.setdefault(fold(unit.name), unit)
        if unit.short_name:
            index.setdefault(fold(unit.short_name), unit)
    return index


def create_tasks(plan: Plan) -> list[Task]:
    """The plan's tasks (created once; issuing again creates nothing new)."""
    if Task.objects.filter(plan=plan).exists():
        return list(Task.objects.filter(plan=plan))
    document = plan.document()
    units = _unit_index(plan)
    next_order = (
        Unit.objects.filter(organisation_id=plan.organisation_id)
        .order_by("-order")
        .values_list("order", flat=True)
        .first()
        or 0
    )
    tasks: list[Task] = []
    seen: set[tuple[int, int]] = set()
    for position, assignment in enumerate(document.assignments):
        name = clean(assignment.unit or "")[:200]
        if not name:
            continue
        unit = units.get(fold(name))
        if unit is None:
            next_order += 1
            unit = Unit.objects.create(
                organisation_id=plan.organisation_id, name=name, order=next_order
            )
            units[fold(name)] = unit
        if (unit.pk, position) in seen:
            continue
        seen.add((unit.pk, position))
        role = Task.Role.SUPPORT if assignment.role == "support" else Task.Role.LEAD
        text = clean(assignment.text or "") or DEFAULT_TEXT
        tasks.append(
            Task(
                plan=plan,
                unit=unit,
                position=position,
                role=role,
                text=text,
                deadline=assignment.deadline,
            )
        )
        for partner in (units.get(fold(clean(p))) for p in assignment.partners):
            if partner is None or (partner.pk, position) in seen:
                continue
            seen.add((partner.pk, position))
            tasks.append(
                Task(
                    plan=plan,
                    unit=partner,
                    position=position,
                    role=Task.Role.SUPPORT,
                    text=text,
                    deadline=assignment.deadline,
                )
            )
    return Task.objects.bulk_create(tasks)


def on_plan_issued(sender: Any, plan: Plan, user: Any = None, **kwargs: Any) -> None:
    if plan.doc_type == "KH":
        create_tasks(plan)
