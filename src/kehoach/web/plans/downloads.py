"""Downloads of a plan: the bytes frozen at issue for an issued plan, a fresh rendering for a draft,
and the original file, byte for byte, of an uploaded upper-level document."""

from __future__ import annotations

import mimetypes

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header

from kehoach.web import permissions
from kehoach.web.audit.log import record
from kehoach.web.plans import frozen
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.models import Plan
from kehoach.web.plans.names import file_name
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

__all__ = ["TYPES", "download", "file_name", "original"]

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _rendered(plan: Plan, fmt: str) -> bytes:
    content = render_docx(plan.document())
    return docx_to_pdf(content) if fmt == "pdf" else content


@login_required
def download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in TYPES:
        raise Http404("Không có định dạng này.")
    plan = plan_for(request, pk, permissions.can_download_plan)
    if plan.status == Plan.Status.ISSUED and plan.kind == Plan.Kind.OWN:
        try:
            content = frozen.issued_bytes(plan, fmt)
            what = f"{fmt} bản đã ban hành"
        except frozen.NotIssued:  # issued before frozen documents existed
            content, what = _rendered(plan, fmt), f"{fmt} phiên bản {plan.version}"
    else:
        content, what = _rendered(plan, fmt), f"{fmt} phiên bản {plan.version}"
    record(request.user, plan.organisation, "plan.download", plan, what)
    return _attachment(content, TYPES[fmt], file_name(plan, fmt))


@login_required
def original(request: HttpRequest, pk: int) -> HttpResponse:
    """The uploaded file as received, under the name it was uploaded with."""
    plan = plan_for(request, pk, permissions.can_download_plan)
    if not plan.source_file:
        raise Http404("Văn bản này không có tệp gốc được lưu.")
    content = frozen.read(plan.source_file)
    name = plan.source_name or plan.source_file.name.rsplit("/", 1)[-1]
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    record(request.user, plan.organisation, "plan.download", plan, f"tệp gốc {name}")
    return _attachment(content, kind, name)
