"""'Make the result report': a BC draft built from the accepted reports, then the plan editor of part 1.

The BC is stored as a plan of the organisation (doc_type "BC", parent = the plan it reports on), so it
is edited, approved, issued with its own number ("Số: 03/BC-UBND") and downloaded as .docx and .pdf
by the same pages as every plan. Making it again refreshes the draft as a new version.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from kehoach.report.periods import from_code
from kehoach.web import permissions
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from kehoach.web.progress.rollup import result_document
from kehoach.web.progress.views import plan_for_progress


@login_required
@require_POST
def make_result_report(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    if not permissions.can_draft(request.user, plan.organisation):
        raise PermissionDenied("Chỉ chuyên viên của cơ quan mới lập được báo cáo kết quả.")
    period = from_code(request.POST.get("ky", ""))
    document = result_document(plan, period)
    drafts = Plan.objects.filter(
        parent=plan, doc_type="BC", status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED]
    )
    if period is not None:  # one draft per period: its title names the period
        drafts = drafts.filter(title__icontains=period.label)
    existing = drafts.order_by("-pk").first()
    if existing is not None:
        services.save_plan(
            existing, document, existing.version, request.user, "Cập nhật số liệu báo cáo kết quả"
        )
        messages.success(request, "Đã cập nhật dự thảo báo cáo kết quả theo số liệu mới nhất.")
        return redirect("plans:detail", pk=existing.pk)
    report = services.create_plan(
        plan.organisation, document, request.user, parent=plan, note="Lập báo cáo kết quả"
    )
    messages.success(
        request, "Đã lập dự thảo báo cáo kết quả. Hãy sửa, trình phê duyệt rồi ban hành."
    )
    return redirect("plans:detail", pk=report.pk)
