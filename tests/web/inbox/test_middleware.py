"""Opening the page a notification points to marks it read, whoever's link led there."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.web.inbox.models import Notification
from kehoach.web.orgs.models import Membership
from kehoach.web.plans import services
from kehoach.web.reports import services as report_services
from web.factories import make_user

pytestmark = pytest.mark.django_db


def _unread(user) -> list[str]:
    return list(Notification.objects.filter(user=user, read_at=None).values_list("url", flat=True))


def test_opening_the_plan_from_anywhere_reads_its_notification(client, approver, submitted):
    plan_page = reverse("plans:detail", kwargs={"pk": submitted.pk})
    assert _unread(approver) == [plan_page]
    client.force_login(approver)
    page = client.get(plan_page)
    assert page.status_code == 200 and _unread(approver) == []
    assert 'aria-label="1 việc đang chờ"' in page.text  # the menu already leaves it out


def test_another_page_leaves_the_notification_unread(client, approver, submitted):
    client.force_login(approver)
    client.get(reverse("plans:list"))
    client.get(reverse("inbox:home"))
    assert len(_unread(approver)) == 1


def test_only_the_visitors_own_notification_is_read(client, ward, approver, drafter, draft):
    other = make_user("phochutich", ward, Membership.Role.APPROVER)
    services.submit_plan(draft, drafter)
    client.force_login(approver)
    client.get(reverse("plans:detail", kwargs={"pk": draft.pk}))
    assert _unread(approver) == [] and len(_unread(other)) == 1


def test_a_link_with_an_anchor_is_read_by_its_page(client, ward, drafter, submitted):
    page = reverse("plans:detail", kwargs={"pk": submitted.pk})
    Notification.objects.create(
        user=drafter, organisation=ward, text="Xem mục ban hành", url=page + "#ban-hanh"
    )
    client.force_login(drafter)
    client.get(page)
    assert _unread(drafter) == []


def test_the_unit_opening_its_returned_report_reads_the_notice(
    client, drafter, vhxh_task, vhxh_reporter
):
    report = report_services.save_report(
        vhxh_task, vhxh_reporter, figures={}, text="Đã phát thanh 3 buổi.", no_activity=False,
        partial=False, files=[], base_version=None, submit=True,
    )  # fmt: skip
    report_services.return_report(report, drafter, "Bổ sung số buổi từng tháng.")
    assert _unread(vhxh_reporter)
    client.force_login(vhxh_reporter)
    client.get(reverse("reports:task", args=[vhxh_task.pk]))
    assert _unread(vhxh_reporter) == []


def test_a_post_to_the_page_does_not_read_it(client, approver, submitted):
    client.force_login(approver)
    client.post(reverse("plans:detail", kwargs={"pk": submitted.pk}))
    assert len(_unread(approver)) == 1
