"""Fixtures of the signing pages: a Văn thư, keys and images stored for the ward, a copy on file,
the pages of a copy asked of a worker."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile

from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.plans.models import Plan
from kehoach.web.signing import services, views
from kehoach.web.signing.models import ElectronicCopy, SigningKey
from sign.sign_helpers import PASSPHRASE, TestPki, ink_png
from web.factories import make_user

SIGNATURE_PNG = ink_png((25, 55, 190), (900, 360))
SEAL_PNG = ink_png((215, 25, 30), (425, 425), ring=True)


@pytest.fixture
def clerk(ward: Organisation) -> User:
    return make_user("vanthu", ward, Membership.Role.CLERK)


@pytest.fixture
def site_trust(pki: TestPki, settings) -> TestPki:
    settings.KEHOACH_TRUST_DIR = str(pki.roots)
    settings.KEHOACH_TSA_URL = pki.tsa_url
    settings.KEHOACH_REVOCATION = "online"
    return pki


@pytest.fixture
def keys(
    site_trust: TestPki, ward: Organisation, approver: User, clerk: User
) -> dict[str, SigningKey]:
    leader, _ = services.save_key(
        ward,
        approver,
        SigningKey.Holder.PERSON,
        site_trust.p12("leader"),
        PASSPHRASE,
        SIGNATURE_PNG,
    )
    org, _ = services.save_key(
        ward, clerk, SigningKey.Holder.ORGANISATION, site_trust.p12("org"), PASSPHRASE, SEAL_PNG
    )
    return {"leader": leader, "org": org}


@pytest.fixture
def stored_copy(issued: Plan, clerk: User) -> ElectronicCopy:
    """A copy row with a file (for access tests: what is in the file does not matter there)."""
    copy = ElectronicCopy(
        organisation=issued.organisation,
        plan=issued,
        year=2025,
        number=1,
        pdf_sha256="0" * 64,
        made_by=clerk,
    )
    copy.pdf.save("ban-sao.pdf", ContentFile(b"%PDF-1.4 thu"), save=False)
    copy.save()
    return copy


@pytest.fixture
def copy_pages(issued: Plan, clerk: User) -> Rendering:
    """The pages of a copy of the issued plan, asked of a worker (not made: no queue runs here)."""
    return renders.start(views._copy_pages(issued), clerk)
