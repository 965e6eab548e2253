"""Downloads of a plan: the bytes frozen at issue for an issued plan, a fresh rendering for a draft,
and the original file, byte for byte, of an uploaded upper-level document.

A PDF that is not made yet is a worker's job (`jobs.renders`): the person is sent to the page that
waits for it, and the request never waits on LibreOffice."""

from __future__ import annotations

import mimetypes

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import content_disposition_header

from kehoach.web import permissions
from kehoach.web.audit.log import record
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.plans import frozen
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.models import Plan
from kehoach.web.plans.names import file_name
from kehoach.write.docx import render_docx

__all__ = ["TYPES", "download", "file_name", "original", "pdf_request"]

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def pdf_request(plan: Plan, issued: bool) -> renders.Request:
    """The PDF as a worker's job: a draft per version, an issued plan once (into its frozen copy)."""
    detail = reverse("plans:detail", kwargs={"pk": plan.pk})
    if issued:
        return renders.Request(
            key=f"issued-pdf:{plan.pk}",
            kind="issued-pdf",
            object_id=plan.pk,
            organisation=plan.organisation,
            title=f"Bản PDF đã ban hành: {plan.title}",
            file_name=file_name(plan, "pdf"),
            back_url=detail,
            next_url=reverse("plans:download", kwargs={"pk": plan.pk, "fmt": "pdf"}),
        )
    return renders.Request(
        key=f"plan-pdf:{plan.pk}:{plan.version}",
        kind="plan-pdf",
        object_id=plan.pk,
        organisation=plan.organisation,
        title=f"Bản PDF phiên bản {plan.version}: {plan.title}",
        file_name=file_name(plan, "pdf"),
        back_url=detail,
    )


def _issued(plan: Plan) -> bool:
    return plan.status == Plan.Status.ISSUED and plan.kind == Plan.Kind.OWN


@login_required
def download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in TYPES:
        raise Http404("Không có định dạng này.")
    plan = plan_for(request, pk, permissions.can_download_plan)
    issued = _issued(plan) and frozen.is_frozen(plan)
    if fmt == "pdf" and not (issued and frozen.has_pdf(plan)):
        rendering = renders.start(pdf_request(plan, issued), request.user)
        if rendering.status != Rendering.Status.READY or not rendering.file:
            return renders.deliver(rendering)
        content, what = renders.read_file(rendering), f"pdf phiên bản {plan.version}"
    elif issued:
        content, what = frozen.issued_bytes(plan, fmt), f"{fmt} bản đã ban hành"
    else:
        content, what = render_docx(plan.document()), f"docx phiên bản {plan.version}"
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
