"""Sổ văn bản đi: issued documents with filters and an Excel export."""

from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import load_workbook


def test_the_register_lists_the_issued_plan_not_the_draft(client, approver, issued, draft):
    client.force_login(approver)
    page = client.get(reverse("plans:register")).text
    assert "01/KH-UBND" in page and issued.title in page
    assert "Nguyễn Văn A" in page  # the signer


def test_the_filters_narrow_the_list(client, approver, issued):
    client.force_login(approver)
    assert "01/KH-UBND" not in client.get(reverse("plans:register"), {"loai": "BC"}).text
    assert "01/KH-UBND" not in client.get(reverse("plans:register"), {"nam": "2024"}).text
    assert "01/KH-UBND" in client.get(reverse("plans:register"), {"nam": "2025", "q": "QUY I"}).text


def test_the_excel_export_has_the_same_rows(client, approver, issued):
    client.force_login(approver)
    response = client.get(reverse("plans:register"), {"xuat": "xlsx", "nam": "2025"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Số, ký hiệu"
    assert rows[1][:3] == ("01/KH-UBND", "06/01/2025", "Kế hoạch") and rows[1][3] == issued.title


def test_the_clerk_reads_the_register_a_reporter_does_not(client, reporter, issued):
    client.force_login(reporter)
    assert client.get(reverse("plans:register")).status_code == 403
