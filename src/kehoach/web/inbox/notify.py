"""Notifications from the workflow: who must hear of each step of a plan.

Submitted: the chosen leader (or every leader of the ward). Withdrawn: that leader. Returned: the
drafter who made the plan. Approved: the văn thư (or, where the ward has none, the leaders) and the
drafter. Issued: the drafter. Nobody is told of their own step.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.urls import reverse

from kehoach.web.audit.log import person_name
from kehoach.web.inbox.models import Notification
from kehoach.web.orgs.models import Membership
from kehoach.web.plans.models import Plan

Role = Membership.Role


def _members(plan: Plan, role: str) -> list[Any]:
    return list(
        get_user_model()
        .objects.filter(
            memberships__organisation_id=plan.organisation_id,
            memberships__role=role,
            is_active=True,
        )
        .distinct()
    )


def _leaders(plan: Plan) -> list[Any]:
    return [plan.submitted_to] if plan.submitted_to else _members(plan, Role.APPROVER)


def _recipients(plan: Plan, action: str) -> tuple[list[Any], str]:
    name = f"“{plan.title[:120]}”"
    if action == "plan.submit":
        comment = f" Ý kiến: {plan.submit_comment[:200]}" if plan.submit_comment else ""
        return _leaders(plan), f"Dự thảo {name} chờ anh/chị phê duyệt.{comment}"
    if action == "plan.withdraw":
        return _members(plan, Role.APPROVER), f"Dự thảo {name} đã được rút lại để sửa."
    if action == "plan.return":
        return [plan.created_by], f"Dự thảo {name} bị trả lại: {plan.return_comment[:200]}"
    if action == "plan.approve":
        issuers = _members(plan, Role.CLERK) or _members(plan, Role.APPROVER)
        return [*issuers, plan.created_by], f"Dự thảo {name} đã được phê duyệt, chờ ban hành."
    if action == "plan.issue":
        return [plan.created_by], f"Đã ban hành số {plan.number}/{plan.symbol}: {name}."
    return [], ""


def notify(plan: Plan, user: Any, action: str) -> list[Notification]:
    people, text = _recipients(plan, action)
    if not text:
        return []
    by = f" ({person_name(user)})" if getattr(user, "is_authenticated", False) else ""
    url = reverse("plans:detail", kwargs={"pk": plan.pk})
    seen: set[int] = set()
    made = []
    for person in people:
        if person is None or person.pk in seen or person.pk == getattr(user, "pk", None):
            continue
        seen.add(person.pk)
        made.append(
            Notification(
                user=person, organisation_id=plan.organisation_id, text=(text + by)[:500], url=url
            )
        )
    return Notification.objects.bulk_create(made)


def on_plan_moved(sender: Any, plan: Plan, user: Any, action: str, **kwargs: Any) -> None:
    notify(plan, user, action)
