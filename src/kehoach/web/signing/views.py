"""The signing pages: keys and images, the plan's signatures (sign, seal, copy), copies' files."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from kehoach.errors import InputError
from kehoach.web import permissions
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans import frozen
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.models import IssuedDocument, Plan
from kehoach.web.signing import services
from kehoach.web.signing.forms import KeyForm, PassphraseForm
from kehoach.web.signing.models import ElectronicCopy, LeaderSignature, SigningKey

Holder = SigningKey.Holder
MAX_UPLOAD = 5_000_000
SEAL_FIRST = (
    "Bản sao chụp lại bản đã ký: hãy ghi số, ngày và ký số của cơ quan trước, rồi tạo bản sao."
)


def _holders(user: Any, organisation: Organisation) -> list[tuple[str, str]]:
    allowed = []
    if permissions.can_manage_own_key(user, organisation):
        allowed.append((Holder.PERSON, Holder.PERSON.label))
    if permissions.can_manage_organisation_key(user, organisation):
        allowed.append((Holder.ORGANISATION, Holder.ORGANISATION.label))
    return allowed


def _upload(field: Any) -> bytes:
    if field.size > MAX_UPLOAD:
        raise InputError(f"tệp {field.name} quá lớn (tối đa 5 MB).")
    data: bytes = field.read()
    return data


@login_required
def keys(request: HttpRequest, org_pk: int) -> HttpResponse:
    """The leader's own key and image, the organisation's key and seal (for the Văn thư)."""
    organisation = Organisation.objects.filter(pk=org_pk).first()
    if organisation is None or not permissions.roles_in(request.user, organisation):
        raise Http404("Không tìm thấy cơ quan.")
    holders = _holders(request.user, organisation)
    if not holders:
        raise PermissionDenied("Chỉ lãnh đạo và văn thư quản lý chứng thư số.")
    form = KeyForm(request.POST or None, request.FILES or None)
    form.fields["holder"].choices = holders
    if request.method == "POST" and form.is_valid():
        try:
            key, revocation = services.save_key(
                organisation,
                request.user,
                form.cleaned_data["holder"],
                _upload(form.cleaned_data["p12"]),
                form.cleaned_data["passphrase"],
                _upload(form.cleaned_data["image"]),
            )
        except InputError as error:
            messages.error(request, f"Chưa lưu: {str(error)[:1].upper()}{str(error)[1:]}")
        else:
            messages.success(request, f"Đã lưu chứng thư số của {key.subject}. {revocation}")
            return redirect("signing:keys", org_pk=organisation.pk)
    mine = SigningKey.objects.filter(
        organisation=organisation, user=request.user, holder=Holder.PERSON
    )
    shared = SigningKey.objects.filter(organisation=organisation, holder=Holder.ORGANISATION)
    visible = list(mine) + (
        list(shared) if (Holder.ORGANISATION, Holder.ORGANISATION.label) in holders else []
    )
    return render(
        request,
        "signing/keys.html",
        {"nav": "signing", "organisation": organisation, "form": form, "stored": visible},
    )


def _sentence(error: InputError) -> str:
    text = str(error)
    return text[:1].upper() + text[1:]


def _unsigned(plan: Plan) -> renders.Request:
    """The PDF the leader signs, made by a worker before the leader types the passphrase."""
    return renders.Request(
        key=f"unsigned-pdf:{plan.pk}:{plan.version}",
        kind="unsigned-pdf",
        object_id=plan.pk,
        organisation=plan.organisation,
        title=f"Bản PDF để ký: {plan.title}",
        file_name=f"ke-hoach-{plan.pk}-de-ky.pdf",
        back_url=reverse("signing:plan", kwargs={"pk": plan.pk}),
    )


def _copy_pages(plan: Plan) -> renders.Request:
    """The copy's pages, made by a worker (with the issued PDF, if LibreOffice never made it)."""
    page = reverse("signing:plan", kwargs={"pk": plan.pk})
    return renders.Request(
        key=services.copy_key(plan),
        kind="copy-pages",
        object_id=plan.pk,
        organisation=plan.organisation,
        title=f"Bản sao: {plan.title}",
        file_name=f"ke-hoach-{plan.pk}-cac-trang-ban-sao.pdf",
        back_url=page,
        next_url=f"{page}#form-sao-y",
    )


def _start_copy_pages(plan: Plan, user: Any) -> tuple[Rendering | None, str]:
    """The copy's pages (asked for when the page opens, so they are ready by the time the Văn thư
    types the passphrase), or why this plan cannot be copied."""
    try:
        return renders.start(_copy_pages(plan), user), ""
    except InputError as error:
        return None, _sentence(error)


def _still_making(rendering: Rendering | None) -> bool:
    """A file of this page is still being made (the page refreshes itself until it is)."""
    return rendering is not None and rendering.status in (
        Rendering.Status.PENDING,
        Rendering.Status.RUNNING,
    )


@login_required
def plan_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan's signatures: what is signed, the next step for this user, received PDFs' check."""
    plan = plan_for(request, pk)
    leader = LeaderSignature.objects.filter(plan=plan).first()
    issued = IssuedDocument.objects.filter(plan=plan).first()
    can_sign = permissions.can_sign_plan(request.user, plan) and leader is None
    unsigned = renders.start(_unsigned(plan), request.user) if can_sign else None
    can_seal = (
        permissions.can_seal_plan(request.user, plan)
        and leader is not None
        and leader.sealed_at is None
    )
    can_copy = permissions.can_copy_plan(request.user, plan)
    if can_copy and can_seal:  # a copy shows the sealed plan: it is prepared once sealed
        pages, cannot_copy = None, SEAL_FIRST
    elif can_copy:
        pages, cannot_copy = _start_copy_pages(plan, request.user)
    else:
        pages, cannot_copy = None, ""
    context = {
        "pages": pages,
        "pages_ready": pages is not None and pages.status == Rendering.Status.READY,
        "cannot_copy": cannot_copy,
        "refresh": _still_making(unsigned) or _still_making(pages),
        "unsigned": unsigned,
        "unsigned_ready": unsigned is not None and unsigned.status == Rendering.Status.READY,
        "nav": "plans",
        "plan": plan,
        "leader": leader,
        "issued": issued,
        "report": services.check_received(plan) if plan.kind == Plan.Kind.UPPER else None,
        "can_sign": can_sign,
        "can_seal": can_seal,
        "can_copy": can_copy,
        "copies": ElectronicCopy.objects.filter(plan=plan).order_by("-made_at") if can_copy else [],
        "form": PassphraseForm(),
    }
    return render(request, "signing/plan.html", context)


def _step(request: HttpRequest, pk: int, check: Any, action: Any, done: str) -> HttpResponse:
    plan = plan_for(request, pk, check)
    form = PassphraseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy nhập mật khẩu chứng thư số.")
        return redirect("signing:plan", pk=plan.pk)
    try:
        result = action(plan, request.user, form.cleaned_data["passphrase"])
    except InputError as error:
        messages.error(request, f"Chưa ký: {_sentence(error)}")
    except frozen.DigestMismatch as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done.format(result=result))
    return redirect("signing:plan", pk=plan.pk)


@login_required
@require_POST
def sign(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_sign_plan)
    rendering = renders.start(_unsigned(plan), request.user)

    def rendered() -> bytes:
        if rendering.status != Rendering.Status.READY:
            raise InputError(
                "bản PDF để ký đang được tạo; khi trang báo đã sẵn sàng, hãy nhập lại mật khẩu và ký."
            )
        return renders.read_file(rendering)

    def sign_rendered(plan: Plan, user: Any, passphrase: str) -> Any:
        return services.sign_as_leader(plan, user, passphrase, pdf=rendered)

    return _step(
        request,
        pk,
        permissions.can_sign_plan,
        sign_rendered,
        "Lãnh đạo đã ký số kế hoạch. Văn thư sẽ ghi số, ngày và ký số của cơ quan khi ban hành.",
    )


@login_required
@require_POST
def seal(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        permissions.can_seal_plan,
        services.seal,
        "Đã ghi số, ngày và ký số của cơ quan. Tệp PDF ban hành là bản đã ký số.",
    )


@login_required
@require_POST
def copy(request: HttpRequest, pk: int) -> HttpResponse:
    """Sign a copy of the pages a worker made; if they are not made yet, wait for them (the
    passphrase is checked first, and typed again once they are ready: it is never kept)."""
    plan = plan_for(request, pk, permissions.can_copy_plan)
    form = PassphraseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy nhập mật khẩu chứng thư số.")
        return redirect("signing:plan", pk=plan.pk)

    def pages() -> bytes:
        return renders.made_bytes(_copy_pages(plan), request.user, "các trang của bản sao")

    try:
        made = services.make_copy(plan, request.user, form.cleaned_data["passphrase"], pages)
    except renders.NotReady as waiting:
        messages.info(
            request,
            "Máy chủ đang chuẩn bị các trang của bản sao. Khi xong, trang Chữ ký số mở lại: "
            "hãy nhập mật khẩu chứng thư số một lần nữa để ký (mật khẩu không được lưu lại).",
        )
        return redirect("jobs:rendering", pk=waiting.rendering.pk)
    except InputError as error:
        messages.error(request, f"Chưa ký: {_sentence(error)}")
    except frozen.DigestMismatch as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã tạo bản sao điện tử số {made.symbol}.")
    return redirect("signing:plan", pk=plan.pk)


@login_required
def copy_file(request: HttpRequest, pk: int) -> HttpResponse:
    copy = ElectronicCopy.objects.select_related("organisation").filter(pk=pk).first()
    if copy is None or not permissions.roles_in(request.user, copy.organisation_id):
        raise Http404("Không tìm thấy bản sao.")
    if not permissions.roles_in(request.user, copy.organisation_id) & permissions.OFFICE:
        raise PermissionDenied("Chỉ cán bộ văn phòng tải bản sao điện tử.")
    response = HttpResponse(services.read(copy.pdf), content_type="application/pdf")
    name = f"ban-sao-{copy.number:02d}-{copy.form}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
