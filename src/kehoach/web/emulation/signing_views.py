"""The Quyết định khen thưởng's digital signatures: the leader signs, the Văn thư numbers and seals,
the signed PDF is downloaded. The steps are emulation/signing.py's; the keys are the Chữ ký số page's.

The PDF the leader signs is made by a worker (`decision-pdf`), asked for when the movement's page
opens; the page refreshes itself until it is made, then shows the passphrase form. Asked to sign
before it is made, the leader goes to the waiting page, which opens the movement again."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from kehoach.errors import InputError
from kehoach.web.emulation import access, signing
from kehoach.web.emulation.models import AwardDecision, Movement
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.signing.forms import PassphraseForm


def _unsigned(movement: Movement, decision: AwardDecision) -> renders.Request:
    """The PDF the leader signs, made by a worker before the passphrase is typed."""
    page = reverse("emulation:detail", kwargs={"pk": movement.pk})
    return renders.Request(
        key=signing.pdf_key(movement, decision),
        kind="decision-pdf",
        object_id=movement.pk,
        organisation=movement.organisation,
        title=f"Bản PDF để ký: Quyết định khen thưởng — {movement.title}"[:300],
        file_name=f"quyet-dinh-{decision.pk}-de-ky.pdf",
        back_url=page,
        next_url=f"{page}#form-ky-quyet-dinh",
    )


def leader_pdf(movement: Movement, user: Any) -> Rendering | None:
    """The PDF the leader is about to sign, asked of a worker when the page opens (so that it is
    ready by the time the passphrase is typed); None when there is nothing for this user to sign."""
    decision = getattr(movement, "decision", None)
    if (
        decision is None
        or decision.state not in (AwardDecision.State.APPROVED, AwardDecision.State.ISSUED)
        or decision.leader_pdf
        or not decision.signer.strip()
        or not access.can_approve(user, movement.organisation_id)
    ):
        return None
    return renders.start(_unsigned(movement, decision), user)


def _step(request: HttpRequest, pk: int, allowed: Any, action: Any, done: str) -> HttpResponse:
    movement = access.movement_for(request.user, pk)
    if not allowed(request.user, movement.organisation_id):
        raise PermissionDenied
    form = PassphraseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy nhập mật khẩu chứng thư số.")
        return redirect("emulation:detail", pk=pk)
    try:
        action(movement, request.user, form.cleaned_data["passphrase"])
    except InputError as error:
        text = str(error)
        messages.error(request, f"Chưa ký: {text[:1].upper()}{text[1:]}")
    else:
        messages.success(request, done)
    return redirect("emulation:detail", pk=pk)


@login_required
@require_POST
def sign(request: HttpRequest, pk: int) -> HttpResponse:
    """Sign the PDF a worker made; if it is not made yet, wait for it (the passphrase is checked
    first, and typed again once the PDF is ready: it is never kept)."""

    def sign_made(movement: Movement, user: Any, passphrase: str) -> AwardDecision:
        def pdf() -> bytes:
            request = _unsigned(movement, movement.decision)
            return renders.made_bytes(request, user, "bản PDF để ký")

        return signing.sign_as_leader(movement, user, passphrase, pdf)

    try:
        return _step(
            request,
            pk,
            access.can_approve,
            sign_made,
            "Lãnh đạo đã ký số quyết định. "
            "Văn thư ghi số, ngày và ký số của cơ quan sau khi ban hành.",
        )
    except renders.NotReady as waiting:
        if waiting.rendering.status == Rendering.Status.FAILED:
            messages.error(
                request, "Chưa ký: chưa tạo được bản PDF của quyết định; hãy bấm “Thử lại”."
            )
        else:
            messages.info(
                request,
                "Máy chủ đang tạo bản PDF của quyết định. Khi xong, trang phong trào mở lại: "
                "hãy nhập mật khẩu chứng thư số một lần nữa để ký (mật khẩu không được lưu lại).",
            )
        return redirect("jobs:rendering", pk=waiting.rendering.pk)


@login_required
@require_POST
def seal(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        access.is_clerk_of,
        signing.seal,
        "Đã ghi số, ngày và ký số của cơ quan vào quyết định. Tải bản PDF đã ký số để gửi đi.",
    )


@login_required
def signed_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The issued decision with both signatures: the ward's staff and its Văn thư."""
    movement = access.movement_for(request.user, pk)
    org = movement.organisation_id
    if not (access.is_staff_of(request.user, org) or access.is_clerk_of(request.user, org)):
        raise PermissionDenied
    decision = getattr(movement, "decision", None)
    if decision is None or not decision.signed_pdf:
        raise Http404("Quyết định chưa được ký số.")
    try:
        data = signing.signed_pdf(decision)
    except InputError as error:
        messages.error(request, str(error)[:1].upper() + str(error)[1:])
        return redirect("emulation:detail", pk=pk)
    response = HttpResponse(data, content_type="application/pdf")
    name = f"quyet-dinh-khen-thuong-{decision.number}-{decision.issued_on:%Y}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
