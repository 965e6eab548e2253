"""The Quyết định khen thưởng signed in the office's order on the tests' PKI (certomancer): a worker
makes the PDF the leader signs (never the request), the leader signs the approved decision, the Văn
thư writes number and date and seals the issued one, and the PDF downloaded carries both signatures,
intact and trusted."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from kehoach.errors import InputError
from kehoach.sign import blanks
from kehoach.sign.pades import open_writer
from kehoach.sign.verify import verify_pdf
from kehoach.web.emulation import awards
from kehoach.web.emulation import signing as decision_signing
from kehoach.web.emulation.models import AwardDecision, Movement
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
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


def _no_libreoffice(monkeypatch) -> None:
    """The request may not start LibreOffice: the decision's PDF is the worker's."""

    def refuse(*args, **kwargs):
        raise AssertionError("the request made the decision's PDF itself")

    monkeypatch.setattr(decision_signing, "docx_to_pdf", refuse)


def _files_beside(name: str) -> list[str]:
    return default_storage.listdir(str(PurePosixPath(name).parent))[1]


def _page(client, user: User, movement: Movement) -> str:
    client.force_login(user)
    return client.get(reverse("emulation:detail", kwargs={"pk": movement.pk})).content.decode()


def test_the_page_asks_a_worker_for_the_pdf_and_waits(
    client, approved, approver, keys, monkeypatch
) -> None:
    _no_libreoffice(monkeypatch)
    page = _page(client, approver, approved)
    assert "Máy chủ đang tạo bản PDF của quyết định để ký" in page
    assert 'http-equiv="refresh"' in page and 'id="form-ky-quyet-dinh"' not in page
    rendering = Rendering.objects.get(kind="decision-pdf")
    assert rendering.status == Rendering.Status.PENDING and not rendering.file
    _page(client, approver, approved)  # opened again: the same job, not a second one
    queued = DBTaskResult.objects.filter(task_path__endswith="renders.make_file")
    assert [job.args_kwargs["args"] for job in queued] == [[rendering.pk]]


def test_a_decision_signed_before_its_pdf_is_made_waits_for_it(
    client, approved, approver, keys, monkeypatch
) -> None:
    _no_libreoffice(monkeypatch)
    client.force_login(approver)
    url = reverse("emulation:decision_sign", kwargs={"pk": approved.pk})
    response = client.post(url, {"passphrase": PASSPHRASE})
    rendering = Rendering.objects.get(kind="decision-pdf")
    assert response.status_code == 302
    assert response.url == reverse("jobs:rendering", kwargs={"pk": rendering.pk})
    assert not AwardDecision.objects.get(movement=approved).leader_pdf
    assert PASSPHRASE not in str(list(DBTaskResult.objects.values()))  # never kept for the worker
    page = client.get(response.url).content.decode()
    assert "nhập mật khẩu chứng thư số một lần nữa" in page and "Đang chờ đến lượt" in page


def test_the_worker_refuses_a_pdf_of_a_decision_that_changed(approved, monkeypatch) -> None:
    _no_libreoffice(monkeypatch)
    decision = approved.decision
    key = decision_signing.pdf_key(approved, decision)
    assert decision_signing.pdf_key(approved, decision) == key  # the same decision, the same name
    approved.nominations.update(name="Nguyễn Thị Lan Anh")
    assert decision_signing.pdf_key(approved, decision) != key
    with pytest.raises(InputError, match="quyết định đã thay đổi"):
        decision_signing.unsigned_pdf(approved, decision, key)


@pytest.mark.slow
def test_leader_signs_clerk_numbers_and_seals_and_both_signatures_hold(
    client, approved, approver, clerk, keys
) -> None:
    _page(client, approver, approved)  # asks a worker for the PDF to sign
    call_command("run_worker", "--batch", verbosity=0)  # LibreOffice, on the worker
    rendering = Rendering.objects.get(kind="decision-pdf")
    waiting = client.get(reverse("jobs:rendering", kwargs={"pk": rendering.pk}))
    detail = reverse("emulation:detail", kwargs={"pk": approved.pk})
    assert waiting.status_code == 302 and waiting.url == f"{detail}#form-ky-quyet-dinh"
    page = client.get(waiting.url).content.decode()
    assert "Bản PDF của quyết định đã sẵn sàng" in page and 'id="form-ky-quyet-dinh"' in page
    assert 'http-equiv="refresh"' not in page
    page = post(client, approver, "emulation:decision_sign", approved)
    assert "Lãnh đạo đã ký số quyết định." in page, page[page.find("msg") :][:400]

    first = Rendering.objects.get(pk=rendering.pk).file.name
    before = _files_beside(first)
    renders.make_file.call(rendering.pk, attempt=2)  # the queue runs the job again
    Rendering.objects.filter(pk=rendering.pk).update(status=Rendering.Status.PENDING)
    renders.make_file.call(rendering.pk, attempt=2)  # ... even after a worker was lost mid-job
    current = Rendering.objects.get(kind="decision-pdf").file.name  # still one rendering
    assert len(_files_beside(first)) == len(before) and default_storage.exists(current)
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


def test_a_wrong_passphrase_is_said_before_any_pdf_is_asked_for(client, approved, approver, keys):
    client.force_login(approver)
    url = reverse("emulation:decision_sign", kwargs={"pk": approved.pk})
    response = client.post(url, {"passphrase": "sai"})
    assert response.url == reverse("emulation:detail", kwargs={"pk": approved.pk})
    assert not Rendering.objects.filter(kind="decision-pdf").exists()


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
