"""Verify the signatures of a received PDF, as an inspector would, in plain Vietnamese.

For every signature: who signed (name and organisation from the certificate), when (the timestamp
server's time where there is one, else the signer's clock), whether the signed bytes are unchanged
("intact"), whether anything was added after it ("covers_whole_file"), whether the chain reaches a
trusted root ("trusted"), and whether it is a person's or the organisation's signature ("kind").

"covers_whole_file" follows the office's order: the leader's signature is followed by the Văn thư's
number, date and the organisation's signature. Those later changes are accepted for an earlier signature
when they are only form filling and signatures (PDF's "permitted changes") and the last signature covers
the whole file; anything else added after a signature, or anything after the last one, is reported.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel

from kehoach.errors import InputError
from kehoach.sign.names import certificate_names, is_organisation
from kehoach.sign.pades import MAX_PDF, iso_vietnam
from kehoach.sign.trust import TrustSettings, validation_context

INTACT = "Văn bản còn nguyên vẹn từ khi ký."
CHANGED = "Văn bản đã bị sửa sau khi ký."
CHANGED_BYTES = "Văn bản đã bị sửa sau khi ký: nội dung được ký không còn khớp với chữ ký."
ADDED_AFTER = "Văn bản đã bị sửa sau khi ký: có nội dung được thêm vào sau chữ ký này."
TRUSTED = "Chứng thư thuộc tổ chức chứng thực được tin cậy."
UNTRUSTED = "Chứng thư không thuộc tổ chức chứng thực được tin cậy."
REVOKED = "Chứng thư của người ký đã bị thu hồi từ ngày {date}."
NO_ORGANISATION = "Văn bản chưa có chữ ký số của cơ quan, tổ chức ban hành."
BAD_TIMESTAMP = "Dấu thời gian của chữ ký không hợp lệ hoặc không được tin cậy."
REVOCATION_UNKNOWN = "Chưa kiểm tra được chứng thư có bị thu hồi hay không (máy chủ không trả lời)."

PERMITTED = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
KEY_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"})


@dataclass
class SignatureReport:
    """One signature, with exactly the keys of `kehoach verify --json`."""

    signer: str
    organisation: str | None
    signed_at: str | None
    intact: bool
    covers_whole_file: bool
    trusted: bool
    kind: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_whole_file and self.trusted

    def findings(self) -> list[str]:
        """The sentences a person reads: the good news as well as the problems."""
        said = [INTACT] if self.intact and self.covers_whole_file else []
        said += [TRUSTED] if self.trusted else []
        return said + self.problems


@dataclass
class FileReport:
    file: str
    signatures: list[SignatureReport]

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "signatures": [asdict(s) for s in self.signatures]}


def _reader(data: bytes, name: str) -> PdfFileReader:
    if len(data) > MAX_PDF:
        raise InputError(f"{name}: tệp PDF quá lớn để kiểm tra (tối đa 50 MB).")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{name}: tệp không phải PDF; hãy chọn tệp .pdf của văn bản.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        reader.embedded_signatures  # noqa: B018 - reads the form now, so a broken file fails here
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise InputError(
            f"{name}: tệp PDF hỏng hoặc không đọc được; hãy xin lại tệp gốc."
        ) from None
    if reader.security_handler is not None:
        raise InputError(f"{name}: tệp PDF được mã hóa (có mật khẩu); hãy xin bản không mã hóa.")
    return reader


def _signed_at(status: PdfSignatureStatus) -> datetime | None:
    if status.timestamp_validity is not None and status.timestamp_validity.intact:
        return status.timestamp_validity.timestamp
    return status.signer_reported_dt


def _report(
    signature: EmbeddedPdfSignature,
    status: PdfSignatureStatus | None,
    last_covers_file: bool,
    soft_failures: bool,
) -> SignatureReport:
    cert = signature.signer_cert
    name, organisation = certificate_names(cert)
    kind = "organisation" if is_organisation(cert) else ("person" if organisation else None)
    if status is None:  # the CMS could not even be checked: treat as changed
        return SignatureReport(name, organisation, None, False, False, False, kind, [CHANGED_BYTES])
    intact = bool(status.intact and status.valid)
    level = status.modification_level
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        covers = True
    else:
        covers = bool(
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and status.docmdp_ok
            and level in PERMITTED
            and last_covers_file
        )
    problems = []
    if not intact:
        problems.append(CHANGED_BYTES)
    elif not covers:
        problems.append(ADDED_AFTER)
    trusted = bool(status.trusted) and not status.revoked
    if status.revoked and status.revocation_details is not None:
        when = status.revocation_details.revocation_date
        problems.append(REVOKED.format(date=f"{when:%d/%m/%Y}"))
    elif not trusted:
        problems.append(UNTRUSTED)
    elif soft_failures:
        problems.append(REVOCATION_UNKNOWN)
    if status.timestamp_validity is not None and not status.timestamp_validity.trusted:
        problems.append(BAD_TIMESTAMP)
    moment = _signed_at(status)
    return SignatureReport(
        name,
        organisation,
        iso_vietnam(moment) if moment else None,
        intact,
        covers,
        trusted,
        kind,
        problems,
    )


async def _validate_all(
    reader: PdfFileReader, trust: TrustSettings
) -> list[tuple[EmbeddedPdfSignature, PdfSignatureStatus | None, bool]]:
    results = []
    for signature in reader.embedded_signatures:
        context = validation_context(trust, other_certs=list(signature.other_embedded_certs))
        ts_context = validation_context(trust)
        try:
            status = await async_validate_pdf_signature(
                signature,
                signer_validation_context=context,
                ts_validation_context=ts_context,
                key_usage_settings=KEY_USAGE,
            )
        except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError):
            status = None
        finally:
            await context.aclose()
            await ts_context.aclose()
        results.append((signature, status, bool(context.soft_fail_exceptions)))
    return results


def verify_pdf(data: bytes, name: str, trust: TrustSettings) -> FileReport:
    """Every signature of one PDF; InputError when the file cannot be read as a PDF."""
    reader = _reader(data, name)
    checked = asyncio.run(_validate_all(reader, trust))
    last_covers = bool(
        checked
        and checked[-1][1] is not None
        and checked[-1][1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    )
    reports = [_report(sig, status, last_covers, soft) for sig, status, soft in checked]
    if reports and not any(r.kind == "organisation" for r in reports):
        for report in reports:
            report.problems.append(NO_ORGANISATION)
    return FileReport(name, reports)
