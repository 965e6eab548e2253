"""The golden result report: the demo's full cycle (plan issued, units' reports accepted — one "không
phát sinh", one returned and corrected), its BC drafted, issued after the period and downloaded, then
read back by kehoach's own reader: every part, the right Kính gửi and Nơi nhận, and figures equal to
the accepted reports. With KEHOACH_SCREENSHOTS=docs the slow test also writes its page images."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

import pdfplumber
import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Sum
from django.test import Client
from django.urls import reverse

from kehoach.document.text import fold
from kehoach.read import load_bytes, parse
from kehoach.report import period_in
from kehoach.report.figures import FigureSpec
from kehoach.web.plans import services as plan_services
from kehoach.web.plans.models import Plan
from kehoach.web.progress.rollup import result_document
from kehoach.web.reports.models import AcceptedFigure
from kehoach.web.tasks.models import figure_specs
from kehoach.write.pdf import docx_to_pdf
from web.fetch import fetch

pytestmark = pytest.mark.django_db  # so that pytest-django sets the test database up
DOCS = Path(__file__).resolve().parents[3] / "docs"


def _number(text: str) -> int | None:
    return int(text.replace(".", "")) if text.strip() else None


@pytest.fixture(scope="module")
def golden(django_db_setup, django_db_blocker):
    """Everything the tests read, computed inside one transaction that is rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        plan = Plan.objects.get(organisation__slug="le-chan", status="issued", doc_type="KH")
        drafter = plan.organisation.memberships.get(role="drafter").user
        approver = plan.organisation.memberships.get(role="approver").user
        period = period_in(plan.title)
        bc = plan_services.create_plan(
            plan.organisation,
            result_document(plan),
            drafter,
            parent=plan,
            note="Lập báo cáo kết quả",
        )
        plan_services.submit_plan(bc, drafter)
        plan_services.approve_plan(bc, approver)
        plan_services.issue_plan(bc, approver, today=period.end + timedelta(days=5))
        client = Client()
        client.force_login(drafter)
        docx = client.get(reverse("plans:download", args=[bc.pk, "docx"])).content
        pdf = (
            fetch(client, reverse("plans:download", args=[bc.pk, "pdf"])).content
            if os.environ.get("KEHOACH_GOLDEN_PDF")
            else b""
        )
        accepted: dict[str, dict[str, int]] = {}
        for unit, key, total in (
            AcceptedFigure.objects.filter(plan=plan)
            .values_list("unit__name", "key")
            .annotate(total=Sum("value"))
            .order_by()
        ):
            accepted.setdefault(unit, {})[key] = total
        data = {
            "docx": docx,
            "pdf": pdf,
            "read": parse(load_bytes(docx, "bao-cao.docx")),
            "upper_issuer": plan.parent.document().issuer,
            "plan_number": f"{plan.number}/{plan.symbol}",
            "specs": figure_specs(plan.pk),
            "accepted": accepted,
            "period": period,
        }
        transaction.set_rollback(True)
    return data


def test_every_part_in_order(golden):
    titles = [fold(s.title) for s in golden["read"].sections]
    assert titles == [
        "cong tac lanh dao, chi dao, trien khai thuc hien",
        "ket qua thuc hien",
        "danh gia chung",
        "phuong huong, nhiem vu thoi gian toi",
        "kien nghi, de xuat",
    ]


def test_kinh_gui_is_the_upper_level_that_issued_the_plan_we_implement(golden):
    assert golden["read"].preamble[0] == f"Kính gửi: {golden['upper_issuer']}."


def test_noi_nhan_starts_with_the_upper_level_and_ends_with_luu(golden):
    read = golden["read"]
    assert fold(read.recipients[0]) == fold(golden["upper_issuer"])
    assert read.archive[0] == "VT"


def test_it_is_dated_after_its_period_and_cites_our_plan(golden):
    read = golden["read"]
    assert read.doc_type == "BC" and read.date > golden["period"].end
    assert golden["plan_number"] in read.sections[0].paragraphs[0]


def test_the_unit_without_activity_is_one_line(golden):
    lines = [p for p in golden["read"].sections[1].paragraphs if "không phát sinh" in p]
    assert len(lines) == 1


def test_the_corrected_report_is_in_the_results(golden):
    text = " ".join(p for c in golden["read"].sections[1].children for p in c.paragraphs)
    assert "120 người dự" in text
    limits = " ".join(golden["read"].sections[2].children[1].paragraphs)
    assert "Hội trường nhỏ" in limits


def test_figures_equal_the_accepted_reports(golden):
    specs: list[FigureSpec] = golden["specs"]
    table = golden["read"].sections[1].children[-1].tables[1]
    found = {
        row[1]: {
            spec.key: _number(row[2 + i])
            for i, spec in enumerate(specs)
            if _number(row[2 + i]) is not None
        }
        for row in table.rows[1:-1]
    }
    assert {unit: values for unit, values in found.items() if values} == golden["accepted"]
    totals = {spec.key: _number(table.rows[-1][2 + i]) for i, spec in enumerate(specs)}
    for spec in specs:
        values = [v[spec.key] for v in golden["accepted"].values() if spec.key in v]
        assert totals[spec.key] == (sum(values) if values else None)


def test_no_software_words(golden):
    text = fold(" ".join(load_bytes(golden["docx"], "bc.docx").lines))
    assert "chap nhan" not in text and "phan mem" not in text and "chuyen vien bo sung" not in text


@pytest.mark.slow
def test_the_pdf_reads_back_and_gives_the_page_images(golden, monkeypatch):
    # The site's .pdf of a draft is LibreOffice's conversion of its .docx: convert the downloaded one.
    pdf = golden["pdf"] or docx_to_pdf(golden["docx"])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "BÁO CÁO" in text and "Kính gửi:" in text and "Nơi nhận:" in text
    if os.environ.get("KEHOACH_SCREENSHOTS") == "docs":
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "bc.pdf"
            source.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", str(source), str(DOCS / "bc-demo-page")],
                check=True,
            )
