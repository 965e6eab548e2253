"""The plan editor: header, sections, assignments, slogans and recipients in one form.

"Thêm dòng" is a submit button (name="add"): without JavaScript it re-renders the form with what was
posted plus one empty row and saves nothing; site.js does the same in the page. Rows marked "Xóa"
are left out when saving. Lint runs on what is being edited: on every save, and (with JavaScript) on the unsaved form through
`lint_preview`. The form carries the version it was opened at; a save over a newer version is refused.
Tables (a BC's figures table) are shown read-only under their section's row and kept on save.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kehoach.document.model import Plan as DocumentPlan
from kehoach.web import permissions
from kehoach.web.plans import services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.checks import counts, findings_for, stored_plan_findings
from kehoach.web.plans.forms import (
    AssignmentFormSet,
    HeaderForm,
    ListsForm,
    SectionFormSet,
    attach_tables,
    build_document,
    initial_assignments,
    initial_header,
    initial_lists,
    initial_sections,
)
from kehoach.web.plans.models import Plan
from kehoach.web.plans.wording import review_items

ROW_PREFIXES = {"s": "sections", "a": "assignments"}
FIRST_FIELD = {"s": "title", "a": "unit"}


def _forms(plan: Plan, data: Any = None) -> dict[str, Any]:
    document = plan.document()
    sections = SectionFormSet(data, prefix="s", initial=initial_sections(document))
    attach_tables(sections, document)
    return {
        "header": HeaderForm(data, prefix="h", initial=initial_header(document, plan.version)),
        "sections": sections,
        "assignments": AssignmentFormSet(data, prefix="a", initial=initial_assignments(document)),
        "lists": ListsForm(data, prefix="l", initial=initial_lists(document)),
    }


def _valid(forms: dict[str, Any]) -> bool:
    return all([form.is_valid() for form in forms.values()])


def _edited(plan: Plan, forms: dict[str, Any]) -> DocumentPlan:
    return build_document(
        plan.document(), forms["header"], forms["sections"], forms["assignments"], forms["lists"]
    )


def _page(
    request: HttpRequest,
    plan: Plan,
    forms: dict[str, Any],
    findings: list[Any],
    status: int = 200,
    stored: bool = False,
) -> HttpResponse:
    context = {
        "nav": "plans",
        "plan": plan,
        "findings": findings,
        "counts": counts(findings),
        "unit_names": list(plan.organisation.units.values_list("name", flat=True)),
        "review": review_items(plan.data.get("review") or []),
        "autofix_version": plan.version if stored else None,  # buttons fix the stored plan only
        "finding_mode": "editor",  # a finding links to the field to fix
        **forms,
    }
    return render(request, "plans/edit.html", context, status=status)


def _with_extra_row(data: QueryDict, prefix: str, limit: int) -> QueryDict:
    """The posted data with one more row announced in the formset's management form."""
    data = data.copy()
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS") or 0)
    except ValueError:
        total = 0
    data[f"{prefix}-TOTAL_FORMS"] = str(max(0, min(total + 1, limit)))
    return data


def _add_row(request: HttpRequest, plan: Plan, prefix: str) -> HttpResponse:
    """The form as posted plus one empty row (focused), nothing saved."""
    limit = SectionFormSet.max_num if prefix == "s" else AssignmentFormSet.max_num
    forms = _forms(plan, _with_extra_row(request.POST, prefix, limit))
    findings = findings_for(_edited(plan, forms)) if _valid(forms) else stored_plan_findings(plan)
    rows = forms[ROW_PREFIXES[prefix]].forms
    if rows:
        rows[-1].fields[FIRST_FIELD[prefix]].widget.attrs["autofocus"] = True
    messages.info(request, "Đã thêm một dòng trống (chưa lưu). Bấm “Lưu” khi xong.")
    return _page(request, plan, forms, findings)


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_edit_plan)
    if request.method != "POST":
        return _page(request, plan, _forms(plan), stored_plan_findings(plan), stored=True)
    if request.POST.get("add") in ROW_PREFIXES:
        return _add_row(request, plan, request.POST["add"])
    forms = _forms(plan, request.POST)
    if not _valid(forms):
        messages.error(request, "Chưa lưu: có trường chưa hợp lệ, xem các dòng báo đỏ.")
        return _page(request, plan, forms, findings_for(plan.document()), status=400)
    document = _edited(plan, forms)
    base = forms["header"].cleaned_data["version"]
    try:
        services.save_plan(plan, document, base, request.user, "Sửa dự thảo")
    except services.StaleVersion as refused:
        messages.error(request, str(refused))
        return _page(request, plan, forms, findings_for(document), status=409)
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
        return redirect("plans:detail", pk=plan.pk)
    messages.success(request, f"Đã lưu phiên bản {plan.version}.")
    return redirect("plans:edit", pk=plan.pk)


@login_required
@require_POST
def lint_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The findings panel for the form as it is now (unsaved), for the editor's live check."""
    plan = plan_for(request, pk, permissions.can_edit_plan)
    forms = _forms(plan, request.POST)
    if not _valid(forms):
        return HttpResponse(
            '<p class="muted">Chưa kiểm tra được: có trường chưa hợp lệ.</p>', status=200
        )
    findings = findings_for(_edited(plan, forms))
    return render(
        request,
        "plans/_findings.html",
        {"findings": findings, "counts": counts(findings), "finding_mode": "editor"},
    )
