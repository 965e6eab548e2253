"""send_reminders: one digest per person per day of what is due today, soon or late."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from kehoach.web.orgs.models import Membership, Unit
from kehoach.web.reports import services
from kehoach.web.tasks.models import ReminderSent, Task
from web.factories import make_user
from web.tasks.fixtures import CONG_AN, VHXH, issue, plan_with_assignments

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def people(ward, issued_plan):
    vhxh = make_user(
        "vhxh-mail",
        ward,
        Membership.Role.REPORTER,
        unit=Unit.objects.get(organisation=ward, name=VHXH),
    )
    police = make_user(
        "ca-mail",
        ward,
        Membership.Role.REPORTER,
        unit=Unit.objects.get(organisation=ward, name=CONG_AN),
    )
    vhxh.email, police.email = "vhxh@lechan.example", "ca@lechan.example"
    vhxh.save(), police.save()
    return vhxh, police


def test_a_late_task_is_in_the_digest(people, mailoutbox):
    run("--date", "2025-03-10")
    assert [m.to for m in mailoutbox] == [["vhxh@lechan.example"]]
    mail = mailoutbox[0]
    assert "1 quá hạn" in mail.subject
    assert "QUÁ HẠN (1)" in mail.body and "hạn 01/03/2025" in mail.body
    assert "/bao-cao/nhiem-vu/" in mail.body


def test_due_today_and_soon_are_named_apart(people, mailoutbox):
    run("--date", "2025-03-01", "--soon", "14")
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert "1 đến hạn hôm nay" in subjects["vhxh@lechan.example"]
    assert "1 sắp đến hạn" in subjects["ca@lechan.example"]


def test_nothing_due_sends_nothing(people, mailoutbox):
    assert "Đã gửi 0 thư" in run("--date", "2025-01-10")
    assert mailoutbox == []


def test_one_digest_per_person_per_day(people, mailoutbox):
    run("--date", "2025-03-10")
    output = run("--date", "2025-03-10")
    assert len(mailoutbox) == 1
    assert "1 người đã nhận hôm nay" in output
    assert ReminderSent.objects.get().day == date(2025, 3, 10)


def test_a_submitted_task_is_not_reminded(people, vhxh_task, mailoutbox):
    vhxh, _ = people
    services.save_report(
        vhxh_task,
        vhxh,
        figures={"phat_thanh": 1},
        text="",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )
    run("--date", "2025-03-10")
    assert mailoutbox == []


def test_a_dry_run_sends_nothing_and_says_what_it_would(people, mailoutbox):
    output = run("--date", "2025-03-10", "--dry-run")
    assert mailoutbox == [] and "vhxh@lechan.example" in output
    assert not ReminderSent.objects.exists()


def test_a_bad_date_is_a_clear_error(people):
    with pytest.raises(CommandError, match="Ngày không hợp lệ: 30/02/2025"):
        run("--date", "30/02/2025")


def test_the_date_may_be_given_day_first(people, mailoutbox):
    assert "ngày 10/03/2025" in run("--date", "10/03/2025")
    assert ReminderSent.objects.filter(day=date(2025, 3, 10)).exists()


def submit(task, user, partial=False):
    return services.save_report(
        task,
        user,
        figures={"phat_thanh": 2},
        text="Đã phát thanh.",
        no_activity=False,
        partial=partial,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )


@pytest.fixture
def drafter_mail(drafter):
    drafter.email = "soanthao@lechan.example"
    drafter.save()
    return drafter


def mail_to(mailoutbox, address):
    mails = [m for m in mailoutbox if m.to == [address]]
    assert len(mails) == 1, f"{len(mails)} mails to {address}"
    return mails[0]


def test_a_drafter_gets_a_line_per_report_waiting_for_review(
    people, drafter_mail, vhxh_task, police_task, mailoutbox
):
    vhxh, police = people
    submit(vhxh_task, vhxh)
    submit(police_task, police, partial=True)
    run("--date", "2025-02-10")
    mail = mail_to(mailoutbox, "soanthao@lechan.example")
    assert "2 báo cáo chờ duyệt" in mail.subject
    assert "BÁO CÁO CHỜ DUYỆT (2):" in mail.body
    lines = [line for line in mail.body.splitlines() if line.startswith("- ")]
    assert (
        lines[0].startswith(f"- {VHXH}, gửi ") and f"/bao-cao/nhiem-vu/{vhxh_task.pk}/" in lines[0]
    )
    assert lines[1].startswith(f"- {CONG_AN} (một phần), gửi ")
    assert "nhiệm vụ cần báo cáo của đơn vị" not in mail.body  # a drafter has no unit tasks


def test_accepted_and_returned_reports_are_not_waiting(
    people, drafter_mail, vhxh_task, police_task, mailoutbox
):
    vhxh, police = people
    services.accept_report(submit(vhxh_task, vhxh), drafter_mail)
    services.return_report(submit(police_task, police), drafter_mail, "Thiếu ảnh.")
    run("--date", "2025-02-10")
    assert all(m.to != ["soanthao@lechan.example"] for m in mailoutbox)


def test_a_drafter_gets_a_line_per_late_unit_of_the_issued_plans(
    ward, people, drafter_mail, approver, mailoutbox
):
    second = issue(ward, plan_with_assignments(title="Tuyên truyền quý II"), drafter_mail, approver)
    Task.objects.filter(plan=second, unit__name=CONG_AN).update(report_state="accepted")
    run("--date", "2025-03-20")
    mail = mail_to(mailoutbox, "soanthao@lechan.example")
    assert "3 đơn vị chậm báo cáo" in mail.subject
    block = mail.body.split("ĐƠN VỊ CHẬM BÁO CÁO (3):")[1].split("\n\n")[0]
    lines = block.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [f"- {VHXH}", f"- {CONG_AN}", f"- {VHXH}"]
    assert "1 nhiệm vụ quá hạn từ 01/03/2025" in lines[0]
    assert "Tuyên truyền quý II" in lines[2] and f"/tien-do/ke-hoach/{second.pk}/" in lines[2]


def test_a_unit_with_several_late_tasks_is_one_line(ward, drafter_mail, approver, mailoutbox):
    document = plan_with_assignments()
    document.assignments[1].unit = VHXH  # two late tasks for the same unit
    issue(ward, document, drafter_mail, approver)
    run("--date", "2025-03-20")
    body = mail_to(mailoutbox, "soanthao@lechan.example").body
    assert "ĐƠN VỊ CHẬM BÁO CÁO (1):" in body
    assert "2 nhiệm vụ quá hạn từ 01/03/2025" in body


def test_a_drafter_sees_nothing_of_another_ward(
    people, drafter_mail, stranger, other_ward_task, other_ward_reporter, mailoutbox
):
    submit(other_ward_task, other_ward_reporter)
    stranger.email = "phuongkhac@duongkinh.example"
    stranger.save()
    run("--date", "2025-02-10")
    assert mail_to(mailoutbox, "phuongkhac@duongkinh.example")
    assert all(m.to != ["soanthao@lechan.example"] for m in mailoutbox)


def test_someone_who_reports_and_drafts_gets_one_mail_with_both(
    ward, people, drafter_mail, vhxh_task, mailoutbox
):
    vhxh, _ = people
    Membership.objects.create(user=drafter_mail, organisation=ward, role=Membership.Role.REPORTER,
                              unit=vhxh_task.unit)  # fmt: skip
    run("--date", "2025-03-10")
    mail = mail_to(mailoutbox, "soanthao@lechan.example")
    assert "1 quá hạn" in mail.subject and "đơn vị chậm báo cáo" in mail.subject
    assert "QUÁ HẠN (1):" in mail.body and "ĐƠN VỊ CHẬM BÁO CÁO (1):" in mail.body


def test_a_drafter_gets_one_digest_per_day(people, drafter_mail, vhxh_task, mailoutbox):
    submit(vhxh_task, people[0])
    run("--date", "2025-02-10")
    run("--date", "2025-02-10")
    assert len([m for m in mailoutbox if m.to == ["soanthao@lechan.example"]]) == 1
    assert ReminderSent.objects.get(user=drafter_mail).tasks == 1
