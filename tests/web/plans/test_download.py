"""Downloads: the .docx and .pdf of a plan, rendered by the library, parse back to the same plan."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from django.urls import reverse

from kehoach.read import load_bytes, parse
from web.fetch import fetch


def _get(client, user, plan, fmt):
    client.force_login(user)
    return client.get(reverse("plans:download", kwargs={"pk": plan.pk, "fmt": fmt}))


def test_it_downloads_a_docx_that_parses_back(client, approver, issued):
    response = _get(client, approver, issued, "docx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="KH-01-2025-')
    plan = parse(load_bytes(response.content, "ke-hoach.docx"))
    assert (plan.number, plan.symbol, plan.title) == ("01", "KH-UBND", issued.title)


def test_it_refuses_an_unknown_format(client, approver, issued):
    assert _get(client, approver, issued, "exe").status_code == 404


@pytest.mark.slow
def test_it_downloads_a_pdf_with_the_plan_text(client, approver, issued):
    client.force_login(approver)
    response = fetch(client, reverse("plans:download", kwargs={"pk": issued.pk, "fmt": "pdf"}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Số: 01/KH-UBND" in text
