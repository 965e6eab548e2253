"""Getting plans in: upload an upper level's file (read, parse, lint by the library) and cascade it
into a draft of our own plan. Bad files are refused with the reader's message; nothing is saved."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from kehoach.cascade import cascade
from kehoach.document.model import Plan as DocumentPlan
from kehoach.errors import InputError
from kehoach.sandbox import Budget, read_in_sandbox
from kehoach.web import permissions
from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.profiles import profile_of
from kehoach.web.plans import duplicates, services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.checks import as_dicts
from kehoach.web.plans.forms import UploadForm
from kehoach.web.plans.frozen import sha256
from kehoach.web.plans.models import Plan

log = logging.getLogger(__name__)

OCR_NOTE = (
    "Tệp là bản scan: chữ được nhận dạng tự động (OCR). Hãy đối chiếu số, ngày, tên đơn vị "
    "với bản gốc trước khi dùng."
)
ALREADY_UPLOADED = (
    "Tệp này đã được tải lên trước đây ({date:%d/%m/%Y}); không tạo bản thứ hai. "
    "Đây là văn bản đã có."
)
OUR_OWN = (
    "Tệp này là văn bản do chính cơ quan ban hành (Số: {number}), không phải văn bản cấp trên; "
    "không tạo bản mới. Đây là văn bản đã ban hành."
)
NOT_A_PLAN = (
    "Tệp không phải là một văn bản hành chính có thể đọc được: không tìm thấy trích yếu "
    "hay các mục I, II, III…"
)


def _looks_like_a_plan(document: DocumentPlan) -> bool:
    return bool(document.sections) and bool(document.title or document.number or document.issuer)


def read_upload(data: bytes, name: str) -> tuple[Any, DocumentPlan, list[dict[str, Any]]]:
    """Source, parsed plan and findings; InputError with a Vietnamese message on anything bad.

    Read in a child process with a memory and time budget (kehoach.sandbox): a hostile upload costs
    that child, never this web worker."""
    seconds = settings.KEHOACH_READ_MAX_SECONDS
    if data.startswith(b"%PDF"):  # a scan is read by OCR, a few seconds a page
        seconds = max(seconds, getattr(settings, "KEHOACH_OCR_MAX_SECONDS", 300))
    budget = Budget(settings.KEHOACH_READ_MAX_BYTES, seconds)
    result = read_in_sandbox(data, name, budget)
    if not _looks_like_a_plan(result.plan):
        raise InputError(NOT_A_PLAN)
    return result.source, result.plan, as_dicts(result.findings)


def _declared_size(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    drafting = [
        o
        for o in permissions.organisations_of(request.user)
        if permissions.can_draft(request.user, o)
    ]
    if not drafting:
        raise PermissionDenied("Chỉ chuyên viên soạn thảo được tải lên văn bản.")
    if request.method == "POST" and _declared_size(request) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        # Refused before the body is read: nothing of it reaches the disk.
        limit = settings.KEHOACH_UPLOAD_MAX_BYTES / 1048576
        context = {
            "nav": "plans",
            "form": UploadForm(organisations=drafting),
            "error": f"Tệp quá lớn; giới hạn là {limit:.0f} MB.",
        }
        return render(request, "plans/upload.html", context, status=413)
    form = UploadForm(request.POST or None, request.FILES or None, organisations=drafting)
    if request.method == "POST" and form.is_valid():
        organisation = Organisation.objects.get(pk=form.cleaned_data["organisation"])
        if not permissions.can_draft(request.user, organisation):
            raise PermissionDenied("Bạn không soạn thảo cho cơ quan này.")
        upload_file = form.cleaned_data["file"]
        data = upload_file.read()
        earlier = duplicates.same_upload(organisation, sha256(data))
        if earlier is not None:
            messages.warning(request, ALREADY_UPLOADED.format(date=earlier.created_at))
            return redirect("plans:detail", pk=earlier.pk)
        try:
            source, document, findings = read_upload(data, upload_file.name)
        except InputError as error:
            form.add_error("file", str(error))
        except Exception:  # a reader bug must not become a 500 page for the user
            log.exception("reading upload %s failed", upload_file.name)
            form.add_error(
                "file", "Không đọc được tệp này. Hãy thử lưu lại dưới dạng .docx hoặc .txt."
            )
        else:
            ours = duplicates.own_issued(organisation, sha256(data), document)
            if ours is not None:
                messages.warning(request, OUR_OWN.format(number=f"{ours.number}/{ours.symbol}"))
                return redirect("plans:detail", pk=ours.pk)
            plan = services.create_plan(
                organisation,
                document,
                request.user,
                kind=Plan.Kind.UPPER,
                note=f"Tải lên {upload_file.name}",
                action="plan.upload",
                original=(data, upload_file.name),
                source_name=upload_file.name[:255],
                source_kind=source.kind,
                source_lines=list(source.lines),
                source_findings=findings,
            )
            messages.success(request, f"Đã đọc {upload_file.name}: {len(findings)} vấn đề cần xem.")
            if getattr(source, "ocr", False):
                messages.info(request, OCR_NOTE)
            return redirect("plans:detail", pk=plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/upload.html", {"nav": "plans", "form": form}, status=status)


@login_required
@require_POST
def cascade_plan(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Tạo kế hoạch của đơn vị": our draft implementing this plan, in the same organisation."""
    upper = plan_for(request, pk, permissions.can_cascade_plan)
    existing = duplicates.drafts_from(upper)
    if existing and not request.POST.get("again"):
        messages.warning(
            request,
            f"Đã có {len(existing)} kế hoạch của đơn vị thực hiện văn bản này; mở kế hoạch đã có, "
            "hoặc bấm “Vẫn tạo thêm một kế hoạch” nếu thật sự cần bản thứ hai.",
        )
        return redirect("plans:detail", pk=existing[-1].pk)
    try:
        profile = profile_of(upper.organisation)
        draft = cascade(upper.document(), profile, today=timezone.localdate())
    except InputError as error:
        messages.error(request, str(error))
        return redirect("plans:detail", pk=upper.pk)
    plan = services.create_plan(
        upper.organisation,
        draft,
        request.user,
        parent=upper,
        note="Tạo từ văn bản cấp trên",
        action="plan.cascade",
    )
    messages.success(
        request, f"Đã tạo dự thảo kế hoạch của đơn vị; {len(draft.review)} điểm cần xem lại."
    )
    return redirect("plans:edit", pk=plan.pk)
