"""One PAdES signature (ETSI EN 319 142, baseline B-B, or B-T with a timestamp server) on a PDF.

Every signature is an incremental update: earlier signatures keep their signed bytes. The signing time is
taken in Vietnam's time zone (UTC+07:00), so appearances and the signature dictionary say the same time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import BaseStampStyle
from pyhanko_certvalidator.errors import ValidationError

from kehoach.errors import InputError
from kehoach.sign.credentials import Credential
from kehoach.sign.trust import TrustSettings, timestamper

VIETNAM = timezone(timedelta(hours=7), "+07:00")
MAX_PDF = 50_000_000


def vietnam_now() -> datetime:
    return datetime.now(VIETNAM).replace(microsecond=0)


def iso_vietnam(moment: datetime) -> str:
    """ISO 8601 with the +07:00 offset, to the second: 2025-03-05T09:15:30+07:00."""
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


class _VietnamTimeSigner(signers.PdfSigner):
    """pyHanko takes the machine's zone; the decree wants Vietnam's (and the copy box shows it)."""

    def __init__(self, *args: object, moment: datetime, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.moment = moment

    def init_signing_session(
        self, pdf_out: object, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)  # type: ignore[arg-type]
        session.system_time = self.moment
        return session


@dataclass(frozen=True)
class Placement:
    """Where the signature widget goes; None for an invisible signature."""

    page: int
    box: tuple[float, float, float, float]


def open_writer(data: bytes) -> IncrementalPdfFileWriter:
    if len(data) > MAX_PDF:
        raise InputError("tệp PDF quá lớn để ký (tối đa 50 MB).")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError("tệp không phải PDF; hãy chọn tệp .pdf của văn bản.")
    try:
        return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError):
        raise InputError("tệp PDF hỏng hoặc không đọc được; hãy xuất lại tệp PDF.") from None


def sign(
    writer: IncrementalPdfFileWriter,
    credential: Credential,
    trust: TrustSettings,
    field_name: str,
    placement: Placement | None,
    style: BaseStampStyle | None,
    reason: str,
    location: str | None = None,
    moment: datetime | None = None,
) -> bytes:
    """Add one signature to what `writer` holds (with any changes made on it) and return the bytes."""
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=credential.name,
    )
    spec = fields.SigFieldSpec(
        sig_field_name=field_name,
        on_page=placement.page if placement else 0,
        box=placement.box if placement else None,  # type: ignore[arg-type]  # floats are fine in PDF
    )
    signer = _VietnamTimeSigner(
        meta,
        signer=credential.signer,
        timestamper=timestamper(trust),
        stamp_style=style,
        new_field_spec=spec,
        moment=moment or vietnam_now(),
    )
    try:
        output = signer.sign_pdf(writer)
    except (SigningError, ValidationError, OSError) as error:
        raise InputError(f"không ký được văn bản ({type(error).__name__}: {error}).") from None
    data: bytes = output.getvalue()
    return data
