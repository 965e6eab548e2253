"""Workflow steps: submit for approval, approve, return with a comment, issue with a number."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from kehoach.web import permissions
from kehoach.web.plans import services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.forms import ReturnForm


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_submit_plan)
    try:
        services.submit_plan(plan, request.user)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, "Đã trình lãnh đạo phê duyệt.")
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
        messages.success(request, "Đã phê duyệt. Có thể ban hành để cấp số.")
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


@login_required
@require_POST
def issue(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_issue_plan)
    try:
        services.issue_plan(plan, request.user)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
    else:
        messages.success(request, f"Đã ban hành: Số: {plan.number}/{plan.symbol}.")
    return redirect("plans:detail", pk=plan.pk)
