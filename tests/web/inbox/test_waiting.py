"""Việc cần làm: each person sees what waits for them, with the count in the menu."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kehoach.web.inbox.models import Notification
from kehoach.web.inbox.waiting import LIMIT, count_for, unread, waiting_for
from kehoach.web.orgs.models import Membership
from kehoach.web.plans import services
from kehoach.web.reports import services as report_services
from web.factories import make_user, sample_document

Role = Membership.Role


@pytest.fixture
def clerk(ward):
    return make_user("vanthu", ward, Role.CLERK)


def test_the_leader_sees_the_plan_waiting_for_approval(approver, submitted):
    assert waiting_for(approver).to_approve == [submitted]


def test_a_plan_submitted_to_another_leader_is_not_in_my_inbox(ward, drafter, approver, draft):
    other = make_user("phochutich", ward, Role.APPROVER)
    services.submit_plan(draft, drafter, "", other)
    assert waiting_for(approver).to_approve == []
    assert waiting_for(other).to_approve == [draft]


def test_the_drafter_sees_a_returned_plan(drafter, approver, submitted):
    services.return_plan(submitted, approver, "Bổ sung thời hạn")
    assert waiting_for(drafter).returned == [submitted]


def test_the_clerk_sees_what_to_issue_and_the_leader_then_does_not(clerk, approver, approved):
    assert waiting_for(clerk).to_issue == [approved]
    assert waiting_for(approver).to_issue == []


def test_the_leader_issues_where_the_ward_has_no_clerk(approver, approved):
    assert waiting_for(approver).to_issue == [approved]


def test_a_unit_sees_its_tasks_due_within_a_week(vhxh_reporter, issued_plan):
    today = timezone.localdate()
    due = waiting_for(vhxh_reporter, today).tasks_due
    assert due and all(t.deadline <= today + timedelta(days=7) for t in due)


def test_the_drafter_sees_reports_to_review(drafter, vhxh_task, vhxh_reporter):
    report = report_services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={},
        text="Đã phát thanh 3 buổi.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
    )
    assert waiting_for(drafter).to_review == [report]
    assert waiting_for(vhxh_reporter).to_review == []


def test_the_menu_counts_what_waits(client, approver, submitted):
    client.force_login(approver)
    page = client.get(reverse("inbox:home")).text
    assert submitted.title in page
    assert 'aria-label="2 việc đang chờ"' in page  # the plan, and the notification of it


def test_submitting_notifies_the_leader_with_the_comment(approver, drafter, draft):
    services.submit_plan(draft, drafter, "Xin ý kiến trước thứ Sáu")
    [note] = Notification.objects.filter(user=approver)
    assert "chờ anh/chị phê duyệt" in note.text and "Xin ý kiến trước thứ Sáu" in note.text


def test_returning_notifies_the_drafter_and_not_the_leader(approver, drafter, submitted):
    services.return_plan(submitted, approver, "Thiếu thời hạn")
    assert Notification.objects.filter(user=drafter, text__contains="Thiếu thời hạn").exists()
    assert not Notification.objects.filter(user=approver, text__contains="bị trả lại").exists()


def test_reading_a_notification_opens_the_plan(client, approver, drafter, draft):
    services.submit_plan(draft, drafter)
    note = Notification.objects.get(user=approver)
    client.force_login(approver)
    response = client.post(reverse("inbox:read", kwargs={"pk": note.pk}))
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": draft.pk})
    assert Notification.objects.get(pk=note.pk).read_at is not None


def test_nothing_waiting_says_so(client, drafter):
    client.force_login(drafter)
    assert "Không có việc nào đang chờ" in client.get(reverse("inbox:home")).text


def test_the_one_query_count_is_what_the_lists_hold(
    ward, clerk, approver, drafter, vhxh_reporter, approved, issued_plan
):
    services.submit_plan(services.create_plan(ward, sample_document(), drafter), drafter)
    for person in (clerk, approver, drafter, vhxh_reporter):
        expected = waiting_for(person).count + unread(person).count()
        assert expected and count_for(person) == expected


@pytest.mark.django_db(databases=["default", "postgres"])
def test_the_one_query_count_holds_on_postgresql(
    on_postgres, ward, clerk, approver, drafter, vhxh_reporter, approved, issued_plan
):
    services.submit_plan(services.create_plan(ward, sample_document(), drafter), drafter)
    for person in (clerk, approver, drafter, vhxh_reporter):
        expected = waiting_for(person).count + unread(person).count()
        assert expected and count_for(person) == expected


def test_the_menu_count_stops_at_what_the_inbox_lists(client, ward, drafter):
    Notification.objects.bulk_create(
        Notification(user=drafter, organisation=ward, text=f"Thông báo {n}") for n in range(130)
    )
    assert count_for(drafter) == LIMIT
    client.force_login(drafter)
    assert 'aria-label="hơn 99 việc đang chờ">99+<' in client.get(reverse("inbox:home")).text


def test_the_menu_count_follows_new_work_for_the_same_person(approver, drafter, draft):
    before = count_for(approver)  # compiles the count for the leader's roles
    services.submit_plan(draft, drafter)
    assert count_for(approver) == before + 2  # the plan to approve, and its notification


def test_two_units_sharing_one_compiled_count_each_get_their_own(
    vhxh_task, vhxh_reporter, police_reporter
):
    """Reporters of one unit each share the compiled menu count; the ids in it stay each one's."""
    police_before = count_for(police_reporter)
    vhxh_before = count_for(vhxh_reporter)
    report_services.save_report(
        vhxh_task, vhxh_reporter, figures={}, text="Đã tuyên truyền.", no_activity=False,
        partial=False, files=[], base_version=0, submit=True,
    )  # fmt: skip
    assert count_for(vhxh_reporter) == vhxh_before - 1
    assert count_for(police_reporter) == police_before
    assert police_before == waiting_for(police_reporter).count + unread(police_reporter).count()
