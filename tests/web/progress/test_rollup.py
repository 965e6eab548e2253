"""'Lập báo cáo kết quả': a BC draft from the accepted reports, edited and issued like any plan."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from django.urls import reverse

from kehoach.read import load_bytes, parse
from kehoach.web.plans import services as plan_services
from kehoach.web.plans.models import Plan
from kehoach.web.reports import services
from web.factories import form_data
from web.fetch import fetch

pytestmark = pytest.mark.django_db


def figures_section(document):
    """II. KẾT QUẢ THỰC HIỆN's last item: the figures (targets, per unit)."""
    assert document.sections[1].title == "KẾT QUẢ THỰC HIỆN"
    return document.sections[1].children[-1]


def accept(task, reporter, drafter, figures):
    report = services.save_report(
        task,
        reporter,
        figures=figures,
        text="Đã treo băng rôn tại các tuyến phố.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
        today=date(2025, 2, 1),
    )
    return services.accept_report(report, drafter)


def test_it_makes_a_bc_draft_from_accepted_reports(client, drafter, vhxh_task, vhxh_reporter):
    accept(vhxh_task, vhxh_reporter, drafter, {"bang_ron": 20})
    client.force_login(drafter)
    response = client.post(reverse("progress:rollup", args=[vhxh_task.plan_id]))
    bc = Plan.objects.get(doc_type="BC")
    assert response["Location"] == reverse("plans:detail", args=[bc.pk])
    assert bc.parent_id == vhxh_task.plan_id and bc.status == "draft"
    document = bc.document()
    table = figures_section(document).tables[1]  # per unit, after the targets table
    assert "Băng rôn, pa-nô (cái)" in table.rows[0]
    assert table.rows[-1][table.rows[0].index("Băng rôn, pa-nô (cái)")] == "20"
    limits = " ".join(document.sections[2].children[1].paragraphs)  # III.2 Tồn tại, hạn chế
    assert "Công an phường" in limits


def test_making_it_again_refreshes_the_same_draft(
    client, drafter, vhxh_task, vhxh_reporter, police_task, police_reporter
):
    client.force_login(drafter)
    url = reverse("progress:rollup", args=[vhxh_task.plan_id])
    client.post(url)
    accept(police_task, police_reporter, drafter, {"hoi_nghi": 2})
    client.post(url)
    bc = Plan.objects.get(doc_type="BC")
    assert bc.version == 2
    table = figures_section(bc.document()).tables[1]
    assert table.rows[-1][table.rows[0].index("Hội nghị (cuộc)")] == "2"


def test_the_issued_bc_downloads_and_reads_back_as_bc(
    client, drafter, approver, vhxh_task, vhxh_reporter
):
    accept(vhxh_task, vhxh_reporter, drafter, {"phat_thanh": 7})
    client.force_login(drafter)
    client.post(reverse("progress:rollup", args=[vhxh_task.plan_id]))
    bc = Plan.objects.get(doc_type="BC")
    plan_services.submit_plan(bc, drafter)
    plan_services.approve_plan(bc, approver)
    plan_services.issue_plan(bc, approver, today=date(2025, 3, 20))
    response = client.get(reverse("plans:download", args=[bc.pk, "docx"]))
    read = parse(load_bytes(response.content, "bc.docx"))
    assert (read.doc_type, read.number, read.symbol) == ("BC", "01", "BC-UBND")
    assert read.date == date(2025, 3, 20)


def test_only_the_wards_drafters_make_it(client, approver, city_viewer, stranger, issued_plan):
    url = reverse("progress:rollup", args=[issued_plan.pk])
    client.force_login(approver)
    assert client.post(url).status_code == 403
    client.force_login(city_viewer)
    assert client.post(url).status_code == 403
    client.force_login(stranger)
    assert client.post(url).status_code == 404
    assert not Plan.objects.filter(doc_type="BC").exists()


def test_the_bc_draft_is_edited_in_the_plan_editor_before_issuing(
    client, drafter, vhxh_task, vhxh_reporter
):
    accept(vhxh_task, vhxh_reporter, drafter, {"phat_thanh": 7})
    client.force_login(drafter)
    client.post(reverse("progress:rollup", args=[vhxh_task.plan_id]))
    bc = Plan.objects.get(doc_type="BC")
    url = reverse("plans:edit", args=[bc.pk])
    assert client.get(url).status_code == 200
    data = form_data(bc, title="Kết quả tuyên truyền quý I năm 2025 của phường Lê Chân")
    assert client.post(url, data).status_code == 302
    bc.refresh_from_db()
    assert bc.title == "Kết quả tuyên truyền quý I năm 2025 của phường Lê Chân"
    assert bc.doc_type == "BC" and bc.versions.count() == 2


@pytest.mark.slow
def test_the_bc_downloads_as_pdf(client, drafter, vhxh_task, vhxh_reporter):
    accept(vhxh_task, vhxh_reporter, drafter, {"phat_thanh": 7})
    client.force_login(drafter)
    client.post(reverse("progress:rollup", args=[vhxh_task.plan_id]))
    bc = Plan.objects.get(doc_type="BC")
    response = fetch(client, reverse("plans:download", args=[bc.pk, "pdf"]))
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "BÁO CÁO" in text and "Phòng Văn hóa - Xã hội đã treo băng rôn" in text  # in II
    assert "Tổng cộng" in text and "Buổi phát thanh" in text  # the figures table


def test_the_bc_figures_table_survives_an_edit_in_the_plan_editor(
    client, drafter, vhxh_task, vhxh_reporter
):
    accept(vhxh_task, vhxh_reporter, drafter, {"phat_thanh": 7})
    client.force_login(drafter)
    client.post(reverse("progress:rollup", args=[vhxh_task.plan_id]))
    bc = Plan.objects.get(doc_type="BC")
    before = figures_section(bc.document()).tables
    assert before
    data = form_data(bc, title="Kết quả tuyên truyền quý I năm 2025 của phường Lê Chân")
    assert client.post(reverse("plans:edit", args=[bc.pk]), data).status_code == 302
    bc.refresh_from_db()
    assert figures_section(bc.document()).tables == before
