"""A unit's row opens its tasks and reports; "Đôn đốc" reminds the unit now (in the app, by e-mail,
in the audit log); the ward's leader follows progress."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from kehoach.web.audit.models import AuditEntry
from kehoach.web.reports import services
from kehoach.web.tasks.models import Nudge

pytestmark = pytest.mark.django_db


def unit_url(task, name="progress:unit"):
    return reverse(name, args=[task.plan_id, task.unit_id])


def test_the_dashboard_row_opens_the_unit(client, approver, vhxh_task):
    client.force_login(approver)
    page = client.get(reverse("progress:dashboard", args=[vhxh_task.plan_id])).content.decode()
    assert unit_url(vhxh_task) in page


def test_the_unit_page_lists_its_tasks_with_links_to_the_reports(
    client, approver, vhxh_task, police_task
):
    client.force_login(approver)
    page = client.get(unit_url(vhxh_task)).content.decode()
    assert reverse("reports:task", args=[vhxh_task.pk]) in page
    assert police_task.text[:40] not in page
    assert "Đôn đốc" in page


def test_don_doc_reminds_the_unit_by_mail_in_app_and_in_the_log(
    client, approver, vhxh_task, vhxh_reporter
):
    vhxh_reporter.email = "baocao@lechan.example"
    vhxh_reporter.save()
    client.force_login(approver)
    response = client.post(unit_url(vhxh_task, "progress:remind"))
    assert response.status_code == 302
    nudge = Nudge.objects.get()
    assert nudge.unit_id == vhxh_task.unit_id and nudge.tasks == 1 and nudge.emailed == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["baocao@lechan.example"]
    assert vhxh_task.text[:40] in mail.outbox[0].body
    assert AuditEntry.objects.filter(
        action="task.nudge", organisation=vhxh_task.plan.organisation
    ).exists()
    client.force_login(vhxh_reporter)
    home = client.get(reverse("tasks:home")).content.decode()
    assert "Đôn đốc ngày" in home


def test_the_city_watches_but_does_not_nudge_a_wards_unit(client, city_viewer, vhxh_task):
    client.force_login(city_viewer)
    assert client.get(unit_url(vhxh_task)).status_code == 200
    assert client.post(unit_url(vhxh_task, "progress:remind")).status_code == 403
    assert not Nudge.objects.exists()


def test_a_unit_without_tasks_in_the_plan_is_not_found(
    client, approver, vhxh_task, other_ward_plan
):
    client.force_login(approver)
    url = reverse("progress:unit", args=[vhxh_task.plan_id, 999999])
    assert client.get(url).status_code == 404


def test_the_wards_leader_sees_the_progress_overview(client, approver, issued_plan):
    client.force_login(approver)
    response = client.get(reverse("progress:overview"))
    assert response.status_code == 200
    assert issued_plan.organisation.name in response.content.decode()


def test_the_figures_download_as_excel_with_the_accepted_numbers(
    client, drafter, approver, vhxh_task, vhxh_reporter
):
    report = services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={"phat_thanh": 1500},
        text="Đã phát thanh.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )
    services.accept_report(report, drafter)
    client.force_login(approver)
    response = client.get(reverse("progress:excel", args=[vhxh_task.plan_id]))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Chỉ tiêu", "Số liệu đơn vị", "Tiến độ"]
    units = book["Số liệu đơn vị"]
    rows = [[c.value for c in row] for row in units.iter_rows(min_row=2)]
    assert rows[0][:3] == ["TT", "Đơn vị", "Buổi phát thanh (buổi)"]
    assert rows[-1][1:3] == ["Tổng cộng", 1500]
