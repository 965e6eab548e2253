"""Names from a certificate: the person (CN) and the organisation (O), as a Vietnamese reader expects."""

from __future__ import annotations

import unicodedata

from asn1crypto import x509


def _attr(name: x509.Name, key: str) -> str | None:
    value = name.native.get(key)
    if isinstance(value, list):
        value = value[-1] if value else None
    if not value:
        return None
    return unicodedata.normalize("NFC", str(value)).strip() or None


def certificate_names(cert: x509.Certificate) -> tuple[str, str | None]:
    """(common name, organisation) of the certificate's subject; CN falls back to the whole subject."""
    subject = cert.subject
    common = _attr(subject, "common_name") or subject.human_friendly
    return common, _attr(subject, "organization_name")


def is_organisation(cert: x509.Certificate) -> bool:
    """An organisation's certificate names the organisation itself as its subject (CN equals O)."""
    common, organisation = certificate_names(cert)
    return organisation is not None and common.casefold() == organisation.casefold()
