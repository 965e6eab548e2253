"""Getting plans in: upload an upper level's file (read, parse, lint by the library) and cascade it
into a draft of our own plan. Bad files are refused with the reader's message; nothing is saved.

A .docx or text file is read during the request (in a child process with a budget, see
`receive`); a PDF, which may be a scan needing OCR (seconds a page), is read by a worker while the
person waits on the job's page, which then opens the plan."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from kehoach.cascade import cascade
from kehoach.errors import InputError
from kehoach.web import permissions
from kehoach.web.jobs import renders
from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.profiles import profile_of
from kehoach.web.plans import duplicates, services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.forms import UploadForm
from kehoach.web.plans.frozen import sha256
from kehoach.web.plans.receive import ALREADY_UPLOADED, UNREADABLE, read_upload, store

log = logging.getLogger(__name__)


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
        if data.startswith(
            b"%PDF"
        ):  # perhaps a scan: OCR takes seconds a page, so a worker reads it
            rendering = renders.start(
                renders.Request(
                    key=f"read-upload:{organisation.pk}:{sha256(data)}",
                    kind="read-upload",
                    object_id=organisation.pk,
                    organisation=organisation,
                    title=f"Đọc tệp {upload_file.name}",
                    file_name=upload_file.name[:200],
                    back_url=reverse("plans:upload"),
                    content=data,
                ),
                request.user,
            )
            return redirect("jobs:rendering", pk=rendering.pk)
        try:
            read = read_upload(data, upload_file.name)
        except InputError as error:
            form.add_error("file", str(error))
        except Exception:  # a reader bug must not become a 500 page for the user
            log.exception("reading upload %s failed", upload_file.name)
            form.add_error("file", UNREADABLE)
        else:
            received = store(organisation, data, upload_file.name, request.user, read)
            for level, text in received.notes:
                messages.add_message(request, level, text)
            return redirect("plans:detail", pk=received.plan.pk)
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
