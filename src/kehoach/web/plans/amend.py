"""Thu hồi, đính chính: start the decision that recalls or corrects an issued plan.

The decision is a draft of its own (doc type QĐ), linked to the plan (`amends`), that goes through the
same steps (edit, submit, approve, issue with its number from the register). When it is issued the plan
is marked recalled, or shown as corrected, and each points at the other.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from kehoach.document.amendment import amendment_plan
from kehoach.web import permissions
from kehoach.web.audit.log import record
from kehoach.web.plans import services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.models import Plan

Kind = Plan.Amendment


class AmendForm(forms.Form):
    kind = forms.ChoiceField(label="Việc cần làm", choices=Kind.choices)
    reason = forms.CharField(
        label="Lý do", widget=forms.Textarea(attrs={"rows": 2}), max_length=1000, min_length=5
    )


def start_amendment(plan: Plan, user: Any, kind: str, reason: str) -> Plan:
    """The draft decision recalling or correcting `plan` (refused while one is already open)."""
    if plan.status != Plan.Status.ISSUED or plan.kind != Plan.Kind.OWN:
        raise services.WrongStatus("Chỉ thu hồi hoặc đính chính được văn bản đã ban hành.")
    open_one = plan.amendments.exclude(status=Plan.Status.ISSUED).first()
    if open_one is not None:
        raise services.WrongStatus(
            f"Đã có dự thảo “{open_one.title[:80]}” đang xử lý cho văn bản này; hãy hoàn thành dự thảo đó."
        )
    document = amendment_plan(plan.document(), kind, reason)
    return services.create_plan(
        plan.organisation,
        document,
        user,
        note=f"{Kind(kind).label} số {plan.number}/{plan.symbol}",
        action="plan.create",
        amends=plan,
        amend_kind=kind,
    )


def on_amendment_issued(decision: Plan, user: Any) -> None:
    """The amended plan learns of the issued decision (call in the issuing transaction)."""
    original = decision.amends
    if original is None:
        return
    number = f"{decision.number}/{decision.symbol}"
    if decision.amend_kind == Kind.RECALL:
        Plan.objects.filter(pk=original.pk).update(status=Plan.Status.RECALLED)
        record(user, original.organisation, "plan.recall", original, f"Thu hồi bởi Số: {number}")
    else:
        record(
            user, original.organisation, "plan.correct", original, f"Đính chính bởi Số: {number}"
        )


@login_required
@require_POST
def amend(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_amend_plan)
    form = AmendForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Chọn thu hồi hoặc đính chính và ghi lý do (ít nhất 5 ký tự).")
        return redirect("plans:detail", pk=plan.pk)
    try:
        decision = start_amendment(
            plan, request.user, form.cleaned_data["kind"], form.cleaned_data["reason"]
        )
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
        return redirect("plans:detail", pk=plan.pk)
    messages.success(
        request,
        "Đã tạo dự thảo quyết định; sửa nội dung nếu cần rồi trình lãnh đạo. Khi quyết định được "
        "ban hành, văn bản cũ sẽ được ghi nhận là đã thu hồi hoặc đã đính chính.",
    )
    return redirect("plans:edit", pk=decision.pk)
