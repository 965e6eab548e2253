"""Notifications of the units' reports and deadlines: who hears what, once, in the app and by mail."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import call_command

from kehoach.web.inbox.models import Notification
from kehoach.web.inbox.report_events import notify_deadlines
from kehoach.web.reports import services

pytestmark = pytest.mark.django_db


def submit(task, user, partial=False):
    return services.save_report(
        task,
        user,
        figures={"phat_thanh": 2},
        text="Đã phát thanh 3 buổi.",
        no_activity=False,
        partial=partial,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )


def texts(user):
    return [n.text for n in Notification.objects.filter(user=user)]


def test_a_submitted_report_tells_the_reviewer_what_to_do(drafter, vhxh_task, vhxh_reporter):
    submit(vhxh_task, vhxh_reporter)
    [text] = [t for t in texts(drafter) if "đã gửi báo cáo" in t]
    assert text.startswith("Phòng Văn hóa - Xã hội đã gửi báo cáo nhiệm vụ “Chủ trì tổ chức")
    assert "chấp nhận hoặc trả lại" in text
    assert not Notification.objects.filter(user=vhxh_reporter).exists()  # not told of own step


def test_a_returned_report_tells_the_unit_the_reason(drafter, vhxh_task, vhxh_reporter):
    services.return_report(submit(vhxh_task, vhxh_reporter), drafter, "Thiếu ảnh minh chứng.")
    [note] = Notification.objects.filter(user=vhxh_reporter)
    assert "bị trả lại. Lý do: Thiếu ảnh minh chứng. Hãy sửa báo cáo và gửi lại" in note.text
    assert note.kind == "report.return" and note.url == f"/bao-cao/nhiem-vu/{vhxh_task.pk}/"


def test_an_accepted_report_tells_the_unit_and_not_another_unit(
    drafter, vhxh_task, vhxh_reporter, police_reporter
):
    services.accept_report(submit(vhxh_task, vhxh_reporter), drafter)
    assert any("đã được chấp nhận" in t for t in texts(vhxh_reporter))
    assert texts(police_reporter) == []


def test_a_late_task_is_told_to_its_unit_once(vhxh_task, vhxh_reporter, police_reporter):
    assert notify_deadlines(date(2025, 3, 20)) == 2  # both units' tasks are late on 20/03
    assert notify_deadlines(date(2025, 3, 21)) == 0  # the next day: nothing new
    [note] = Notification.objects.filter(user=vhxh_reporter)
    assert "đã quá hạn báo cáo từ ngày 01/03/2025" in note.text and note.kind == "task.late"
    assert "không phát sinh" in note.text  # says what to do


def test_a_task_coming_due_then_late_is_two_events(vhxh_task, vhxh_reporter):
    notify_deadlines(date(2025, 2, 27), soon_days=3)
    notify_deadlines(date(2025, 3, 2), soon_days=3)
    kinds = list(
        Notification.objects.filter(user=vhxh_reporter).order_by("pk").values_list("kind", "text")
    )
    assert [k for k, _ in kinds] == ["task.due", "task.late"]
    assert "đến hạn báo cáo ngày 01/03/2025" in kinds[0][1]


def test_a_reported_task_is_not_told(drafter, vhxh_task, vhxh_reporter):
    services.accept_report(submit(vhxh_task, vhxh_reporter), drafter)
    notify_deadlines(date(2025, 3, 10))
    assert not Notification.objects.filter(user=vhxh_reporter, kind__startswith="task.").exists()


def test_the_digest_mails_the_reason_once(drafter, vhxh_task, vhxh_reporter, mailoutbox):
    vhxh_reporter.email = "vhxh@lechan.example"
    vhxh_reporter.save()
    services.return_report(submit(vhxh_task, vhxh_reporter), drafter, "Thiếu ảnh minh chứng.")
    call_command("send_reminders", "--date", "2025-02-10", stdout=io.StringIO())
    [mail] = mailoutbox
    assert "1 thông báo mới" in mail.subject
    assert "THÔNG BÁO MỚI (1):" in mail.body and "Lý do: Thiếu ảnh minh chứng." in mail.body
    call_command("send_reminders", "--date", "2025-02-11", stdout=io.StringIO())
    assert len(mailoutbox) == 1  # mailed once; still in the app until read
    assert Notification.objects.get(user=vhxh_reporter, kind="report.return").read_at is None


def test_a_return_answered_before_the_digest_is_not_mailed(
    drafter, vhxh_task, vhxh_reporter, mailoutbox
):
    vhxh_reporter.email = "vhxh@lechan.example"
    vhxh_reporter.save()
    services.return_report(submit(vhxh_task, vhxh_reporter), drafter, "Thiếu ảnh minh chứng.")
    services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={"phat_thanh": 3},
        text="Đã bổ sung ảnh.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 2),
    )
    call_command("send_reminders", "--date", "2025-02-03", stdout=io.StringIO())
    assert all("bị trả lại" not in mail.body for mail in mailoutbox)
