"""Reading plans: the list, one plan (its text, findings and workflow), its versions."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from kehoach.web import permissions
from kehoach.web.plans import gates
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.checks import counts, stored_plan_findings
from kehoach.web.plans.compare import changes
from kehoach.web.plans.forms import IssueForm, ReturnForm
from kehoach.web.plans.models import IssuedDocument, Plan, search_key
from kehoach.web.plans.places import with_anchors
from kehoach.web.plans.wording import review_items
from kehoach.web.plans.workflow import submit_form

STEPS = [
    (Plan.Status.DRAFT, "Dự thảo"),
    (Plan.Status.SUBMITTED, "Trình"),
    (Plan.Status.APPROVED, "Phê duyệt"),
    (Plan.Status.ISSUED, "Ban hành"),
]


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    plans = permissions.visible_plans(request.user).select_related("organisation")
    query = (request.GET.get("q") or "").strip()
    status = request.GET.get("trang_thai") or ""
    kind = request.GET.get("loai") or ""
    if query:
        plans = plans.filter(search_text__contains=search_key(query))
    if status in Plan.Status.values:
        plans = plans.filter(status=status)
    if kind in Plan.Kind.values:
        plans = plans.filter(kind=kind)
    page = Paginator(
        plans.order_by("-updated_at", "-pk").defer("data", "source_lines", "source_findings"), 30
    ).get_page(request.GET.get("trang"))
    drafting = [
        o
        for o in permissions.organisations_of(request.user)
        if permissions.can_draft(request.user, o)
    ]
    return render(
        request,
        "plans/list.html",
        {
            "nav": "plans",
            "page": page,
            "query": query,
            "status": status,
            "kind": kind,
            "statuses": Plan.Status.choices,
            "kinds": Plan.Kind.choices,
            "can_upload": bool(drafting),
        },
    )


def _step_state(plan: Plan) -> list[tuple[str, str]]:
    order = [s for s, _ in STEPS]
    current = Plan.Status.DRAFT if plan.status == Plan.Status.RETURNED else plan.status
    index = order.index(current) if current in order else -1
    return [
        (
            label,
            "done"
            if i < index or plan.status == Plan.Status.ISSUED
            else "current"
            if i == index
            else "",
        )
        for i, (_, label) in enumerate(STEPS)
    ]


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk)
    user = request.user
    if plan.kind == Plan.Kind.UPPER:
        findings = plan.source_findings
        flagged = {f.get("line") for f in findings if f.get("line")}
        lines = [(i + 1, text, (i + 1) in flagged) for i, text in enumerate(plan.source_lines)]
    else:
        findings = stored_plan_findings(plan)
        lines = []
    can_issue = permissions.can_issue_plan(user, plan)
    can_submit = permissions.can_submit_plan(user, plan)
    blockers = gates.issue_blockers(plan, timezone.localdate()) if can_issue else []
    return render(
        request,
        "plans/detail.html",
        {
            "nav": "plans",
            "plan": plan,
            "doc": with_anchors(plan.data) if plan.kind == Plan.Kind.OWN else plan.data,
            "findings": findings,
            "counts": counts(findings),
            "lines": lines,
            "steps": _step_state(plan),
            "implementations": plan.implementations.filter(
                pk__in=permissions.visible_plans(user).values("pk")
            ),
            "can_edit": permissions.can_edit_plan(user, plan),
            "can_submit": can_submit,
            "can_approve": permissions.can_approve_plan(user, plan),
            "can_issue": can_issue,
            "can_override": permissions.can_override_gates(user, plan),
            "can_withdraw": permissions.can_withdraw_plan(user, plan),
            "can_amend": permissions.can_amend_plan(user, plan),
            "amendments": plan.amendments.filter(
                pk__in=permissions.visible_plans(user).values("pk")
            ).order_by("pk"),
            "blockers": blockers,
            # only a later day or "ước thực hiện" lifts these: no override reason, the date stays open
            "date_blockers_only": bool(blockers) and all(b.code in gates.HARD for b in blockers),
            "issue_form": IssueForm(initial={"issue_date": timezone.localdate()}),
            "submit_form": submit_form(plan) if can_submit else None,
            "issued_document": IssuedDocument.objects.filter(plan=plan).first(),
            "review": review_items(plan.data.get("review") or []),
            "can_cascade": permissions.can_cascade_plan(user, plan),
            "can_download": permissions.can_download_plan(user, plan),
            "return_form": ReturnForm(),
        },
    )


@login_required
def version_list(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk)
    versions = plan.versions.select_related("created_by").defer("data")
    return render(
        request, "plans/versions.html", {"nav": "plans", "plan": plan, "versions": versions}
    )


@login_required
def version_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    plan = plan_for(request, pk)
    version = plan.versions.filter(number=number).select_related("created_by").first()
    if version is None:
        raise Http404("Không có phiên bản này.")
    previous = plan.versions.filter(number__lt=number).order_by("-number").first()
    diff = changes(previous.document(), version.document()) if previous else []
    return render(
        request,
        "plans/version.html",
        {
            "nav": "plans",
            "plan": plan,
            "version": version,
            "doc": version.data,
            "previous": previous,
            "changes": diff,
        },
    )
