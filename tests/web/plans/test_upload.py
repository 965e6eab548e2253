"""Uploading an upper level's plan: parsed and linted by the library; bad files refused, nothing saved."""

from __future__ import annotations

from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult

from conftest import SEEDS
from kehoach.web.audit.models import AuditEntry
from kehoach.web.plans.models import Plan, PlanVersion
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf
from web.factories import entity_docx, sample_document, zip_bomb_docx


@pytest.fixture
def uploading(client, drafter):
    client.force_login(drafter)
    return client


def _upload(client, ward, name: str, data: bytes):
    return client.post(
        reverse("plans:upload"),
        {"organisation": ward.pk, "file": SimpleUploadedFile(name, data)},
    )


def _nothing_saved() -> bool:
    return not Plan.objects.exists() and not PlanVersion.objects.exists()


def test_it_parses_an_uploaded_seed_and_shows_its_findings(uploading, ward):
    seed = SEEDS[2]
    response = _upload(uploading, ward, seed.name, seed.read_bytes())
    plan = Plan.objects.get()
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": plan.pk})
    assert (plan.kind, plan.status) == (Plan.Kind.UPPER, Plan.Status.RECEIVED)
    assert "70 năm Ngày Giải phóng Hải Phòng" in plan.title
    assert plan.source_lines and plan.source_findings
    page = uploading.get(response["Location"])
    assert escape(plan.source_findings[0]["message"]) in page.text
    assert 'id="line-1"' in page.text


def test_it_refuses_a_file_that_is_not_a_plan(uploading, ward):
    response = _upload(
        uploading, ward, "ghi-chu.txt", "Mua rau, mua thịt, đón con lúc 5 giờ.".encode()
    )
    assert response.status_code == 400
    assert "không phải văn bản kế hoạch" in response.text
    assert _nothing_saved()


def test_it_refuses_a_binary_file_with_a_text_name(uploading, ward):
    response = _upload(uploading, ward, "ke-hoach.pdf", b"\x00\x01\x02 not a pdf at all" * 10)
    assert response.status_code == 400
    assert _nothing_saved()


@override_settings(KEHOACH_UPLOAD_MAX_BYTES=1000)
def test_it_refuses_a_file_over_the_size_limit(uploading, ward):
    response = _upload(uploading, ward, "ke-hoach.txt", SEEDS[0].read_bytes())
    assert response.status_code == 400
    assert "Tệp quá lớn" in response.text
    assert _nothing_saved()


def test_it_refuses_a_zip_bomb(uploading, ward):
    response = _upload(uploading, ward, "ke-hoach.docx", zip_bomb_docx())
    assert response.status_code == 400
    assert "bom nén" in response.text
    assert _nothing_saved()


def test_it_refuses_xml_entities(uploading, ward):
    response = _upload(uploading, ward, "ke-hoach.docx", entity_docx())
    assert response.status_code == 400
    assert "root:" not in response.text
    assert _nothing_saved()


def test_it_refuses_an_upload_for_another_ward(uploading, other_ward):
    response = _upload(uploading, other_ward, SEEDS[0].name, SEEDS[0].read_bytes())
    assert response.status_code == 400  # the other ward is not among the form's choices
    assert _nothing_saved()


@override_settings(KEHOACH_UPLOAD_MAX_BYTES=1000, DATA_UPLOAD_MAX_MEMORY_SIZE=2000)
def test_it_refuses_a_huge_request_before_reading_it(uploading, ward):
    response = _upload(uploading, ward, "ke-hoach.txt", b"x" * 5000)
    assert response.status_code == 413
    assert "Tệp quá lớn" in response.text
    assert _nothing_saved()


def test_it_saves_nothing_when_the_save_fails_midway(uploading, ward):
    with (
        mock.patch.object(PlanVersion.objects, "create", side_effect=RuntimeError("đĩa đầy")),
        pytest.raises(RuntimeError),
    ):
        _upload(uploading, ward, SEEDS[0].name, SEEDS[0].read_bytes())
    assert _nothing_saved()
    assert not AuditEntry.objects.exists()


def test_it_reads_an_uploaded_docx_paragraph_by_paragraph(uploading, ward):
    data = render_docx(sample_document("Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam"))
    response = _upload(uploading, ward, "ke-hoach.docx", data)
    plan = Plan.objects.get()
    assert response.status_code == 302
    assert (plan.source_kind, plan.title) == (
        "docx",
        "Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam",
    )
    assert "KẾ HOẠCH" in plan.source_lines


@pytest.mark.slow
def test_it_reads_an_uploaded_pdf_on_the_queue_then_opens_it(uploading, ward):
    data = docx_to_pdf(render_docx(sample_document("Tuyên truyền Đại hội Thi đua yêu nước")))
    waiting = _upload(uploading, ward, "ke-hoach.pdf", data)
    assert waiting.url.startswith("/tep/") and not Plan.objects.exists()
    call_command("run_worker", "--batch", verbosity=0)
    plan = Plan.objects.get()
    assert (plan.source_kind, plan.title) == ("pdf", "Tuyên truyền Đại hội Thi đua yêu nước")
    opened = uploading.get(waiting.url, follow=True)
    assert opened.redirect_chain[-1][0] == reverse("plans:detail", kwargs={"pk": plan.pk})
    assert "Đã đọc ke-hoach.pdf" in opened.content.decode()


def test_a_broken_pdf_fails_once_with_the_readers_sentence(uploading, ward):
    waiting = _upload(uploading, ward, "ke-hoach.pdf", b"%PDF-1.7\n1 0 obj garbage")
    call_command("run_worker", "--batch", verbosity=0)
    page = uploading.get(waiting.url).content.decode()
    assert "Không đọc được tệp." in page and "tệp PDF hỏng hoặc không đọc được" in page
    assert not Plan.objects.exists()
    assert DBTaskResult.objects.filter(task_path__endswith="make_file").count() == 1  # no retry


def test_it_shows_markup_in_an_uploaded_plan_as_text(uploading, ward):
    text = (
        SEEDS[0]
        .read_text(encoding="utf-8")
        .replace("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU <script>alert('x')</script>", 1)
    )
    response = _upload(uploading, ward, "ke-hoach.txt", text.encode())
    page = uploading.get(response["Location"]).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
