"""Downloads of a plan as .docx and .pdf, rendered by the library from the stored version."""

from __future__ import annotations

import re

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify

from kehoach.web import permissions
from kehoach.web.audit.log import record
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.models import Plan
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def file_name(plan: Plan, extension: str) -> str:
    """ "KH-05-2025-to-chuc-cac-hoat-dong.docx": ASCII, short, says what it is."""
    stem = "-".join(
        part
        for part in [
            plan.doc_type,
            plan.number or "du-thao",
            str(plan.year or ""),
            slugify(plan.title)[:50],
        ]
        if part
    )
    return re.sub(r"-+", "-", stem).strip("-") + "." + extension


@login_required
def download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in TYPES:
        raise Http404("Không có định dạng này.")
    plan = plan_for(request, pk, permissions.can_download_plan)
    content = render_docx(plan.document())
    if fmt == "pdf":
        content = docx_to_pdf(content)
    record(
        request.user, plan.organisation, "plan.download", plan, f"{fmt} phiên bản {plan.version}"
    )
    response = HttpResponse(content, content_type=TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{file_name(plan, fmt)}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
