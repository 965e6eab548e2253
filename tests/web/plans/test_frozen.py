"""The document as issued is kept: downloads serve the bytes frozen at issue, whatever the renderer
does later; a signed PDF replaces the stored one; an upload is downloadable as it was received."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import SEEDS
from kehoach.web.plans import downloads, frozen
from kehoach.web.plans.models import IssuedDocument, Plan
from web.fetch import fetch


def _download(client, user, plan, fmt):
    """The download; a PDF not made yet is a worker's job: the page waits, the worker runs, again."""
    client.force_login(user)
    return fetch(client, reverse("plans:download", kwargs={"pk": plan.pk, "fmt": fmt}))


def test_issuing_stores_the_docx_with_its_digest(issued):
    stored = IssuedDocument.objects.get(plan=issued)
    data = frozen.read(stored.docx)
    assert hashlib.sha256(data).hexdigest() == stored.docx_sha256
    assert default_storage.exists(stored.docx.name)


def test_a_later_download_serves_the_issued_bytes_not_a_new_rendering(
    client, approver, issued, monkeypatch
):
    first = _download(client, approver, issued, "docx").content
    monkeypatch.setattr(downloads, "render_docx", lambda plan: b"PK another renderer")
    monkeypatch.setattr(frozen, "render_docx", lambda plan: b"PK another renderer")
    again = _download(client, approver, issued, "docx").content
    assert again == first
    assert hashlib.sha256(again).hexdigest() == IssuedDocument.objects.get(plan=issued).docx_sha256


def test_the_pdf_is_made_once_from_the_frozen_docx_then_kept(client, approver, issued, monkeypatch):
    seen: list[bytes] = []

    def convert(docx: bytes) -> bytes:
        seen.append(docx)
        return b"%PDF-1.7 first conversion"

    monkeypatch.setattr(frozen, "docx_to_pdf", convert)
    first = _download(client, approver, issued, "pdf").content
    monkeypatch.setattr(frozen, "docx_to_pdf", lambda docx: b"%PDF-1.7 a later LibreOffice")
    assert (
        _download(client, approver, issued, "pdf").content == first == b"%PDF-1.7 first conversion"
    )
    assert seen == [frozen.read(IssuedDocument.objects.get(plan=issued).docx)]


def test_a_changed_stored_file_is_refused_not_served(issued):
    stored = IssuedDocument.objects.get(plan=issued)
    with default_storage.open(stored.docx.name, "wb") as handle:
        handle.write(b"PK tampered")
    with pytest.raises(frozen.DigestMismatch):
        frozen.issued_bytes(issued, "docx")


def test_a_signed_pdf_replaces_the_stored_one(client, approver, issued, monkeypatch):
    monkeypatch.setattr(frozen, "docx_to_pdf", lambda docx: b"%PDF-1.7 unsigned")
    unsigned = _download(client, approver, issued, "pdf").content
    frozen.replace_pdf(issued, b"%PDF-1.7 signed by the leader", approver)
    stored = IssuedDocument.objects.get(plan=issued)
    assert stored.pdf_signed and stored.unsigned_pdf_sha256 == hashlib.sha256(unsigned).hexdigest()
    assert _download(client, approver, issued, "pdf").content == b"%PDF-1.7 signed by the leader"


def test_a_signed_copy_must_be_a_pdf(issued, approver):
    with pytest.raises(ValueError):
        frozen.replace_pdf(issued, b"not a pdf", approver)


def test_an_upload_is_downloadable_as_received_under_its_name(client, drafter, ward):
    seed = SEEDS[1]
    client.force_login(drafter)
    data = seed.read_bytes()
    name = "KH 157 Kế hoạch thành phố.txt"
    client.post(
        reverse("plans:upload"), {"organisation": ward.pk, "file": SimpleUploadedFile(name, data)}
    )
    plan = Plan.objects.get()
    assert plan.source_sha256 == hashlib.sha256(data).hexdigest()
    response = client.get(reverse("plans:original", kwargs={"pk": plan.pk}))
    assert response.content == data
    assert "filename*=utf-8''KH%20157%20K%E1%BA%BF" in response["Content-Disposition"]
    page = client.get(reverse("plans:detail", kwargs={"pk": plan.pk})).text
    assert "Tải tệp gốc" in page and "KH-du-thao" not in page


def test_a_plan_without_an_original_has_none_to_download(client, drafter, upper):
    client.force_login(drafter)
    assert client.get(reverse("plans:original", kwargs={"pk": upper.pk})).status_code == 404
