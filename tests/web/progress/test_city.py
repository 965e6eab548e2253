"""The city's view: periods kept apart, wards that have not issued their plan for an upper plan, and
plans whose period is over without a result report."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kehoach.web.plans import services as plan_services
from kehoach.web.reports import services
from kehoach.web.tasks.models import Task
from web.factories import sample_document
from web.tasks.fixtures import issue, plan_with_assignments

pytestmark = pytest.mark.django_db


def accept(task, reporter, drafter, figures):
    report = services.save_report(
        task,
        reporter,
        figures=figures,
        text="Đã phát thanh.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )
    services.accept_report(report, drafter)


@pytest.fixture
def quarter_and_year(ward, drafter, approver, vhxh_reporter):
    quarter = issue(
        ward, plan_with_assignments(title="Tuyên truyền quý I năm 2025"), drafter, approver
    )
    year = issue(ward, plan_with_assignments(title="Tuyên truyền năm 2025"), drafter, approver)
    for plan, value in ((quarter, 7), (year, 30)):
        task = Task.objects.get(plan=plan, unit__name="Phòng Văn hóa - Xã hội")
        accept(task, vhxh_reporter, drafter, {"phat_thanh": value})
    return quarter, year


def test_a_quarter_is_not_added_into_the_year(client, city_viewer, quarter_and_year):
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview")).content.decode()
    assert "<h3>Quý I/2025</h3>" in page and "<h3>Năm 2025</h3>" in page
    assert ">7<" in page and ">30<" in page and ">37<" not in page


def test_one_period_can_be_chosen(client, city_viewer, quarter_and_year):
    quarter, year = quarter_and_year
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview") + "?ky=2025-quy-1").content.decode()
    assert "<h3>Quý I/2025</h3>" in page and "<h3>Năm 2025</h3>" not in page
    assert year.title not in page and quarter.title in page


def test_wards_without_their_plan_for_an_upper_plan_are_listed(client, city_viewer, ward, drafter):
    upper = plan_services.create_plan(
        ward, sample_document(), drafter, kind="upper", note="Văn bản cấp trên"
    )
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview")).content.decode()
    assert "Chưa ban hành kế hoạch thực hiện" in page
    assert f"<strong>{ward.name}</strong> chưa ban hành kế hoạch thực hiện" in page
    assert upper.title[:30] in page


def test_plans_past_their_period_without_a_report_are_listed(client, city_viewer, quarter_and_year):
    client.force_login(city_viewer)
    page = client.get(reverse("progress:overview")).content.decode()
    assert "Đã hết kỳ, chưa có báo cáo kết quả" in page and "hết ngày 31/03/2025" in page


def test_a_blank_figure_shows_blank_on_the_dashboard(client, drafter, vhxh_task):
    client.force_login(drafter)
    page = client.get(reverse("progress:dashboard", args=[vhxh_task.plan_id])).content.decode()
    row = page.split(vhxh_task.unit.name, 1)[1].split("</tr>", 1)[0]
    figures = row.split("</span></td>")[-1]  # the cells after the late count
    assert figures.count('<td class="num"></td>') == 5 and ">0<" not in figures
