"""The document as signed: frozen bytes of every issued plan, and the originals of uploaded files.

Issuing renders the .docx once and stores its bytes with their SHA-256 (`freeze_docx`); the PDF is made
from those stored .docx bytes, not from the plan's JSON, once (`ensure_pdf`: by a queued job,
or at the first download), then kept. Downloads serve the stored bytes, so next year's renderer never
changes a document already issued. A signed PDF replaces the stored one through `replace_pdf` (the
digital-signature work hooks in there); the unsigned PDF's digest is kept for the record.
Everything goes through Django's storage API (`STORAGES["default"]`): a folder by default, an
S3-compatible store by setting.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django_tasks import task

from kehoach.web.audit.log import record
from kehoach.web.core.db import atomic
from kehoach.web.jobs.policy import run_with_retries
from kehoach.web.plans.models import IssuedDocument, Plan
from kehoach.web.plans.names import stem
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf


class NotIssued(Exception):
    """The plan has no frozen document (it was never issued)."""


class DigestMismatch(Exception):
    """The stored bytes no longer have the digest recorded at issue: the file was changed."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(field: FieldFile) -> bytes:
    """The bytes of a stored file, through the storage API."""
    with field.storage.open(field.name, "rb") as handle:
        data: bytes = handle.read()
    return data


def freeze_docx(plan: Plan) -> IssuedDocument:
    """Render the issued plan once and keep the bytes (call inside the issuing transaction)."""
    data = render_docx(plan.document())
    issued = IssuedDocument(plan=plan, docx_sha256=sha256(data))
    issued.docx.save(f"{stem(plan)}.docx", ContentFile(data), save=False)
    issued.save()
    return issued


def frozen(plan: Plan) -> IssuedDocument:
    found = IssuedDocument.objects.filter(plan=plan).first()
    if found is None:
        raise NotIssued("Kế hoạch chưa ban hành nên chưa có bản lưu.")
    return found


def is_frozen(plan: Plan) -> bool:
    return IssuedDocument.objects.filter(plan=plan).exists()


def has_pdf(plan: Plan) -> bool:
    """The issued PDF is already made (so a download need not wait for a worker)."""
    return IssuedDocument.objects.filter(plan=plan).exclude(pdf="").exists()


def _checked(field: FieldFile, digest: str) -> bytes:
    data = read(field)
    if sha256(data) != digest:
        raise DigestMismatch(
            "Tệp lưu của văn bản đã ban hành không còn khớp mã băm SHA-256 ghi khi ban hành; "
            "báo quản trị hệ thống kiểm tra kho lưu trữ."
        )
    return data


def ensure_pdf(issued: IssuedDocument) -> IssuedDocument:
    """The frozen PDF, made from the frozen .docx the first time it is asked for."""
    if issued.pdf:
        return issued
    docx = _checked(issued.docx, issued.docx_sha256)
    pdf = docx_to_pdf(docx)
    with atomic():
        locked = IssuedDocument.objects.select_for_update().get(pk=issued.pk)
        if not locked.pdf:
            locked.pdf.save(f"{stem(locked.plan)}.pdf", ContentFile(pdf), save=False)
            locked.pdf_sha256 = sha256(pdf)
            locked.save(update_fields=["pdf", "pdf_sha256"])
    issued.refresh_from_db()
    return issued


def issued_bytes(plan: Plan, fmt: str) -> bytes:
    """The bytes as issued ("docx" or "pdf"), checked against their recorded digest."""
    issued = frozen(plan)
    if fmt == "docx":
        return _checked(issued.docx, issued.docx_sha256)
    issued = ensure_pdf(issued)
    return _checked(issued.pdf, issued.pdf_sha256)


def replace_pdf(
    plan: Plan, pdf: bytes, user: Any, note: str = "Bản PDF đã ký số"
) -> IssuedDocument:
    """Store a signed PDF in place of the issued one (the unsigned digest is kept)."""
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("Tệp thay thế không phải là PDF.")
    with atomic():
        issued = IssuedDocument.objects.select_for_update().get(pk=frozen(plan).pk)
        issued.unsigned_pdf_sha256 = issued.unsigned_pdf_sha256 or issued.pdf_sha256
        issued.pdf.save(f"{stem(plan)}-ky-so.pdf", ContentFile(pdf), save=False)
        issued.pdf_sha256 = sha256(pdf)
        issued.pdf_signed = True
        issued.save()
        record(user, plan.organisation, "plan.signed_pdf", plan, note, sha256=issued.pdf_sha256)
    return issued


def pdf_after_commit(plan: Plan) -> None:
    """Queue the PDF of the issued plan (in the issuing transaction: the job exists iff the issue
    does); a worker makes it, so the "Ban hành" click never waits on LibreOffice."""
    if not getattr(settings, "KEHOACH_PDF_AT_ISSUE", True):
        return
    make_issued_pdf.enqueue(plan.pk)


@task()
def make_issued_pdf(plan_pk: int, attempt: int = 1) -> str:
    """The job: the frozen PDF from the frozen .docx; retried if LibreOffice fails."""

    def work() -> str:
        issued = ensure_pdf(frozen(Plan.objects.get(pk=plan_pk)))
        return issued.pdf_sha256

    return run_with_retries(make_issued_pdf, work, plan_pk, attempt=attempt, seconds=180)


def store_original(plan: Plan, data: bytes, name: str) -> None:
    """Keep an uploaded file as received (call before the plan's first save)."""
    plan.source_sha256 = sha256(data)
    plan.source_file.save(name or "van-ban", ContentFile(data), save=False)
