"""What we trust: a folder of root certificates, an optional RFC 3161 server, online revocation or not.

Settings come from the caller (CLI flags, Django settings) or from the environment: KEHOACH_TRUST_DIR,
KEHOACH_TSA_URL, KEHOACH_REVOCATION ("online" by default; "offline" never fetches).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.fetchers import OwnedFetcherBackend
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend

from kehoach.errors import InputError

CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
MAX_CERT_FILE = 1_000_000


@dataclass(frozen=True)
class TrustSettings:
    """Where the trusted roots are, which timestamp server to ask, whether to fetch revocation data."""

    roots_dir: Path | None = None
    tsa_url: str | None = None
    online: bool = True
    timeout: float = 10.0
    extra_roots: tuple[x509.Certificate, ...] = field(default=())

    @classmethod
    def from_env(cls, roots_dir: str | Path | None = None) -> TrustSettings:
        """Explicit arguments win over the environment."""
        folder = roots_dir or os.environ.get("KEHOACH_TRUST_DIR") or None
        return cls(
            roots_dir=Path(folder) if folder else None,
            tsa_url=os.environ.get("KEHOACH_TSA_URL") or None,
            online=os.environ.get("KEHOACH_REVOCATION", "online") != "offline",
        )


def read_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM (one or many) or DER file; InputError when there is none."""
    try:
        if pem.detect(data):
            return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        cert = x509.Certificate.load(data)
        cert.native  # parse now, so a broken file fails here  # noqa: B018
        return [cert]
    except (ValueError, TypeError, OSError):
        raise InputError("tệp chứng thư không đọc được (cần định dạng PEM hoặc DER).") from None


def load_roots(folder: Path) -> list[x509.Certificate]:
    """The root certificates kept in `folder` (*.pem, *.crt, *.cer, *.der)."""
    if not folder.is_dir():
        raise InputError(f"không có thư mục chứng thư gốc {folder}; hãy kiểm tra đường dẫn.")
    roots: list[x509.Certificate] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in CERT_SUFFIXES or not path.is_file():
            continue
        if path.stat().st_size > MAX_CERT_FILE:
            raise InputError(f"tệp chứng thư {path.name} quá lớn; hãy kiểm tra lại thư mục gốc.")
        try:
            roots += read_certificates(path.read_bytes())
        except InputError:
            raise InputError(
                f"tệp {path.name} trong thư mục chứng thư gốc không đọc được (cần PEM hoặc DER)."
            ) from None
    return roots


def trusted_roots(settings: TrustSettings) -> list[x509.Certificate]:
    roots = list(settings.extra_roots)
    if settings.roots_dir is not None:
        roots += load_roots(settings.roots_dir)
    return roots


def validation_context(
    settings: TrustSettings,
    other_certs: list[x509.Certificate] | None = None,
    revocation: str = "soft-fail",
) -> ValidationContext:
    """A certvalidator context with only our roots (never the operating system's).

    `revocation`: "soft-fail" (a revoked certificate fails, an unreachable server does not: "where
    reachable") or "hard-fail". Offline settings never fetch and never require revocation data.
    """
    mode = revocation if settings.online else "soft-fail"
    backend = AIOHttpFetcherBackend(per_request_timeout=int(settings.timeout))
    return ValidationContext(
        trust_roots=trusted_roots(settings),
        other_certs=other_certs or [],
        allow_fetching=settings.online,
        revocation_mode=mode,
        fetcher_backend=OwnedFetcherBackend(backend) if settings.online else None,
    )


def timestamper(settings: TrustSettings) -> HTTPTimeStamper | None:
    """The configured RFC 3161 server, or None (the signing time is then the signer's clock)."""
    if not settings.tsa_url:
        return None
    return HTTPTimeStamper(settings.tsa_url, timeout=int(settings.timeout))
