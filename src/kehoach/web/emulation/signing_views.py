"""The Quyết định khen thưởng's digital signatures: the leader signs, the Văn thư numbers and seals,
the signed PDF is downloaded. The steps are emulation/signing.py's; the keys are the Chữ ký số page's."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from kehoach.errors import InputError
from kehoach.web.emulation import access, signing
from kehoach.web.signing.forms import PassphraseForm


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
    return _step(
        request,
        pk,
        access.can_approve,
        signing.sign_as_leader,
        "Lãnh đạo đã ký số quyết định. Văn thư ghi số, ngày và ký số của cơ quan sau khi ban hành.",
    )


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
