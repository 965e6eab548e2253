"""A task's page: the unit's report form, its history and evidence; the drafter's accept/return."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from kehoach.report.periods import Period, from_code, periods_of_year
from kehoach.web.channels.figures import prefill_report
from kehoach.web.reports import services
from kehoach.web.reports.evidence import (
    CONTENT_TYPES,
    MAX_FILES,
    EvidenceRejected,
    check_uploads,
    max_bytes,
)
from kehoach.web.reports.forms import DETAILS, ReportForm, ReturnForm
from kehoach.web.reports.models import Evidence, UnitReport
from kehoach.web.tasks import access
from kehoach.web.tasks.models import Task, figure_specs, period_kind

DB_DOWN = (
    "Không lưu được báo cáo vì hệ thống không kết nối được cơ sở dữ liệu. Chưa có gì được lưu. "
    "Vui lòng gửi lại sau ít phút (các tệp minh chứng cần chọn lại)."
)


def _initial(report: UnitReport | None) -> dict[str, Any]:
    if report is None:
        return {"version": 0}
    initial: dict[str, Any] = {
        "text": report.text,
        **{name: getattr(report, name) for name in DETAILS},
        "no_activity": report.no_activity,
        "partial": report.partial,
        "version": report.version,
    }
    initial.update({f"so_{k}": v for k, v in report.figures.items()})
    return initial


def _context(
    request: HttpRequest, task: Task, form: ReportForm, report: UnitReport | None
) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        "nav": "tasks",
        "task": task,
        "plan": task.plan,
        "form": form,
        "report": report,
        "revisions": list(report.revisions.select_related("user")) if report else [],
        "evidence": list(report.evidence.all()) if report else [],
        "can_report": access.can_report(request.user, task),
        "can_edit": access.can_report(request.user, task)
        and (
            report is None
            or report.state in {"draft", "returned"}
            or (report.state == "submitted" and report.partial)
        ),
        "can_review": access.can_review(request.user, task)
        and report is not None
        and report.state == UnitReport.State.SUBMITTED,
        "return_form": ReturnForm(),
        "late": bool(task.deadline and task.deadline < today and not task.is_done),
        "partial_allowed": not task.deadline or today <= task.deadline,
    }


def report_periods(request: HttpRequest, task: Task) -> tuple[list[Period], Period | None]:
    """The periods of a recurring report (the plan's year) and the one asked for ("?ky="), else
    the period running today, else the last one; ([], None) for a one-off report."""
    kind = period_kind(task.plan)
    if not kind:
        return [], None
    today = timezone.localdate()
    year = task.plan.year or (task.plan.doc_date or today).year
    options = periods_of_year(year, kind)
    asked = from_code(request.POST.get("ky") or request.GET.get("ky", ""))
    if asked in options:
        return options, asked
    running = [p for p in options if p.start <= today <= p.end]
    ended = [p for p in options if p.end < today]
    return options, (running or ended[-1:] or options[:1])[0]


@login_required
def task_report(request: HttpRequest, task_pk: int) -> HttpResponse:
    task = access.task_for(request.user, task_pk)
    # A unit is asked only the figures assigned to it.
    specs = [spec for spec in figure_specs(task.plan) if spec.applies_to(task.unit.name)]
    periods, period = report_periods(request, task)
    code = period.code if period else ""
    if request.method != "POST":
        report = UnitReport.objects.filter(task=task, period=code).first()
        initial, channel_note = prefill_report(_initial(report), task, report, period)
        form = ReportForm(initial=initial, specs=specs)
        context = _context(request, task, form, report)
        context["channel_note"] = channel_note
        context.update(max_mb=max_bytes() // 1048576, periods=periods, period=period)
        return render(request, "reports/task.html", context)
    if not access.can_report(request.user, task):
        raise PermissionDenied("Chỉ cán bộ báo cáo của đơn vị được giao mới gửi được báo cáo.")
    too_big = _request_too_big(request)
    if too_big:
        messages.error(request, too_big)
        return redirect("reports:task", task_pk=task.pk)
    submit = request.POST.get("action") != "save"
    form = ReportForm(_one_click(request, specs), specs=specs)
    files = request.FILES.getlist("evidence")
    form.check_content(submit, bool(files))
    if form.is_valid():
        try:
            checked = check_uploads(files)
            services.save_report(
                task,
                request.user,
                figures=form.figures(),
                text=form.cleaned_data["text"],
                no_activity=form.cleaned_data["no_activity"],
                partial=form.cleaned_data["partial"],
                files=checked,
                base_version=form.cleaned_data.get("version"),
                submit=submit,
                details=form.details(),
                period=code,
            )
        except EvidenceRejected as rejected:
            form.add_error(None, str(rejected))
        except services.ReportRefused as refused:
            form.add_error(None, str(refused))
        except DatabaseError:
            return _database_down(request, task, form)
        else:
            messages.success(
                request,
                "Đã gửi báo cáo." if submit else "Đã lưu bản nháp (chưa gửi).",
            )
            url = reverse("reports:task", args=[task.pk])
            return redirect(f"{url}?ky={code}" if code else url)
    # Refused: the page again with the report as it is now (a submission reads it under its lock).
    report = UnitReport.objects.filter(task=task, period=code).first()
    context = _context(request, task, form, report)
    context.update(max_mb=max_bytes() // 1048576, periods=periods, period=period)
    return render(request, "reports/task.html", context, status=400)


NO_ACTIVITY = "khong-phat-sinh"


def _to_report(report: UnitReport) -> HttpResponse:
    url = reverse("reports:task", args=[report.task_id])
    return redirect(f"{url}?ky={report.period}" if report.period else url)


def _one_click(request: HttpRequest, specs: list[Any]) -> Any:
    """The "Không phát sinh" button: the same submission with nothing but that answer."""
    if request.POST.get("action") != NO_ACTIVITY:
        return request.POST
    data = request.POST.copy()
    for name in ("text", "partial", *DETAILS, *[f"so_{spec.key}" for spec in specs]):
        data[name] = ""
    data["no_activity"] = "on"
    return data


def _request_too_big(request: HttpRequest) -> str:
    """Refuse a request larger than every allowed file together before Django reads its body."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    limit = MAX_FILES * max_bytes() + 2 * 1024 * 1024
    if length <= limit:
        return ""
    return (
        f"Dữ liệu gửi lên quá lớn ({length / 1048576:.0f} MB): mỗi lần gửi tối đa {MAX_FILES} tệp, "
        f"mỗi tệp không quá {max_bytes() // 1048576} MB. Chưa lưu gì."
    )


def _database_down(request: HttpRequest, task: Task, form: ReportForm) -> HttpResponse:
    """The form again with the user's input and a clear message, rendered without any query."""
    form.add_error(None, DB_DOWN)
    context = {
        "task": task,
        "plan": task.plan,
        "form": form,
        "report": None,
        "can_report": True,
        "can_edit": True,
        "database_down": True,
        "partial_allowed": True,
        "user": request.user,
        "csrf_token": get_token(request),
        "request": request,
    }
    return HttpResponse(render_to_string("reports/task.html", context), status=503)


def _report_for(request: HttpRequest, pk: int) -> UnitReport:
    report = UnitReport.objects.select_related("task").filter(pk=pk).first()
    if report is None:
        raise Http404("Không tìm thấy báo cáo.")
    access.task_for(request.user, report.task_id, access.can_review)
    return report


@login_required
@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for(request, pk)
    try:
        services.accept_report(report, request.user)
    except services.ReportRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, "Đã chấp nhận báo cáo.")
    return _to_report(report)


@login_required
@require_POST
def return_for_changes(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for(request, pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Cần ghi ý kiến khi trả lại báo cáo.")
    else:
        try:
            services.return_report(report, request.user, form.cleaned_data["comment"])
        except services.ReportRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, "Đã trả lại báo cáo kèm ý kiến.")
    return _to_report(report)


@login_required
def evidence(request: HttpRequest, pk: int) -> FileResponse:
    """An evidence file, only to those who may see its task; never from a public URL."""
    item = Evidence.objects.select_related("report").filter(pk=pk).first()
    if item is None:
        raise Http404("Không tìm thấy tệp.")
    access.task_for(request.user, item.report.task_id)
    response = FileResponse(
        item.file.open("rb"),
        content_type=CONTENT_TYPES.get(item.kind, "application/octet-stream"),
        as_attachment=not item.is_image,
        filename=item.name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def remove_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    """The unit's reporter takes a wrong file off a draft or returned report."""
    item = Evidence.objects.select_related("report").filter(pk=pk).first()
    if item is None:
        raise Http404("Không tìm thấy tệp.")
    task = access.task_for(request.user, item.report.task_id, access.can_report)
    try:
        services.remove_evidence(item, request.user)
    except services.ReportRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"Đã gỡ tệp “{item.name}” khỏi báo cáo.")
    return redirect("reports:task", task_pk=task.pk)
