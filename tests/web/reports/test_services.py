"""Report workflow: save, submit (whole or partial), return with a comment, resubmit, accept."""

from __future__ import annotations

import os
from datetime import date

import pytest

from kehoach.web.reports import services
from kehoach.web.reports.evidence import check_file
from kehoach.web.reports.models import AcceptedFigure, ReportRevision, UnitReport
from kehoach.web.tasks.models import Task
from web.tasks.fixtures import png_bytes

BEFORE = date(2025, 2, 1)
AFTER = date(2025, 3, 5)


def send(task, user, submit=True, partial=False, figures=None, today=BEFORE, base=None, files=()):
    return services.save_report(
        task,
        user,
        figures=figures if figures is not None else {"phat_thanh": 12, "luot_nguoi": 300},
        text="Đã phát thanh 12 buổi trên loa truyền thanh.",
        no_activity=False,
        partial=partial,
        files=list(files),
        base_version=base,
        submit=submit,
        today=today,
    )


@pytest.mark.django_db
def test_submitting_marks_the_task_submitted(vhxh_task, vhxh_reporter):
    report = send(vhxh_task, vhxh_reporter)
    vhxh_task.refresh_from_db()
    assert report.state == "submitted" and vhxh_task.report_state == "submitted"
    assert report.figures == {"phat_thanh": 12, "luot_nguoi": 300}


@pytest.mark.django_db
def test_a_draft_is_saved_without_being_sent(vhxh_task, vhxh_reporter):
    report = send(vhxh_task, vhxh_reporter, submit=False)
    vhxh_task.refresh_from_db()
    assert report.state == "draft" and report.submitted_at is None
    assert vhxh_task.report_state == "draft"


@pytest.mark.django_db
def test_a_partial_report_before_the_deadline_can_be_completed(vhxh_task, vhxh_reporter):
    first = send(vhxh_task, vhxh_reporter, partial=True, figures={"phat_thanh": 4})
    vhxh_task.refresh_from_db()
    assert first.partial and vhxh_task.report_state == "partial"
    final = send(vhxh_task, vhxh_reporter, base=first.version, figures={"phat_thanh": 12})
    assert not final.partial and final.figures == {"phat_thanh": 12}
    assert UnitReport.objects.filter(task=vhxh_task).count() == 1


@pytest.mark.django_db
def test_a_partial_report_after_the_deadline_is_refused(vhxh_task, vhxh_reporter):
    with pytest.raises(services.ReportRefused, match="quá hạn"):
        send(vhxh_task, vhxh_reporter, partial=True, today=AFTER)
    assert not UnitReport.objects.exists()


@pytest.mark.django_db
def test_a_partial_report_cannot_be_accepted(vhxh_task, vhxh_reporter, drafter):
    report = send(vhxh_task, vhxh_reporter, partial=True)
    with pytest.raises(services.ReportRefused, match="một phần"):
        services.accept_report(report, drafter)


@pytest.mark.django_db
def test_returned_report_is_corrected_and_accepted(vhxh_task, vhxh_reporter, drafter):
    report = send(vhxh_task, vhxh_reporter)
    services.return_report(report, drafter, "Thiếu số lượt người tham dự.")
    vhxh_task.refresh_from_db()
    assert vhxh_task.report_state == "returned"
    report.refresh_from_db()
    assert report.return_comment == "Thiếu số lượt người tham dự."
    again = send(
        vhxh_task, vhxh_reporter, base=report.version, figures={"phat_thanh": 12, "luot_nguoi": 450}
    )
    assert again.return_comment == ""
    services.accept_report(again, drafter)
    vhxh_task.refresh_from_db()
    assert vhxh_task.report_state == "accepted"
    actions = list(ReportRevision.objects.filter(report=again).values_list("action", flat=True))
    assert actions == ["submit", "return", "submit", "accept"]


@pytest.mark.django_db
def test_accepting_adds_the_figures_to_the_plan_totals(vhxh_task, vhxh_reporter, drafter):
    services.accept_report(send(vhxh_task, vhxh_reporter), drafter)
    rows = set(AcceptedFigure.objects.values_list("plan_id", "unit_id", "key", "value"))
    assert rows == {
        (vhxh_task.plan_id, vhxh_task.unit_id, "phat_thanh", 12),
        (vhxh_task.plan_id, vhxh_task.unit_id, "luot_nguoi", 300),
    }


@pytest.mark.django_db
def test_a_submitted_report_cannot_be_changed_until_returned(vhxh_task, vhxh_reporter):
    report = send(vhxh_task, vhxh_reporter)
    with pytest.raises(services.ReportRefused, match="chờ chuyên viên duyệt"):
        send(vhxh_task, vhxh_reporter, base=report.version)


@pytest.mark.django_db
def test_an_accepted_report_is_final(vhxh_task, vhxh_reporter, drafter):
    report = services.accept_report(send(vhxh_task, vhxh_reporter), drafter)
    with pytest.raises(services.ReportRefused, match="đã được chấp nhận"):
        send(vhxh_task, vhxh_reporter, base=report.version)


@pytest.mark.django_db
def test_a_save_from_a_stale_page_is_refused(vhxh_task, vhxh_reporter):
    draft = send(vhxh_task, vhxh_reporter, submit=False)
    send(vhxh_task, vhxh_reporter, submit=False, base=draft.version)
    with pytest.raises(services.ReportRefused, match="người khác"):
        send(vhxh_task, vhxh_reporter, base=draft.version)


@pytest.mark.django_db
def test_a_failure_midway_leaves_no_report_and_no_file(
    vhxh_task, vhxh_reporter, monkeypatch, settings
):
    photo = check_file("anh.png", 100, png_bytes)

    def broken(*args, **kwargs):
        raise RuntimeError("mất điện")

    monkeypatch.setattr(services, "_revision", broken)
    with pytest.raises(RuntimeError):
        send(vhxh_task, vhxh_reporter, files=[photo])
    assert not UnitReport.objects.exists()
    vhxh_task.refresh_from_db()
    assert vhxh_task.report_state == Task.ReportState.NONE
    evidence_dir = settings.MEDIA_ROOT + "/evidence"
    leftover = [f for _, _, files in os.walk(evidence_dir) for f in files]
    assert leftover == []
