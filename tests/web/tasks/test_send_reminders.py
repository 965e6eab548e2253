"""send_reminders: one digest per person per day of what is due today, soon or late."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from kehoach.web.orgs.models import Membership, Unit
from kehoach.web.reports import services
from kehoach.web.tasks.models import ReminderSent
from web.factories import make_user
from web.tasks.fixtures import CONG_AN, VHXH

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
    with pytest.raises(CommandError, match="ngày không hợp lệ"):
        run("--date", "10/03/2025")
