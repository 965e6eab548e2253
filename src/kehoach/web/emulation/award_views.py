"""Pages of a movement's awards: nominations, the council's ballot, the award decision, its Giấy
khen, the award history, and the dossier's documents (.docx) for the staff."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from kehoach.emulation.rules import load_rules
from kehoach.web import permissions
from kehoach.web.emulation import access, awards, dossiers, services
from kehoach.web.emulation.models import AwardDecision, AwardRecord, Movement, Nomination
from kehoach.web.emulation.views import whole_number
from kehoach.web.jobs import renders
from kehoach.web.reports.models import UnitReport

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
@require_POST
def nominate(request: HttpRequest, pk: int) -> HttpResponse:
    """A unit's reporter proposes a collective or a person of its own unit."""
    movement = access.movement_for(request.user, pk)
    units = access.reporter_unit_ids(request.user, movement.organisation_id)
    unit_id = whole_number(request.POST.get("unit"))
    if unit_id not in units:
        raise PermissionDenied
    if movement.status != Movement.Status.LAUNCHED:
        messages.error(request, "Phong trào chưa phát động hoặc đã tổng kết, không đề nghị được.")
        return redirect("emulation:detail", pk=pk)
    book = load_rules()
    award = book.award_by_name(request.POST.get("award", ""))
    name = " ".join((request.POST.get("name") or "").split())
    if award is None or not name:
        messages.error(
            request, "Ghi họ tên (hoặc tên tập thể) và chọn danh hiệu, hình thức khen thưởng."
        )
        return redirect("emulation:detail", pk=pk)
    numbers = {
        f: whole_number(request.POST.get(f))
        for f in ("members", "members_ldtt", "members_cstd", "members_disciplined")
    }
    if min(numbers.values()) < 0:
        messages.error(request, "Số người của tập thể phải là số nguyên không âm.")
        return redirect("emulation:detail", pk=pk)
    nomination = Nomination.objects.create(
        movement=movement,
        unit_id=unit_id,
        organisation=movement.organisation,
        name=name,
        kind=Nomination.Kind.COLLECTIVE
        if request.POST.get("kind") == "collective"
        else Nomination.Kind.INDIVIDUAL,
        position=request.POST.get("position", "").strip(),
        gender=request.POST.get("gender", "").strip(),
        rating=book.rating_by_name(request.POST.get("rating")) or "",
        initiative=request.POST.get("initiative", "").strip(),
        award=award.key,
        achievements=request.POST.get("achievements", "").strip(),
        order=movement.nominations.filter(unit_id=unit_id).count(),
        **numbers,
    )
    accepted = UnitReport.objects.filter(
        pk__in=request.POST.getlist("reports"),
        task__unit_id=unit_id,
        state=UnitReport.State.ACCEPTED,
    )
    nomination.reports.set(accepted)
    awards.recheck(movement)
    nomination.refresh_from_db()
    refusing = [f["message"] for f in nomination.findings if not f.get("warning")]
    warnings = [f["message"] for f in nomination.findings if f.get("warning")]
    if refusing:
        messages.error(request, f"Đề nghị {name} chưa đạt: " + " ".join(refusing))
    elif warnings:
        messages.warning(
            request, f"Đã đề nghị {award.name} cho {name}; cần xem lại: " + " ".join(warnings)
        )
    else:
        messages.success(request, f"Đã đề nghị {award.name} cho {name}.")
    return redirect("emulation:detail", pk=pk)


@login_required
@require_POST
def vote(request: HttpRequest, pk: int) -> HttpResponse:
    nomination = get_object_or_404(
        Nomination.objects.select_related("movement__organisation"), pk=pk
    )
    access.movement_for(request.user, nomination.movement_id)
    if not access.is_secretary(request.user, nomination.organisation_id):
        raise PermissionDenied
    counts = [whole_number(request.POST.get(k)) for k in ("yes", "no", "invalid")]
    if min(counts) < 0:
        messages.error(request, "Số phiếu phải là số nguyên không âm.")
    else:
        try:
            text = awards.record_vote(nomination, *counts)
            messages.success(request, f"{nomination.name}: {text}")
        except services.WorkflowError as error:
            messages.error(request, str(error))
    return redirect("emulation:detail", pk=nomination.movement_id)


@login_required
@require_POST
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    step = request.POST.get("step", "")
    allowed = access.can_draft if step == "draft" else access.can_approve
    if not allowed(request.user, movement.organisation_id):
        raise PermissionDenied
    try:
        awards.decision_step(movement, step, request.POST.get("signer", "").strip())
        messages.success(
            request,
            {
                "draft": "Đã lập dự thảo quyết định.",
                "approve": "Đã phê duyệt quyết định.",
                "issue": "Đã ban hành quyết định.",
            }.get(step, ""),
        )
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("emulation:detail", pk=pk)


def _staff_only(request: HttpRequest, movement: Movement) -> None:
    if not access.is_staff_of(request.user, movement.organisation_id):
        raise PermissionDenied


@login_required
def decision_file(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    _staff_only(request, movement)
    if not hasattr(movement, "decision"):
        raise Http404
    response = HttpResponse(awards.decision_docx(movement), content_type=DOCX)
    response["Content-Disposition"] = 'attachment; filename="quyet-dinh-khen-thuong.docx"'
    return response


@login_required
def certificates(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    _staff_only(request, movement)
    decision = getattr(movement, "decision", None)
    if decision is None or decision.state != AwardDecision.State.ISSUED:
        messages.error(request, "Chỉ in Giấy khen sau khi quyết định đã ban hành.")
        return redirect("emulation:detail", pk=pk)
    rendering = renders.start(
        renders.Request(
            key=f"certificates-pdf:{movement.pk}:{decision.pk}",
            kind="certificates-pdf",
            object_id=movement.pk,
            organisation=movement.organisation,
            title=f"Giấy khen: {movement.title}",
            file_name="giay-khen.pdf",
            back_url=reverse("emulation:detail", kwargs={"pk": pk}),
        ),
        request.user,
    )
    return renders.deliver(rendering)


@login_required
def history(request: HttpRequest) -> HttpResponse:
    """The award history of the organisations the user works in (or sees from above)."""
    mine = [
        o.pk
        for o in permissions.organisations_of(request.user)
        if access.is_staff_of(request.user, o.pk)
    ]
    above = [
        o.pk
        for o in permissions.organisations_of(request.user)
        if permissions.Role.UPPER_VIEWER in permissions.roles_in(request.user, o)
    ]
    records = AwardRecord.objects.filter(
        organisation_id__in=set(mine) | permissions.descendant_ids(above)
    ).select_related("organisation")
    query = (request.GET.get("q") or "").strip()
    if query:
        records = records.filter(Q(name__icontains=query) | Q(unit_name__icontains=query))
    book = load_rules()
    rows = [(r, book.award(r.award).name) for r in records[:500]]
    return render(
        request, "emulation/history.html", {"rows": rows, "query": query, "nav": "emulation"}
    )


def _docx(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def achievement_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The nominee's báo cáo thành tích: the ward's staff, or the proposing unit's reporter."""
    nomination = get_object_or_404(
        Nomination.objects.select_related("movement__organisation", "unit"), pk=pk
    )
    movement = access.movement_for(request.user, nomination.movement_id)
    own = nomination.unit_id in access.reporter_unit_ids(request.user, movement.organisation_id)
    if not (own or access.is_staff_of(request.user, movement.organisation_id)):
        raise PermissionDenied
    return _docx(dossiers.achievement_docx(nomination), "bao-cao-thanh-tich.docx")


@login_required
def minutes(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    _staff_only(request, movement)
    return _docx(dossiers.minutes_docx(movement), "bien-ban-hop-hoi-dong.docx")


@login_required
def submission(request: HttpRequest, pk: int) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    _staff_only(request, movement)
    return _docx(dossiers.submission_docx(movement), "to-trinh-de-nghi-khen-thuong.docx")


@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """The movement's result report (BC) to send up the chain."""
    movement = access.movement_for(request.user, pk)
    _staff_only(request, movement)
    try:
        data = dossiers.result_report_docx(movement)
    except services.WorkflowError as error:
        messages.error(request, str(error))
        return redirect("emulation:detail", pk=pk)
    return _docx(data, "bao-cao-ket-qua-phong-trao.docx")
