"""The Quyết định khen thưởng signed in the office's order on the tests' PKI (certomancer): the leader
signs the approved decision, the Văn thư writes number and date and seals the issued one, and the PDF
downloaded carries both signatures, intact and trusted."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.urls import reverse

from kehoach.sign import blanks
from kehoach.sign.pades import open_writer
from kehoach.sign.verify import verify_pdf
from kehoach.web.emulation import awards
from kehoach.web.emulation.models import AwardDecision, Movement
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.signing import services as signing
from kehoach.web.signing.models import SigningKey
from sign.sign_helpers import PASSPHRASE, ink_png
from web.factories import make_user

pytestmark = pytest.mark.django_db

SIGNER = "Phạm Việt Anh"


@pytest.fixture
def clerk(ward: Organisation) -> User:
    return make_user("vanthu", ward, Membership.Role.CLERK)


@pytest.fixture
def keys(pki, settings, ward: Organisation, approver: User, clerk: User) -> None:
    settings.KEHOACH_TRUST_DIR = str(pki.roots)
    settings.KEHOACH_TSA_URL = pki.tsa_url
    settings.KEHOACH_REVOCATION = "online"
    signature = ink_png((25, 55, 190), (900, 360))
    seal = ink_png((215, 25, 30), (425, 425), ring=True)
    signing.save_key(
        ward, approver, SigningKey.Holder.PERSON, pki.p12("leader"), PASSPHRASE, signature
    )
    signing.save_key(ward, clerk, SigningKey.Holder.ORGANISATION, pki.p12("org"), PASSPHRASE, seal)


@pytest.fixture
def approved(launched: Movement, nomination, council) -> Movement:
    awards.record_vote(nomination, 5, 0, 0)
    awards.decision_step(launched, "draft", SIGNER)
    awards.decision_step(launched, "approve")
    return launched


def post(client, user: User, name: str, movement: Movement, passphrase: str = PASSPHRASE):
    client.force_login(user)
    url = reverse(name, kwargs={"pk": movement.pk})
    return client.post(url, {"passphrase": passphrase}, follow=True).content.decode()


@pytest.mark.slow
def test_leader_signs_clerk_numbers_and_seals_and_both_signatures_hold(
    client, approved, approver, clerk, keys
) -> None:
    page = post(client, approver, "emulation:decision_sign", approved)
    assert "Lãnh đạo đã ký số quyết định." in page, page[page.find("msg") :][:400]
    decision = awards.decision_step(approved, "issue")
    page = post(client, clerk, "emulation:decision_seal", approved)
    assert "Đã ghi số, ngày và ký số của cơ quan vào quyết định." in page
    assert "Tải quyết định đã ký số (.pdf)" in page
    response = client.get(reverse("emulation:decision_signed", kwargs={"pk": approved.pk}))
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    fields = blanks.field_names(open_writer(pdf))
    symbol = approved.organisation.symbol_suffix
    assert str(fields[blanks.NUMBER_FIELD]["/V"]) == f"Số: {decision.number}/QĐ-{symbol}"
    assert f"ngày {decision.issued_on:%d} tháng" in str(fields[blanks.DATE_FIELD]["/V"])
    report = verify_pdf(pdf, "quyet-dinh.pdf", signing.trust())
    assert report.ok and [s.kind for s in report.signatures] == ["person", "organisation"]
    assert all(s.problems == [] for s in report.signatures)


def test_clerk_cannot_seal_before_the_leader_signs(client, approved, clerk, keys) -> None:
    awards.decision_step(approved, "issue")
    page = post(client, clerk, "emulation:decision_seal", approved)
    assert "Chưa ký: Lãnh đạo chưa ký số quyết định" in page
    assert not AwardDecision.objects.get(movement=approved).signed_pdf


def test_a_wrong_passphrase_signs_nothing_and_says_so(client, approved, approver, keys) -> None:
    page = post(client, approver, "emulation:decision_sign", approved, passphrase="sai")
    assert "Chưa ký: Không mở được tệp chứng thư số" in page
    assert not AwardDecision.objects.get(movement=approved).leader_pdf


def test_a_draft_decision_cannot_be_signed(client, launched, nomination, council, approver, keys):
    awards.record_vote(nomination, 5, 0, 0)
    awards.decision_step(launched, "draft", SIGNER)
    page = post(client, approver, "emulation:decision_sign", launched)
    assert "Chưa ký: Quyết định chưa được phê duyệt" in page


def test_the_clerk_sees_the_seal_form_once_the_leader_signed_and_the_number_is_given(
    client, approved, clerk, keys
) -> None:
    decision = awards.decision_step(approved, "issue")
    decision.leader_pdf.save("da-ky.pdf", ContentFile(b"%PDF-1.4 thu"))
    client.force_login(clerk)
    page = client.get(reverse("emulation:detail", kwargs={"pk": approved.pk})).content.decode()
    assert "Ghi số, ngày và ký số của cơ quan" in page
    assert f"Số {decision.number}/QĐ-" in page
