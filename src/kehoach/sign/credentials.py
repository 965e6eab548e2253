"""A signer's certificate and key: PKCS#12 with a passphrase (never kept), or a PKCS#11 token.

Before anyone signs we refuse a certificate that is expired, not yet valid, revoked, or whose chain does
not reach a trusted root: the office must not issue a document a recipient will reject. Revocation is
checked where the certificate's OCSP/CRL servers are reachable; the result says which.
Nothing here logs or prints key material; errors name the problem, never the bytes.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import x509
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator import CertificateValidator, errors

from kehoach.errors import InputError
from kehoach.sign.names import certificate_names
from kehoach.sign.trust import TrustSettings, validation_context

try:  # PKCS#11 needs python-pkcs11, present only where the machine has a token
    from pyhanko.sign import pkcs11
except ImportError:  # pragma: no cover - depends on the machine
    pkcs11 = None  # type: ignore[assignment]

MAX_P12 = 200_000

REVOCATION_GOOD = "Chứng thư chưa bị thu hồi (đã kiểm tra với máy chủ của tổ chức chứng thực)."
REVOCATION_UNKNOWN = "Chưa kiểm tra được chứng thư có bị thu hồi hay không: máy chủ của tổ chức chứng thực không trả lời."
REVOCATION_OFF = "Không kiểm tra tình trạng thu hồi (đang làm việc không có mạng)."


@dataclass
class Credential:
    """What signing needs: a pyHanko signer and the certificate it signs with."""

    signer: Signer
    certificate: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def name(self) -> str:
        return certificate_names(self.certificate)[0]


@dataclass(frozen=True)
class CertificateCheck:
    """The outcome of checking a certificate before signing: usable, and what we know of revocation."""

    revocation: str


def load_pkcs12(data: bytes, passphrase: str) -> Credential:
    """A PKCS#12 file opened with its passphrase; the passphrase is used here and not kept."""
    if not data:
        raise InputError("tệp chứng thư số (.p12/.pfx) trống; hãy chọn lại tệp.")
    if len(data) > MAX_P12:
        raise InputError("tệp chứng thư số quá lớn so với một tệp .p12/.pfx; hãy chọn lại tệp.")
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase.encode())
    except (ValueError, TypeError):
        signer = None
    if signer is None or signer.signing_cert is None:
        raise InputError(
            "không mở được tệp chứng thư số: sai mật khẩu hoặc tệp không phải .p12/.pfx; "
            "hãy nhập lại mật khẩu hoặc chọn đúng tệp."
        )
    chain = list(signer.cert_registry) if signer.cert_registry else []
    return Credential(signer, signer.signing_cert, chain)


def load_pkcs11(library: str, token_label: str, pin: str, cert_label: str) -> Credential:
    """A key held in a PKCS#11 token (USB token or HSM): the key never leaves the device."""
    if pkcs11 is None:
        raise InputError(
            "máy này chưa có thư viện PKCS#11 cho Python (gói python-pkcs11); "
            "hãy cài gói đó để ký bằng USB token."
        )
    try:
        session = pkcs11.open_pkcs11_session(
            library, token_criteria=pkcs11.TokenCriteria(label=token_label), user_pin=pin
        )
        signer = pkcs11.PKCS11Signer(session, cert_label=cert_label)
        cert = signer.signing_cert
    except Exception as error:  # python-pkcs11 raises many unrelated types
        raise InputError(
            f"không dùng được USB token {token_label!r} ({type(error).__name__}); "
            "hãy cắm token, kiểm tra mã PIN và nhãn chứng thư."
        ) from None
    chain = list(signer.cert_registry) if signer.cert_registry else []
    return Credential(signer, cert, chain)


def check_dates(cert: x509.Certificate, at: datetime | None = None) -> None:
    """Refuse a certificate outside its validity period, saying when it ended or starts."""
    moment = at or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if moment > end:
        raise InputError(
            f"chứng thư số đã hết hạn từ ngày {end:%d/%m/%Y}; hãy gia hạn hoặc dùng chứng thư mới."
        )
    if moment < start:
        raise InputError(
            f"chứng thư số chỉ có hiệu lực từ ngày {start:%d/%m/%Y}; hãy ký sau ngày đó."
        )


def check_credential(credential: Credential, trust: TrustSettings) -> CertificateCheck:
    """Refuse an expired, revoked or untrusted certificate; say what is known of revocation."""
    check_dates(credential.certificate)
    context = validation_context(trust, other_certs=credential.chain)
    validator = CertificateValidator(
        credential.certificate, intermediate_certs=credential.chain, validation_context=context
    )

    async def validate() -> None:
        try:
            await validator.async_validate_usage({"digital_signature"})
        finally:
            await context.aclose()

    try:
        asyncio.run(validate())
    except errors.RevokedError:
        raise InputError(
            "chứng thư số đã bị thu hồi; không được ký bằng chứng thư này, hãy liên hệ tổ chức chứng thực."
        ) from None
    except errors.ExpiredError:
        raise InputError(
            "chứng thư số (hoặc chứng thư cấp trên) đã hết hạn; hãy gia hạn."
        ) from None
    except (errors.PathBuildingError, errors.PathValidationError, errors.InvalidCertificateError):
        raise InputError(
            "chứng thư không thuộc tổ chức chứng thực được tin cậy; "
            "hãy dùng chứng thư do tổ chức chứng thực được tin cậy cấp hoặc bổ sung chứng thư gốc."
        ) from None
    if not trust.online:
        return CertificateCheck(REVOCATION_OFF)
    if context.soft_fail_exceptions:
        return CertificateCheck(REVOCATION_UNKNOWN)
    return CertificateCheck(REVOCATION_GOOD)
