"""Recurring reports: a plan asks for quarterly reports; each quarter is its own report of the task,
and the result report of a period adds only the reports inside it (two quarters make the half-year)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from kehoach.report import periods
from kehoach.web.progress.rollup import result_document
from kehoach.web.reports import services
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import PlanFigures
from web.factories import PASSWORD

pytestmark = pytest.mark.django_db
Q1, Q2, Q3 = (periods.Period(2025, periods.QUARTER, i) for i in (1, 2, 3))


@pytest.fixture
def quarterly(issued_plan):
    PlanFigures.objects.create(
        plan=issued_plan,
        figures=[{"key": "phat_thanh", "label": "Buổi phát thanh", "measure": "buổi"}],
        period_kind=periods.QUARTER,
    )
    return issued_plan


def file(task, reporter, drafter, period, value):
    report = services.save_report(
        task,
        reporter,
        figures={"phat_thanh": value},
        text=f"Đã phát thanh {value} buổi.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 1, 10),
        period=period.code,
    )
    services.accept_report(report, drafter)


def test_the_form_offers_the_quarters_and_files_one_report_per_quarter(
    client, quarterly, vhxh_task, vhxh_reporter
):
    assert client.login(username=vhxh_reporter.username, password=PASSWORD)
    url = reverse("reports:task", args=[vhxh_task.pk])
    page = client.get(url + "?ky=" + Q2.code).content.decode()
    assert "Quý I/2025" in page and "Báo cáo kết quả quý II năm 2025" in page
    for period, value in ((Q1, "4"), (Q2, "6")):
        response = client.post(
            url,
            {
                "version": "0",
                "ky": period.code,
                "so_phat_thanh": value,
                "text": "Đã phát thanh.",
                "action": "submit",
            },
        )
        assert response.status_code == 302 and response["Location"].endswith(period.code)
    assert sorted(UnitReport.objects.filter(task=vhxh_task).values_list("period", flat=True)) == [
        Q1.code,
        Q2.code,
    ]


def test_a_period_bc_adds_only_the_reports_inside_it(quarterly, vhxh_task, vhxh_reporter, drafter):
    for period, value in ((Q1, 4), (Q2, 6), (Q3, 9)):
        file(vhxh_task, vhxh_reporter, drafter, period, value)

    def total(period):
        document = result_document(quarterly, period)
        return document.sections[1].children[-1].tables[1].rows[-1][2], document.title

    assert total(Q1) == ("4", total(Q1)[1]) and "quý I năm 2025" in total(Q1)[1]
    assert total(periods.Period(2025, periods.HALF, 1))[0] == "10"
    assert total(periods.Period(2025, periods.YEAR))[0] == "19"


def test_the_dashboard_offers_a_bc_per_period(client, quarterly, drafter):
    client.force_login(drafter)
    page = client.get(reverse("progress:dashboard", args=[quarterly.pk])).content.decode()
    assert (
        'value="2025-quy-1"' in page
        and 'value="2025-6-thang-1"' in page
        and 'value="2025-nam-1"' in page
    )


def test_a_bc_per_period_is_its_own_draft(client, quarterly, drafter, vhxh_task, vhxh_reporter):
    file(vhxh_task, vhxh_reporter, drafter, Q1, 4)
    client.force_login(drafter)
    url = reverse("progress:rollup", args=[quarterly.pk])
    client.post(url, {"ky": Q1.code})
    client.post(url, {"ky": Q2.code})
    client.post(url, {"ky": Q1.code})
    titles = sorted(quarterly.implementations.filter(doc_type="BC").values_list("title", flat=True))
    assert len(titles) == 2 and any("quý I năm 2025" in t for t in titles)
