"""The Quyết định khen thưởng signed in the office's order, as plans are (kehoach.sign.office):

1. `sign_as_leader`: once the decision is approved, the leader signs its PDF with number and date blank
   (his or her own certificate and blue signature image, kept on the Chữ ký số page). LibreOffice
   makes that PDF on a worker (`unsigned_pdf`, named by `pdf_key`), asked for when the movement's
   page opens; only the signature is made in the request, with a passphrase that is never kept;
2. `seal`: once the decision is issued (number from the register, date), the Văn thư writes number and
   date into the blanks and signs for the ward with the red seal. The result is the issued decision.

Every check and every signature is the library's; this module keeps the files and the states.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from kehoach.emulation.decision import DecisionDraft, render_decision
from kehoach.errors import InputError
from kehoach.sign import office
from kehoach.sign.images import check_image
from kehoach.web.audit.log import record
from kehoach.web.core.db import atomic
from kehoach.web.emulation import awards
from kehoach.web.emulation.models import AwardDecision, Movement
from kehoach.web.plans import frozen
from kehoach.web.signing import services as signing
from kehoach.write.pdf import PdfError, docx_to_pdf

State = AwardDecision.State


def _unsigned_draft(movement: Movement, decision: AwardDecision) -> DecisionDraft:
    return dataclasses.replace(
        awards.decision_draft(movement, decision), number=None, issued_on=None
    )


def _key(decision: AwardDecision, draft: DecisionDraft) -> str:
    return f"decision-pdf:{decision.pk}:{hashlib.sha256(repr(draft).encode()).hexdigest()[:32]}"


def pdf_key(movement: Movement, decision: AwardDecision) -> str:
    """The name of the PDF the leader signs, for the decision as it reads now: any change to what
    it says (an awardee, the signer) names a new PDF, so a worker never hands over a stale one."""
    return _key(decision, _unsigned_draft(movement, decision))


def unsigned_pdf(movement: Movement, decision: AwardDecision, key: str) -> bytes:
    """The worker's part: the decision as it will be issued, number and date left blank for the Văn
    thư, made by LibreOffice. Refused if the decision changed since `key` was asked for."""
    draft = _unsigned_draft(movement, decision)
    if _key(decision, draft) != key:
        raise InputError("quyết định đã thay đổi từ khi yêu cầu tạo bản PDF; hãy mở lại trang.")
    try:
        return docx_to_pdf(render_decision(draft))
    except PdfError as error:
        raise InputError(str(error)) from None


def sign_as_leader(
    movement: Movement, user: Any, passphrase: str, pdf: Callable[[], bytes]
) -> AwardDecision:
    """The leader's signature on `pdf()` (the worker's `unsigned_pdf`); the state, the key and the
    passphrase are checked first, so a wrong passphrase is said before the PDF is asked for."""
    decision = getattr(movement, "decision", None)
    if decision is None or decision.state not in (State.APPROVED, State.ISSUED):
        raise InputError("quyết định chưa được phê duyệt; lãnh đạo ký số sau khi phê duyệt.")
    if decision.leader_pdf:
        raise InputError("quyết định đã được lãnh đạo ký số.")
    if not decision.signer.strip():
        raise InputError("quyết định chưa ghi người ký; hãy ghi họ tên người ký khi lập dự thảo.")
    organisation = movement.organisation
    key = signing.person_key(organisation, user)
    credential = signing.open_key(key, passphrase, "chứng thư số của lãnh đạo")
    assert key is not None
    image = check_image(signing.read(key.image), "signature")
    signed = office.sign_as_leader(
        pdf(),
        credential,
        image,
        signing.trust(),
        signer_name=decision.signer,
    )
    with atomic():
        if AwardDecision.objects.filter(pk=decision.pk).exclude(leader_pdf="").exists():
            raise InputError("quyết định đã được lãnh đạo ký số.")
        decision.leader_pdf.save(
            f"quyet-dinh-{decision.pk}-lanh-dao-ky.pdf", ContentFile(signed), save=False
        )
        decision.leader_pdf_sha256 = frozen.sha256(signed)
        decision.leader_signed_by = user
        decision.leader_signed_at = timezone.now()
        decision.save()
        record(user, organisation, "emulation.decision_signed", decision, credential.name)
    return decision


def seal(movement: Movement, user: Any, passphrase: str) -> AwardDecision:
    """Number and date written in, the ward's signature with its seal: the issued decision's PDF."""
    decision = getattr(movement, "decision", None)
    if decision is None or not decision.leader_pdf:
        raise InputError(
            "lãnh đạo chưa ký số quyết định; văn thư ghi số và đóng dấu sau khi lãnh đạo ký."
        )
    if decision.signed_pdf:
        raise InputError("quyết định đã được văn thư ghi số và ký số.")
    if decision.state != State.ISSUED or not decision.number or decision.issued_on is None:
        raise InputError("quyết định chưa được cấp số; hãy ban hành (lấy số) trước khi đóng dấu.")
    organisation = movement.organisation
    key = signing.organisation_key(organisation)
    credential = signing.open_key(key, passphrase, "chứng thư số của cơ quan")
    assert key is not None
    seal_image = check_image(signing.read(key.image), "seal")
    leader_pdf = signing.read(decision.leader_pdf)
    if frozen.sha256(leader_pdf) != decision.leader_pdf_sha256:
        raise InputError(
            "tệp lãnh đạo đã ký không còn khớp mã băm; báo quản trị hệ thống kiểm tra."
        )
    stamp = office.IssueStamp(decision.number, decision.issued_on)
    issued = office.issue(leader_pdf, stamp, credential, seal_image, signing.trust())
    with atomic():
        decision.signed_pdf.save(
            f"quyet-dinh-{decision.number}-{decision.issued_on:%Y}.pdf",
            ContentFile(issued),
            save=False,
        )
        decision.signed_pdf_sha256 = frozen.sha256(issued)
        decision.sealed_by = user
        decision.sealed_at = timezone.now()
        decision.save()
        record(
            user,
            organisation,
            "emulation.decision_sealed",
            decision,
            f"Quyết định số {decision.number}/QĐ-{organisation.symbol_suffix}",
        )
    return decision


def signed_pdf(decision: AwardDecision) -> bytes:
    """The issued decision's signed PDF, checked against the digest kept when it was sealed."""
    data = signing.read(decision.signed_pdf)
    if frozen.sha256(data) != decision.signed_pdf_sha256:
        raise InputError(
            "tệp quyết định đã ký không còn khớp mã băm; báo quản trị hệ thống kiểm tra."
        )
    return data
