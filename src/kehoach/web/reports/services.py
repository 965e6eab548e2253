"""Writing reports: save or submit (whole or partial), return with a comment, accept.

Each step is one transaction with its revision row, its task state and its audit entry, so a failure
anywhere (the database going away included) leaves nothing half-saved. Evidence files are written
before the transaction and deleted again if it does not commit.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from kehoach.web.audit.log import record
from kehoach.web.core.db import alias, atomic
from kehoach.web.reports.evidence import CheckedFile
from kehoach.web.reports.models import AcceptedFigure, Evidence, ReportRevision, UnitReport
from kehoach.web.reports.signals import report_moved
from kehoach.web.tasks.models import Task

State = UnitReport.State


class ReportRefused(Exception):
    """The step does not apply (wrong state, someone saved first, partial after the deadline)."""


DETAILS = ("difficulties", "causes", "proposals")


def snapshot(report: UnitReport) -> dict[str, Any]:
    return {
        "state": report.state,
        "partial": report.partial,
        "no_activity": report.no_activity,
        "figures": report.figures,
        "text": report.text,
        **{name: getattr(report, name) for name in DETAILS},
    }


def _revision(
    report: UnitReport, user: Any, action: str, comment: str = "", first: bool = False
) -> ReportRevision:
    """The report's next revision; `first` for a report just created (no query for its number)."""
    number = 1
    if not first:
        last = report.revisions.order_by("-number").values_list("number", flat=True).first()
        number = (last or 0) + 1
    return ReportRevision.objects.create(
        report=report,
        number=number,
        action=action,
        data=snapshot(report),
        comment=comment,
        user=user,
    )


def _store_files(task: Task, files: list[CheckedFile]) -> list[tuple[CheckedFile, str]]:
    stored = []
    try:
        for checked in files:
            name = f"evidence/{task.plan.organisation_id}/{task.plan_id}/{uuid.uuid4().hex}.{checked.extension}"
            stored.append((checked, default_storage.save(name, ContentFile(checked.data))))
    except Exception:
        _delete([path for _, path in stored])
        raise
    return stored


def _delete(paths: list[str]) -> None:
    for path in paths:
        default_storage.delete(path)


def _editable(report: UnitReport) -> None:
    if report.state == State.ACCEPTED:
        raise ReportRefused("Báo cáo đã được chấp nhận, không sửa được nữa.")
    if report.state == State.SUBMITTED and not report.partial:
        raise ReportRefused(
            "Báo cáo đã gửi và đang chờ chuyên viên duyệt; chỉ sửa được khi bị trả lại."
        )


def save_report(
    task: Task,
    user: Any,
    *,
    figures: dict[str, int],
    text: str,
    no_activity: bool,
    partial: bool,
    files: list[CheckedFile],
    base_version: int | None,
    submit: bool,
    today: date | None = None,
    details: dict[str, str] | None = None,
    period: str = "",
) -> UnitReport:
    """Save the unit's report as a draft, or submit it (whole, or partial before the deadline)."""
    today = today or timezone.localdate()
    if submit and partial and task.deadline and today > task.deadline:
        raise ReportRefused(
            "Đã quá hạn báo cáo: không gửi báo cáo một phần được nữa, hãy gửi báo cáo đầy đủ."
        )
    stored = _store_files(task, files)
    try:
        with atomic():
            report = _write(
                task,
                user,
                figures,
                text,
                no_activity,
                partial,
                stored,
                base_version,
                submit,
                period,
                details,
            )
    except IntegrityError:
        _delete([path for _, path in stored])
        raise ReportRefused(
            "Một người khác của đơn vị vừa gửi báo cáo cho nhiệm vụ này. Hãy mở lại trang để xem."
        ) from None
    except BaseException:
        _delete([path for _, path in stored])
        raise
    return report


def _write(
    task: Task,
    user: Any,
    figures: dict[str, int],
    text: str,
    no_activity: bool,
    partial: bool,
    stored: list[tuple[CheckedFile, str]],
    base_version: int | None,
    submit: bool,
    period: str = "",
    details: dict[str, str] | None = None,
) -> UnitReport:
    report = UnitReport.objects.select_for_update().filter(task=task, period=period).first()
    created = report is None
    if report is None:
        report = UnitReport(task=task, period=period, version=0)
    else:
        if base_version is not None and report.version != base_version:
            raise ReportRefused(
                f"Báo cáo đã được lưu bởi người khác (lần {report.version}) sau khi bạn mở trang. "
                "Thay đổi của bạn chưa được lưu; hãy mở lại trang để xem bản mới nhất."
            )
        _editable(report)
    # A blank stays absent; a reported 0 is a result and is kept.
    report.figures = {key: int(value) for key, value in figures.items() if value is not None}
    report.text = text
    report.no_activity = no_activity
    if details:
        for name in DETAILS:
            setattr(report, name, "" if no_activity else details.get(name, ""))
    report.partial = bool(submit and partial)
    report.version += 1
    report.state = State.SUBMITTED if submit else State.DRAFT
    if submit:
        report.submitted_at = timezone.now()
        report.submitted_by = user
        report.return_comment = ""
    report.save()
    for checked, path in stored:
        Evidence.objects.create(
            report=report,
            file=path,
            name=checked.name,
            kind=checked.kind,
            size=len(checked.data),
            sha256=checked.sha256,
            uploaded_by=user,
        )
    action = ("partial" if report.partial else "submit") if submit else "save"
    _revision(report, user, action, first=created)
    if submit:
        task_state = Task.ReportState.PARTIAL if report.partial else Task.ReportState.SUBMITTED
    else:
        task_state = Task.ReportState.DRAFT
    Task.objects.filter(pk=task.pk).update(report_state=task_state)
    task.report_state = task_state
    record(
        user,
        task.plan.organisation,
        f"report.{action}",
        report,
        f"{task.unit.name}: {task.text[:120]}",
    )
    if submit:
        report_moved.send(sender=UnitReport, report=report, user=user, action=f"report.{action}")
    return report


def _locked_submitted(report: UnitReport) -> UnitReport:
    locked = UnitReport.objects.select_for_update().get(pk=report.pk)
    if locked.state != State.SUBMITTED:
        raise ReportRefused("Báo cáo không ở trạng thái chờ duyệt.")
    return locked


def return_report(report: UnitReport, user: Any, comment: str) -> UnitReport:
    """Send the report back to the unit with the drafter's comment."""
    with atomic():
        locked = _locked_submitted(report)
        locked.state = State.RETURNED
        locked.return_comment = comment
        locked.reviewed_at = timezone.now()
        locked.reviewed_by = user
        locked.save()
        _revision(locked, user, "return", comment)
        Task.objects.filter(pk=locked.task_id).update(report_state=Task.ReportState.RETURNED)
        record(user, locked.task.plan.organisation, "report.return", locked, comment[:200])
        report_moved.send(sender=UnitReport, report=locked, user=user, action="report.return")
    return locked


def accept_report(report: UnitReport, user: Any) -> UnitReport:
    """Accept a whole report; its figures join the plan's totals."""
    with atomic():
        locked = _locked_submitted(report)
        if locked.partial:
            raise ReportRefused(
                "Đây là báo cáo một phần; chỉ chấp nhận báo cáo đầy đủ (có thể trả lại kèm ý kiến)."
            )
        locked.state = State.ACCEPTED
        locked.reviewed_at = timezone.now()
        locked.reviewed_by = user
        locked.save()
        task = locked.task
        AcceptedFigure.objects.bulk_create(
            AcceptedFigure(
                plan_id=task.plan_id,
                unit_id=task.unit_id,
                report=locked,
                key=k,
                value=v,
                period=locked.period,
            )
            for k, v in locked.figures.items()
            if v is not None
        )
        _revision(locked, user, "accept")
        Task.objects.filter(pk=task.pk).update(report_state=Task.ReportState.ACCEPTED)
        record(user, task.plan.organisation, "report.accept", locked, task.unit.name)
        report_moved.send(sender=UnitReport, report=locked, user=user, action="report.accept")
    return locked


def remove_evidence(evidence: Evidence, user: Any) -> None:
    """Take a file off a report the unit can still change; the file goes once the change commits."""
    with atomic():
        report = UnitReport.objects.select_for_update().get(pk=evidence.report_id)
        _editable(report)
        path = evidence.file.name
        evidence.delete()
        task = report.task
        record(user, task.plan.organisation, "report.evidence_removed", report, evidence.name)
        transaction.on_commit(lambda: default_storage.delete(path), using=alias())
