"""The report page through HTTP: a unit's reporter submits figures and a photo, the drafter reviews."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kehoach.web.reports.models import Evidence, UnitReport
from web.factories import PASSWORD
from web.tasks.fixtures import png_bytes


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def form_data(**extra):
    data = {
        "version": "0",
        "so_phat_thanh": "12",
        "so_luot_nguoi": "300",
        "text": "Đã phát thanh.",
        "action": "submit",
    }
    data.update(extra)
    return data


@pytest.mark.django_db
def test_reporter_lands_on_the_inbox_with_what_is_due(client, vhxh_reporter, vhxh_task):
    login(client, vhxh_reporter)
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("inbox:home")
    assert reverse("reports:task", args=[vhxh_task.pk]) in response.content.decode()


@pytest.mark.django_db
def test_drafter_lands_on_the_inbox_too(client, drafter, issued_plan):
    login(client, drafter)
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("inbox:home")


@pytest.mark.django_db
def test_home_lists_only_the_reporters_unit(client, vhxh_reporter, vhxh_task, police_task):
    page = login(client, vhxh_reporter).get(reverse("tasks:home")).content.decode()
    assert vhxh_task.text in page and police_task.text not in page


@pytest.mark.django_db
def test_submit_with_a_photo(client, vhxh_reporter, vhxh_task):
    photo = SimpleUploadedFile("hoi-nghi.jpg", png_bytes(), content_type="image/jpeg")
    response = login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]), form_data(evidence=photo)
    )
    assert response.status_code == 302
    report = UnitReport.objects.get(task=vhxh_task)
    assert report.state == "submitted" and report.figures["phat_thanh"] == 12
    evidence = Evidence.objects.get(report=report)
    assert evidence.kind == "png" and evidence.name == "hoi-nghi.jpg"


@pytest.mark.django_db
def test_wrong_type_upload_is_refused_with_a_message_and_nothing_saved(
    client, vhxh_reporter, vhxh_task, media_root
):
    fake = SimpleUploadedFile("anh.jpg", b"MZ" + b"\x00" * 500, content_type="image/jpeg")
    response = login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]), form_data(evidence=fake)
    )
    assert response.status_code == 400
    assert "không phải ảnh (JPEG, PNG, WebP), PDF hoặc Word" in response.content.decode()
    assert not UnitReport.objects.exists()
    assert not (media_root / "evidence").exists() or not any((media_root / "evidence").rglob("*.*"))


@pytest.mark.django_db
def test_oversized_upload_is_refused_with_a_message(client, vhxh_reporter, vhxh_task, settings):
    settings.KEHOACH_EVIDENCE_MAX_BYTES = 200
    photo = SimpleUploadedFile(
        "anh.png", png_bytes((400, 400), "#123456"), content_type="image/png"
    )
    response = login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]), form_data(evidence=photo)
    )
    assert response.status_code == 400
    assert "vượt giới hạn" in response.content.decode()
    assert not UnitReport.objects.exists()


@pytest.mark.django_db
def test_an_empty_report_is_refused(client, vhxh_reporter, vhxh_task):
    response = login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]),
        {"version": "0", "action": "submit"},
    )
    assert response.status_code == 400
    assert "Báo cáo chưa có nội dung" in response.content.decode()


@pytest.mark.django_db
def test_khong_phat_sinh_is_a_report(client, vhxh_reporter, vhxh_task):
    login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]),
        {"version": "0", "action": "submit", "no_activity": "on"},
    )
    assert UnitReport.objects.get(task=vhxh_task).no_activity


@pytest.mark.django_db
def test_drafter_returns_then_accepts(client, vhxh_reporter, drafter, vhxh_task):
    url = reverse("reports:task", args=[vhxh_task.pk])
    login(client, vhxh_reporter).post(url, form_data())
    report = UnitReport.objects.get(task=vhxh_task)
    login(client, drafter).post(
        reverse("reports:return", args=[report.pk]), {"comment": "Bổ sung ảnh."}
    )
    report.refresh_from_db()
    assert report.state == "returned"
    page = login(client, vhxh_reporter).get(url).content.decode()
    assert "Bổ sung ảnh." in page
    client.post(url, form_data(version=str(report.version), so_phat_thanh="14"))
    login(client, drafter).post(reverse("reports:accept", args=[report.pk]))
    report.refresh_from_db()
    assert report.state == "accepted" and report.figures["phat_thanh"] == 14


@pytest.mark.django_db
def test_evidence_is_served_to_the_unit_with_its_type(client, vhxh_reporter, vhxh_task):
    url = reverse("reports:task", args=[vhxh_task.pk])
    photo = SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png")
    login(client, vhxh_reporter).post(url, form_data(evidence=photo))
    evidence = Evidence.objects.get()
    response = client.get(reverse("reports:evidence", args=[evidence.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png_bytes()


@pytest.mark.django_db
def test_a_request_larger_than_all_files_allowed_is_refused_unread(
    client, vhxh_reporter, vhxh_task, settings
):
    settings.KEHOACH_EVIDENCE_MAX_BYTES = 100
    big = SimpleUploadedFile(
        "anh.png", b"\x89PNG\r\n\x1a\n" + b"0" * 3_000_000, content_type="image/png"
    )
    response = login(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]), form_data(evidence=big), follow=True
    )
    assert "Dữ liệu gửi lên quá lớn" in response.content.decode()
    assert not UnitReport.objects.exists()
