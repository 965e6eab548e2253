"""The signing steps of the site; every check and every signature is the library's (kehoach.sign).

- `save_key`: a leader's or the organisation's PKCS#12 and image, checked (the passphrase opens it, the
  certificate is valid, trusted and not revoked; the image is a transparent PNG of the right colour).
- `sign_as_leader`: on an approved plan, the leader signs the rendered plan (number and date blank).
- `seal`: on the issued plan, the Văn thư writes number and date and signs for the organisation; the
  signed PDF becomes the issued plan's frozen PDF (plans.frozen.replace_pdf).
- `check_received`: the signatures of a received PDF, verified once and kept.
- `make_copy`: an electronic copy numbered from the copy register. Its pages (the source drawn as
  pictures, after LibreOffice makes the issued PDF if it never was) are made by a worker first
  (`copy_pages`, named by `copy_key`); the passphrase is typed once they are ready, and only the
  signature is made in the request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone as dj_timezone

from kehoach.document.assigned import with_assignments
from kehoach.errors import InputError
from kehoach.sign import blanks, copies, office
from kehoach.sign.credentials import Credential, check_credential, load_pkcs12
from kehoach.sign.images import check_image
from kehoach.sign.names import certificate_names
from kehoach.sign.pades import vietnam_now
from kehoach.sign.trust import TrustSettings
from kehoach.sign.verify import verify_pdf
from kehoach.web.audit.log import record
from kehoach.web.core.db import atomic
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans import frozen
from kehoach.web.plans.models import Plan
from kehoach.web.signing.models import (
    CopyRegister,
    ElectronicCopy,
    LeaderSignature,
    ReceivedCheck,
    SigningKey,
)
from kehoach.write.docx import render_docx
from kehoach.write.pdf import PdfError, docx_to_pdf

Holder = SigningKey.Holder


def trust() -> TrustSettings:
    """The trust settings of the site (KEHOACH_TRUST_DIR, KEHOACH_TSA_URL, KEHOACH_REVOCATION)."""
    folder = getattr(settings, "KEHOACH_TRUST_DIR", "")
    return TrustSettings(
        roots_dir=Path(folder) if folder else None,
        tsa_url=getattr(settings, "KEHOACH_TSA_URL", "") or None,
        online=getattr(settings, "KEHOACH_REVOCATION", "online") != "offline",
    )


def read(field: Any) -> bytes:
    return frozen.read(field)


def save_key(
    organisation: Organisation,
    user: Any,
    holder: str,
    p12: bytes,
    passphrase: str,
    image: bytes,
) -> tuple[SigningKey, str]:
    """Check and keep a key and its image; returns the key and what is known of its revocation."""
    credential = load_pkcs12(p12, passphrase)
    check = check_credential(credential, trust())
    check_image(image, "signature" if holder == Holder.PERSON else "seal")  # the PNG is kept as is
    name, org_name = certificate_names(credential.certificate)
    not_after = credential.certificate["tbs_certificate"]["validity"]["not_after"].native
    owner = user if holder == Holder.PERSON else None
    with atomic():
        key = SigningKey.objects.filter(
            organisation=organisation, user=owner, holder=holder
        ).first()
        key = key or SigningKey(organisation=organisation, user=owner, holder=holder)
        key.subject, key.subject_organisation, key.not_after = name, org_name or "", not_after
        key.p12.save("chung-thu.p12", ContentFile(p12), save=False)
        key.image.save("anh.png", ContentFile(image), save=False)
        key.save()
        record(user, organisation, "signing.key", None, f"{key.get_holder_display()}: {name}")
    return key, check.revocation


def open_key(key: SigningKey | None, passphrase: str, what: str) -> Credential:
    """The key's credential, opened with the passphrase and checked (valid, trusted, not revoked)."""
    if key is None:
        raise InputError(f"chưa có {what}; hãy tải lên tệp chứng thư số và ảnh ở trang Chữ ký số.")
    credential = load_pkcs12(read(key.p12), passphrase)
    check_credential(credential, trust())
    return credential


def person_key(organisation: Organisation, user: Any) -> SigningKey | None:
    """The leader's own key in this organisation."""
    return SigningKey.objects.filter(
        organisation=organisation, user=user, holder=Holder.PERSON
    ).first()


def leader_key(plan: Plan, user: Any) -> SigningKey | None:
    return person_key(plan.organisation, user)


def organisation_key(organisation: Organisation) -> SigningKey | None:
    return SigningKey.objects.filter(organisation=organisation, holder=Holder.ORGANISATION).first()


def unsigned_pdf(plan: Plan) -> bytes:
    """The plan rendered as it will be issued (assignments written in), number and date left blank."""
    document = with_assignments(plan.document())
    doc_type = document.doc_type or "KH"
    symbol = f"{doc_type}-{plan.organisation.symbol_suffix}"  # as issue_plan will give it
    document = dataclasses.replace(document, number=None, date=None, symbol=symbol)
    try:
        return docx_to_pdf(render_docx(document))
    except PdfError as error:
        raise InputError(str(error)) from None


def sign_as_leader(
    plan: Plan, user: Any, passphrase: str, pdf: Callable[[], bytes] | None = None
) -> LeaderSignature:
    """The leader's signature on `pdf()` (the plan rendered by a worker), or on a fresh rendering.

    The key and passphrase are checked first, so a wrong passphrase is said before anything else."""
    key = leader_key(plan, user)
    credential = open_key(key, passphrase, "chứng thư số của lãnh đạo")
    assert key is not None
    image = check_image(read(key.image), "signature")
    document = plan.document()
    name = document.signature.name if document.signature else None
    unsigned = pdf() if pdf is not None else unsigned_pdf(plan)
    signed = office.sign_as_leader(unsigned, credential, image, trust(), signer_name=name)
    with atomic():
        if LeaderSignature.objects.filter(plan=plan).exists():
            raise InputError("kế hoạch đã được lãnh đạo ký số.")
        signature = LeaderSignature(plan=plan, pdf_sha256=frozen.sha256(signed), signed_by=user)
        signature.pdf.save(f"ke-hoach-{plan.pk}-lanh-dao-ky.pdf", ContentFile(signed), save=False)
        signature.save()
        record(user, plan.organisation, "plan.leader_signed", plan, credential.name)
    return signature


def seal(plan: Plan, user: Any, passphrase: str) -> bytes:
    """Number, date and the organisation's signature; the result is the issued plan's PDF."""
    signature = LeaderSignature.objects.filter(plan=plan).first()
    if signature is None:
        raise InputError(
            "lãnh đạo chưa ký số kế hoạch này; văn thư ghi số và đóng dấu sau khi lãnh đạo ký."
        )
    if signature.sealed_at is not None:
        raise InputError("kế hoạch đã được văn thư ghi số và ký số.")
    if not plan.number or plan.doc_date is None:
        raise InputError("kế hoạch chưa được cấp số và ngày ban hành.")
    key = organisation_key(plan.organisation)
    credential = open_key(key, passphrase, "chứng thư số của cơ quan")
    assert key is not None
    seal_image = check_image(read(key.image), "seal")
    leader_pdf = read(signature.pdf)
    if frozen.sha256(leader_pdf) != signature.pdf_sha256:
        raise InputError(
            "tệp lãnh đạo đã ký không còn khớp mã băm; báo quản trị hệ thống kiểm tra."
        )
    stamp = office.IssueStamp(plan.number, plan.doc_date)
    issued = office.issue(leader_pdf, stamp, credential, seal_image, trust())
    with atomic():
        frozen.replace_pdf(plan, issued, user, "Văn thư ghi số, ngày và ký số của cơ quan")
        signature.sealed_at = dj_timezone.now()
        signature.save(update_fields=["sealed_at"])
    return issued


def check_received(plan: Plan, again: bool = False) -> dict[str, Any] | None:
    """The verification of a received PDF (None for other files), computed once and kept."""
    if plan.source_kind != "pdf" or not plan.source_file:
        return None
    found = ReceivedCheck.objects.filter(plan=plan).first()
    if found is not None and not again:
        return found.report
    try:
        report = verify_pdf(read(plan.source_file), plan.source_name or "van-ban.pdf", trust())
        result: dict[str, Any] = {**report.as_json(), "ok": report.ok, "error": None}
        result["filled"] = blanks.filled_values(read(plan.source_file))
        for item, signature in zip(result["signatures"], report.signatures, strict=True):
            item["findings"] = signature.findings()
    except InputError as error:
        result = {"file": plan.source_name, "signatures": [], "ok": False, "error": str(error)}
    ReceivedCheck.objects.update_or_create(plan=plan, defaults={"report": result})
    return result


def copy_source(plan: Plan) -> bytes:
    """What a copy reproduces: the received PDF, or the issued plan's (signed) PDF."""
    if plan.kind == Plan.Kind.UPPER:
        if plan.source_kind != "pdf" or not plan.source_file:
            raise InputError("chỉ sao được văn bản nhận ở dạng PDF.")
        return read(plan.source_file)
    if plan.status != Plan.Status.ISSUED:
        raise InputError("chỉ sao được kế hoạch đã ban hành.")
    return frozen.issued_bytes(plan, "pdf")


def _next_copy_number(organisation: Organisation, year: int) -> int:
    register, _ = CopyRegister.objects.select_for_update().get_or_create(
        organisation=organisation, year=year
    )
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number


def copy_key(plan: Plan) -> str:
    """The name of the copy's pages for the plan's source as it is now: a received PDF by its digest,
    an issued plan by its .docx, or by its signed PDF once the Văn thư has sealed it."""
    if plan.kind == Plan.Kind.UPPER:
        if plan.source_kind != "pdf" or not plan.source_file:
            raise InputError("chỉ sao được văn bản nhận ở dạng PDF.")
        return f"copy-pages:{plan.pk}:{plan.source_sha256}"
    if plan.status != Plan.Status.ISSUED:
        raise InputError("chỉ sao được kế hoạch đã ban hành.")
    issued = frozen.frozen(plan)
    return f"copy-pages:{plan.pk}:{issued.pdf_sha256 if issued.pdf_signed else issued.docx_sha256}"


def copy_pages(plan: Plan, key: str) -> bytes:
    """The worker's part of a copy: the source drawn page by page (the issued PDF is made from the
    frozen .docx the first time, by LibreOffice). Refused if the source changed since `key`."""
    if copy_key(plan) != key:
        raise InputError("văn bản đã thay đổi từ khi yêu cầu sao; hãy mở lại trang Chữ ký số.")
    return copies.raster_pdf(copy_source(plan))


def make_copy(
    plan: Plan, user: Any, passphrase: str, pages: Callable[[], bytes], form: str = "SY"
) -> ElectronicCopy:
    """Number, sign and keep the copy of `pages()` (the worker's `copy_pages`).

    The passphrase is checked before `pages` is asked for; the number is taken in the transaction
    that keeps the copy and its audit entry, so a failed signature takes no number."""
    key = organisation_key(plan.organisation)
    credential = open_key(key, passphrase, "chứng thư số của cơ quan")
    raster = pages()
    year = vietnam_now().year
    with atomic():
        number = _next_copy_number(plan.organisation, year)
        request = copies.CopyRequest(form, plan.organisation.name, number)
        data = copies.sign_copy(raster, request, credential, trust())
        copy = ElectronicCopy(
            organisation=plan.organisation,
            plan=plan,
            year=year,
            number=number,
            form=form,
            pdf_sha256=frozen.sha256(data),
            made_by=user,
        )
        copy.pdf.save(f"ban-sao-{number:02d}-{form}.pdf", ContentFile(data), save=False)
        copy.save()
        record(user, plan.organisation, "plan.copy", plan, f"Bản sao số {copy.symbol}")
    return copy
