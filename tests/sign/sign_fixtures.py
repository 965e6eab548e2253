"""Signing fixtures for tests/sign, tests/cli and tests/web/signing (a plugin of tests/conftest.py): one test
PKI per session, images drawn at run time, our example plan signed in the office's order."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kehoach.sign.credentials import Credential, load_pkcs12
from kehoach.sign.images import InkImage, check_image
from kehoach.sign.office import IssueStamp, issue, sign_as_leader
from kehoach.sign.trust import TrustSettings
from sign.sign_helpers import PASSPHRASE, TestPki, build_pki, ink_png

PLAN_PDF = Path(__file__).resolve().parents[1] / "fixtures" / "sign" / "plan-quy-1-2025.pdf"


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestPki]:
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    built, server = build_pki(tmp_path_factory.mktemp("pki"))
    yield built
    server.stop()


@pytest.fixture(scope="session")
def trust(pki: TestPki) -> TrustSettings:
    return TrustSettings(roots_dir=pki.roots, tsa_url=pki.tsa_url)


@pytest.fixture(scope="session")
def leader(pki: TestPki) -> Credential:
    return load_pkcs12(pki.p12("leader"), PASSPHRASE)


@pytest.fixture(scope="session")
def organisation(pki: TestPki) -> Credential:
    return load_pkcs12(pki.p12("org"), PASSPHRASE)


@pytest.fixture(scope="session")
def signature_image() -> InkImage:
    return check_image(ink_png((25, 55, 190), (900, 360)), "signature")


@pytest.fixture(scope="session")
def seal_image() -> InkImage:
    return check_image(ink_png((215, 25, 30), (425, 425), ring=True), "seal")  # 36 mm at 300 dpi


@pytest.fixture(scope="session")
def plan_pdf() -> bytes:
    return PLAN_PDF.read_bytes()


@pytest.fixture(scope="session")
def leader_signed_pdf(
    plan_pdf: bytes, leader: Credential, signature_image: InkImage, trust: TrustSettings
) -> bytes:
    return sign_as_leader(plan_pdf, leader, signature_image, trust)


@pytest.fixture(scope="session")
def issued_pdf(
    leader_signed_pdf: bytes, organisation: Credential, seal_image: InkImage, trust: TrustSettings
) -> bytes:
    return issue(
        leader_signed_pdf, IssueStamp("5", date(2025, 1, 6)), organisation, seal_image, trust
    )
