"""Notifications from the workflow: who must hear of each step of a plan.

Submitted: the chosen leader (or every leader of the ward). Withdrawn: that leader. Returned: the
drafter who made the plan. Approved: the văn thư (or, where the ward has none, the leaders) and the
drafter. Issued: the drafter. Nobody is told of their own step.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from kehoach.web.inbox.deliver import Role, deliver, members
from kehoach.web.inbox.models import Notification
from kehoach.web.plans.models import Plan


def _members(plan: Plan, role: str) -> list[Any]:
    return members(plan.organisation_id, role)


def _leaders(plan: Plan) -> list[Any]:
    return [plan.submitted_to] if plan.submitted_to else _members(plan, Role.APPROVER)


def _recipients(plan: Plan, action: str) -> tuple[list[Any], str]:
    name = f"“{plan.title[:120]}”"
    if action == "plan.submit":
        comment = f" Ý kiến: {plan.submit_comment[:200]}" if plan.submit_comment else ""
        return _leaders(plan), (
            f"Dự thảo {name} chờ anh/chị phê duyệt: hãy phê duyệt hoặc trả lại kèm ý kiến.{comment}"
        )
    if action == "plan.withdraw":
        return _members(plan, Role.APPROVER), (
            f"Dự thảo {name} đã được rút lại để sửa; không cần phê duyệt bản này nữa."
        )
    if action == "plan.return":
        return [plan.created_by], (
            f"Dự thảo {name} bị trả lại: {plan.return_comment[:200]} "
            "Hãy sửa theo ý kiến rồi trình lại."
        )
    if action == "plan.approve":
        issuers = _members(plan, Role.CLERK) or _members(plan, Role.APPROVER)
        return [*issuers, plan.created_by], (
            f"Dự thảo {name} đã được phê duyệt: văn thư cấp số và ban hành."
        )
    if action == "plan.issue":
        return [plan.created_by], (
            f"Đã ban hành số {plan.number}/{plan.symbol}: {name}. "
            "Các đơn vị được phân công đã nhận nhiệm vụ; theo dõi ở trang tiến độ."
        )
    return [], ""


def notify(plan: Plan, user: Any, action: str) -> list[Notification]:
    people, text = _recipients(plan, action)
    if not text:
        return []
    url = reverse("plans:detail", kwargs={"pk": plan.pk})
    return deliver(people, plan.organisation_id, text, url, actor=user, kind=action)


def on_plan_moved(sender: Any, plan: Plan, user: Any, action: str, **kwargs: Any) -> None:
    notify(plan, user, action)
