"""Workflow steps: submit for approval (with a comment, to a chosen leader; confirming lint errors),
withdraw, approve, return with a comment, issue with a number behind the gates."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from kehoach.web import permissions
from kehoach.web.orgs.people import person_name
from kehoach.web.plans import gates, services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.forms import IssueForm, ReturnForm, SubmitForm
from kehoach.web.plans.models import Plan


def approver_choices(plan: Plan) -> list[tuple[int, str]]:
    return [(u.pk, person_name(u)) for u in permissions.approvers_of(plan.organisation)]


def submit_form(plan: Plan, data: Any = None) -> SubmitForm:
    return SubmitForm(data, prefix="t", approvers=approver_choices(plan))


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_submit_plan)
    form = submit_form(plan, request.POST)
    errors = gates.lint_errors(plan)
    if not form.is_valid() or (errors and not form.cleaned_data.get("confirm")):
        if form.is_valid():
            messages.warning(
                request,
                f"Dự thảo còn {len(errors)} lỗi kiểm tra. Xem lại, rồi đánh dấu xác nhận "
                "nếu vẫn muốn trình lãnh đạo.",
            )
        context = {"nav": "plans", "plan": plan, "form": form, "errors": errors}
        return render(request, "plans/submit.html", context, status=400 if form.errors else 200)
    approvers = permissions.approvers_of(plan.organisation)
    chosen = form.cleaned_data.get("approver")
    approver = approvers.filter(pk=chosen).first() if chosen else None
    if approver is None and approvers.count() == 1:
        approver = approvers.first()
    try:
        services.submit_plan(plan, request.user, form.cleaned_data["comment"], approver)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, "Đã trình lãnh đạo phê duyệt.")
    return redirect("plans:detail", pk=plan.pk)


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_withdraw_plan)
    try:
        services.withdraw_plan(plan, request.user)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, "Đã rút lại dự thảo; có thể sửa rồi trình lại.")
    return redirect("plans:detail", pk=plan.pk)


@login_required
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_approve_plan)
    try:
        services.approve_plan(plan, request.user)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, "Đã phê duyệt. Văn thư có thể ban hành để cấp số.")
    return redirect("plans:detail", pk=plan.pk)


@login_required
@require_POST
def return_for_changes(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_approve_plan)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Cần ghi ý kiến khi trả lại dự thảo.")
        return redirect("plans:detail", pk=plan.pk)
    try:
        services.return_plan(plan, request.user, form.cleaned_data["comment"])
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, "Đã trả lại dự thảo kèm ý kiến.")
    return redirect("plans:detail", pk=plan.pk)


def _issue_date(plan: Plan, form: IssueForm) -> Any:
    """The chosen date (today when left empty); an error message when it is before approval."""
    chosen = form.cleaned_data.get("issue_date") or timezone.localdate()
    earliest = services.earliest_issue_date(plan)
    if earliest and chosen < earliest:
        return f"Ngày ban hành không được trước ngày phê duyệt ({earliest:%d/%m/%Y})."
    return chosen


@login_required
@require_POST
def issue(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_issue_plan)
    form = IssueForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Ngày ban hành không hợp lệ: ghi theo dạng ngày/tháng/năm.")
        return redirect("plans:detail", pk=plan.pk)
    chosen = _issue_date(plan, form)
    if isinstance(chosen, str):
        messages.error(request, chosen)
        return redirect("plans:detail", pk=plan.pk)
    blockers = gates.issue_blockers(plan, chosen)
    try:
        reason = gates.check_override(
            blockers,
            form.cleaned_data["override_reason"],
            permissions.can_override_gates(request.user, plan),
        )
        services.issue_plan(
            plan,
            request.user,
            chosen,
            override_reason=reason,
            blockers=[b.message for b in blockers],
        )
    except gates.GateRefused as refused:
        messages.error(request, str(refused))
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, f"Đã ban hành: Số: {plan.number}/{plan.symbol}.")
    return redirect("plans:detail", pk=plan.pk)
