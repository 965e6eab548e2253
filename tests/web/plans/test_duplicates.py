"""Duplicates are found and the existing plan offered: the same file twice, our own issued plan as an
upper level's, a second draft from one upper plan."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import SEEDS
from kehoach.web.plans import frozen
from kehoach.web.plans.models import Plan


def _upload(client, ward, name, data):
    return client.post(
        reverse("plans:upload"), {"organisation": ward.pk, "file": SimpleUploadedFile(name, data)}
    )


def test_the_same_file_twice_opens_the_first(client, drafter, ward):
    client.force_login(drafter)
    data = SEEDS[3].read_bytes()
    _upload(client, ward, "ke-hoach.txt", data)
    first = Plan.objects.get()
    response = _upload(client, ward, "ban-sao.txt", data)
    assert Plan.objects.count() == 1
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": first.pk})
    assert "đã được tải lên trước đây" in client.get(response["Location"]).text


def test_our_own_issued_docx_is_not_taken_for_an_upper_plan(client, drafter, ward, issued):
    client.force_login(drafter)
    response = _upload(client, ward, "tu-ban-hanh.docx", frozen.issued_bytes(issued, "docx"))
    assert Plan.objects.filter(kind=Plan.Kind.UPPER).count() == 0
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": issued.pk})
    assert "do chính cơ quan ban hành" in client.get(response["Location"]).text


def test_a_re_typed_copy_of_our_plan_is_known_by_its_number(client, drafter, ward, issued):
    text = (
        "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN\nSố: 01/KH-UBND\nLê Chân, ngày 06 tháng 01 năm 2025\n"
        f"KẾ HOẠCH\n{issued.title}\nI. MỤC ĐÍCH, YÊU CẦU\nTuyên truyền sâu rộng trong Nhân dân.\n"
    )
    client.force_login(drafter)
    response = _upload(client, ward, "go-lai.txt", text.encode())
    assert Plan.objects.filter(kind=Plan.Kind.UPPER).count() == 0
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": issued.pk})


def test_a_second_draft_from_one_upper_plan_is_offered_the_first(client, drafter, upper):
    client.force_login(drafter)
    url = reverse("plans:cascade", kwargs={"pk": upper.pk})
    client.post(url)
    first = Plan.objects.get(parent=upper)
    response = client.post(url)
    assert Plan.objects.filter(parent=upper).count() == 1
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": first.pk})
    client.post(url, {"again": "1"})
    assert Plan.objects.filter(parent=upper).count() == 2
