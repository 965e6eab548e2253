"""Pages of thi đua: movements, units' registrations, the city's view of every ward.

Nominations, the council's ballot, the award decision and the dossier's files are in `award_views`.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Value
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kehoach.emulation import registration as reg
from kehoach.emulation.names import sort_key
from kehoach.emulation.rules import load_rules
from kehoach.web import permissions
from kehoach.web.emulation import access, awards, services, signing_views
from kehoach.web.emulation.models import Movement, Nomination, Registration
from kehoach.web.jobs.models import Rendering
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans.access import plan_for
from kehoach.web.signing.forms import PassphraseForm


def whole_number(value: str | None) -> int:
    """A count typed in a form: 0 when empty, -1 when it is not a whole number (the view says so)."""
    try:
        return max(int((value or "0").strip() or 0), 0)
    except ValueError:
        return -1


@login_required
def movement_list(request: HttpRequest) -> HttpResponse:
    movements = access.visible_movements(request.user).order_by("-created_at")
    drafting = [
        o.pk
        for o in permissions.organisations_of(request.user)
        if access.can_draft(request.user, o.pk)
    ]
    plans = (
        permissions.visible_plans(request.user)
        .filter(organisation_id__in=drafting, title__icontains="thi đua")
        .order_by("-created_at")[:20]
    )
    rule_orgs = [
        o
        for o in permissions.organisations_of(request.user)
        if access.can_draft(request.user, o.pk) or access.can_approve(request.user, o.pk)
    ]
    return render(
        request,
        "emulation/list.html",
        {"movements": movements, "plans": plans, "rule_orgs": rule_orgs, "nav": "emulation"},
    )


@login_required
@require_POST
def from_plan(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = plan_for(request, plan_pk)
    if not access.can_draft(request.user, plan.organisation_id):
        raise PermissionDenied
    movement = services.create_from_plan(plan)
    messages.success(request, "Đã dựng phong trào thi đua từ kế hoạch; kiểm tra lại rồi phát động.")
    return redirect("emulation:detail", pk=movement.pk)


def _unit_filter(request: HttpRequest, movement: Movement) -> Q:
    """Staff and the city see every unit; a unit's reporter sees only its own."""
    if access.is_staff_of(request.user, movement.organisation_id) or access.sees_from_above(
        request.user, movement
    ):
        return Q()
    return Q(unit_id__in=access.reporter_unit_ids(request.user, movement.organisation_id))


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    org = movement.organisation_id
    only = _unit_filter(request, movement)
    book = load_rules()
    nominations = list(movement.nominations.filter(only).select_related("unit"))
    for n in nominations:
        n.award_name = book.award(n.award).name
    leader_pdf = signing_views.leader_pdf(movement, request.user)
    context = {
        "leader_pdf": leader_pdf,
        "leader_pdf_ready": leader_pdf is not None and leader_pdf.status == Rendering.Status.READY,
        "refresh": leader_pdf is not None
        and leader_pdf.status in (Rendering.Status.PENDING, Rendering.Status.RUNNING),
        "movement": movement,
        "registrations": movement.registrations.filter(only)
        .select_related("unit")
        .order_by("unit__order", "unit__name"),
        "nominations": nominations,
        "decision": getattr(movement, "decision", None),
        "can_draft": access.can_draft(request.user, org),
        "can_approve": access.can_approve(request.user, org),
        "is_secretary": access.is_secretary(request.user, org),
        "is_clerk": access.is_clerk_of(request.user, org),
        "can_download_signed": access.is_staff_of(request.user, org)
        or access.is_clerk_of(request.user, org),
        "passphrase_form": PassphraseForm(),
        "my_units": access.reporter_unit_ids(request.user, org),
        "awards": [
            book.award(k)
            for k in (
                "lao_dong_tien_tien",
                "chien_si_thi_dua_co_so",
                "tap_the_lao_dong_tien_tien",
                "giay_khen",
            )
        ],
        "ratings": book.ratings,
        "council": awards.council_size(org),
        "nav": "emulation",
    }
    return render(request, "emulation/detail.html", context)


@login_required
@require_POST
def launch(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    if not access.can_approve(request.user, movement.organisation_id):
        raise PermissionDenied
    try:
        services.launch(movement)
        messages.success(request, "Đã phát động phong trào tới các đơn vị.")
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("emulation:detail", pk=pk)


def _registration_for(request: HttpRequest, pk: int) -> Registration:
    registration = get_object_or_404(
        Registration.objects.select_related("movement__organisation", "unit"), pk=pk
    )
    access.movement_for(request.user, registration.movement_id)
    return registration


@login_required
@require_POST
def register(request: HttpRequest, pk: int) -> HttpResponse:
    """A unit's reporter saves or sends its registration (targets per criterion)."""
    registration = _registration_for(request, pk)
    if registration.unit_id not in access.reporter_unit_ids(
        request.user, registration.organisation_id
    ):
        raise PermissionDenied
    movement = registration.movement
    targets = {
        c["key"]: (request.POST.get(f"target_{c['key']}") or "").strip() for c in movement.criteria
    }
    figures = {
        c["key"]: whole_number(request.POST.get(f"figure_{c['key']}"))
        for c in movement.criteria
        if request.POST.get(f"figure_{c['key']}")
    }
    counts = (
        whole_number(request.POST.get("collectives")),
        whole_number(request.POST.get("individuals")),
    )
    if min([*figures.values(), *counts], default=0) < 0:
        messages.error(request, "Số liệu đăng ký phải là số nguyên không âm; sửa lại rồi gửi.")
        return redirect("emulation:detail", pk=movement.pk)
    try:
        services.save_registration(
            registration, targets, figures, *counts, submit=request.POST.get("action") == "submit"
        )
        messages.success(request, "Đã lưu bản đăng ký thi đua.")
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("emulation:detail", pk=movement.pk)


@login_required
@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    registration = _registration_for(request, pk)
    if not access.can_draft(request.user, registration.organisation_id):
        raise PermissionDenied
    try:
        services.review_registration(
            registration, request.POST.get("action") == "approve", request.POST.get("comment", "")
        )
        messages.success(
            request,
            f"Bản đăng ký của {registration.unit} đã chuyển sang “{registration.state_name}”.",
        )
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("emulation:detail", pk=registration.movement_id)


@login_required
@require_POST
def forward(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    if not access.can_draft(request.user, movement.organisation_id):
        raise PermissionDenied
    try:
        services.forward(movement)
        messages.success(request, "Đã tổng hợp và gửi bản đăng ký của cơ quan lên cấp trên.")
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("emulation:detail", pk=pk)


@login_required
def city(request: HttpRequest) -> HttpResponse:
    """The city's view: each ward's registrations and nominations, by state."""
    above = [
        o.pk
        for o in permissions.organisations_of(request.user)
        if permissions.Role.UPPER_VIEWER in permissions.roles_in(request.user, o)
    ]
    wards = permissions.descendant_ids(above)
    # Both tables grouped by (ward, state) in one UNION ALL query, then the wards' names: the page
    # costs the same number of queries for 3 wards or 300. Grouping on the name too, or filtering
    # through a subquery, measured slower on PostgreSQL (bench/bench_emulation.py).
    registrations = (
        Registration.objects.filter(organisation_id__in=wards, unit__isnull=False)
        .values_list("organisation_id", "state")
        .annotate(kind=Value("reg"), n=Count("id"))
        .order_by()
    )
    nominations = (
        Nomination.objects.filter(organisation_id__in=wards)
        .values_list("organisation_id", "state")
        .annotate(kind=Value("nom"), n=Count("id"))
        .order_by()
    )
    by_state: dict[int, dict[str, dict[str, int]]] = {}
    for org, state, kind, count in registrations.union(nominations, all=True):
        by_state.setdefault(org, {}).setdefault(kind, {})[state] = count
    names = dict(Organisation.objects.filter(pk__in=by_state).values_list("pk", "name"))
    table = []
    for org, kinds in by_state.items():
        r, n = kinds.get("reg", {}), kinds.get("nom", {})
        counts = (
            sum(r.values()), r.get(reg.APPROVED, 0), r.get(reg.SUBMITTED, 0), r.get(reg.RETURNED, 0),
            sum(n.values()), n.get(Nomination.State.REFUSED, 0), n.get(Nomination.State.PASSED, 0),
        )  # fmt: skip
        table.append((names.get(org, ""), counts))
    table.sort(key=lambda row: sort_key(row[0]))
    return render(request, "emulation/city.html", {"table": table, "nav": "emulation"})
