"""The unit's report form asks what a result report needs: difficulties, causes, proposals; a blank
figure stays blank; "Không phát sinh" is one click."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import PlanFigures
from web.factories import PASSWORD

pytestmark = pytest.mark.django_db


def post(client, user, task, **data):
    assert client.login(username=user.username, password=PASSWORD)
    return client.post(reverse("reports:task", args=[task.pk]), {"version": "0", **data})


def test_difficulties_causes_and_proposals_are_kept(client, vhxh_reporter, vhxh_task):
    response = post(
        client,
        vhxh_reporter,
        vhxh_task,
        text="Đã phát thanh 12 buổi.",
        difficulties="Loa hỏng",
        causes="Thiết bị cũ",
        proposals="Hỗ trợ thay loa",
        action="submit",
    )
    assert response.status_code == 302
    report = UnitReport.objects.get(task=vhxh_task)
    assert (report.difficulties, report.causes, report.proposals) == (
        "Loa hỏng",
        "Thiết bị cũ",
        "Hỗ trợ thay loa",
    )


def test_the_history_keeps_the_difficulties_as_sent(client, vhxh_reporter, vhxh_task):
    """The revision of a submission records the difficulties, causes and proposals it carried."""
    post(
        client, vhxh_reporter, vhxh_task, text="Đã phát thanh 12 buổi.", difficulties="Loa hỏng",
        causes="Thiết bị cũ", proposals="Hỗ trợ thay loa", action="submit",
    )  # fmt: skip
    revision = UnitReport.objects.get(task=vhxh_task).revisions.get()
    assert (revision.number, revision.data["difficulties"], revision.data["proposals"]) == (
        1,
        "Loa hỏng",
        "Hỗ trợ thay loa",
    )


def test_a_blank_figure_is_not_stored_as_zero_but_a_zero_is(client, vhxh_reporter, vhxh_task):
    post(
        client,
        vhxh_reporter,
        vhxh_task,
        text="Đã phát thanh.",
        so_phat_thanh="0",
        so_bang_ron="",
        action="submit",
    )
    figures = UnitReport.objects.get(task=vhxh_task).figures
    assert figures == {"phat_thanh": 0}


def test_khong_phat_sinh_is_one_click_whatever_else_was_typed(client, vhxh_reporter, vhxh_task):
    response = post(
        client,
        vhxh_reporter,
        vhxh_task,
        text="nháp dở",
        so_phat_thanh="3",
        action="khong-phat-sinh",
    )
    assert response.status_code == 302
    report = UnitReport.objects.get(task=vhxh_task)
    assert report.state == "submitted" and report.no_activity
    assert report.text == "" and report.figures == {}


def test_the_form_shows_the_one_click_button(client, vhxh_reporter, vhxh_task):
    assert client.login(username=vhxh_reporter.username, password=PASSWORD)
    page = client.get(reverse("reports:task", args=[vhxh_task.pk])).content.decode()
    assert 'value="khong-phat-sinh"' in page and "Kiến nghị, đề xuất" in page


def test_a_unit_is_asked_only_the_figures_assigned_to_it(client, vhxh_reporter, vhxh_task):
    PlanFigures.objects.create(
        plan=vhxh_task.plan,
        figures=[
            {
                "key": "phat_thanh",
                "label": "Buổi phát thanh",
                "measure": "buổi",
                "units": [vhxh_task.unit.name],
            },
            {
                "key": "hoi_nghi",
                "label": "Hội nghị",
                "measure": "cuộc",
                "units": ["Công an phường"],
            },
        ],
    )
    assert client.login(username=vhxh_reporter.username, password=PASSWORD)
    page = client.get(reverse("reports:task", args=[vhxh_task.pk])).content.decode()
    assert 'name="so_phat_thanh"' in page and 'name="so_hoi_nghi"' not in page
