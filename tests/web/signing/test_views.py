"""The signing pages: keys checked on upload, the office's order on a real plan, a received signed PDF
verified beside the parsed plan, an electronic copy numbered from the register."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from kehoach.sign import copies
from kehoach.sign.verify import verify_pdf
from kehoach.web.audit.models import AuditEntry
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.plans import frozen
from kehoach.web.plans import services as plan_services
from kehoach.web.plans.models import IssuedDocument, Plan
from kehoach.web.signing.models import CopyRegister, ElectronicCopy, LeaderSignature, SigningKey
from kehoach.web.signing.services import trust
from sign.sign_helpers import PASSPHRASE
from web.fetch import fetch
from web.signing.conftest import SEAL_PNG, SIGNATURE_PNG

pytestmark = pytest.mark.django_db


def _key_form(p12: bytes, passphrase: str, image: bytes, holder: str = "person") -> dict:
    return {
        "holder": holder,
        "p12": SimpleUploadedFile("chung-thu.p12", p12),
        "passphrase": passphrase,
        "image": SimpleUploadedFile("anh.png", image, content_type="image/png"),
    }


def test_leader_uploads_a_key_and_the_passphrase_is_not_kept(client, ward, approver, site_trust):
    client.force_login(approver)
    url = reverse("signing:keys", kwargs={"org_pk": ward.pk})
    response = client.post(
        url, _key_form(site_trust.p12("leader"), PASSPHRASE, SIGNATURE_PNG), follow=True
    )
    assert "Đã lưu chứng thư số của Trần Văn Minh" in response.content.decode()
    key = SigningKey.objects.get()
    assert (key.user, key.holder, key.subject) == (approver, "person", "Trần Văn Minh")
    stored = io.BytesIO(frozen.read(key.p12)).read()
    assert PASSPHRASE.encode() not in stored and PASSPHRASE not in str(
        SigningKey.objects.values().get()
    )


def test_wrong_passphrase_saves_nothing_and_says_what_to_do(client, ward, approver, site_trust):
    client.force_login(approver)
    url = reverse("signing:keys", kwargs={"org_pk": ward.pk})
    response = client.post(
        url, _key_form(site_trust.p12("leader"), "sai", SIGNATURE_PNG), follow=True
    )
    assert "sai mật khẩu" in response.content.decode()
    assert not SigningKey.objects.exists()


def test_revoked_certificate_is_refused_on_upload(client, ward, approver, site_trust):
    client.force_login(approver)
    url = reverse("signing:keys", kwargs={"org_pk": ward.pk})
    response = client.post(
        url, _key_form(site_trust.p12("revoked"), PASSPHRASE, SIGNATURE_PNG), follow=True
    )
    assert "đã bị thu hồi" in response.content.decode()
    assert not SigningKey.objects.exists()


def test_seal_image_as_a_signature_is_refused(client, ward, approver, site_trust):
    client.force_login(approver)
    url = reverse("signing:keys", kwargs={"org_pk": ward.pk})
    response = client.post(
        url, _key_form(site_trust.p12("leader"), PASSPHRASE, SEAL_PNG), follow=True
    )
    assert "màu xanh" in response.content.decode()


def test_a_leader_cannot_store_the_organisations_key(client, ward, approver, site_trust):
    client.force_login(approver)
    url = reverse("signing:keys", kwargs={"org_pk": ward.pk})
    form = _key_form(site_trust.p12("org"), PASSPHRASE, SEAL_PNG, holder="organisation")
    client.post(url, form)
    assert not SigningKey.objects.exists()


def _receive(client, ward, drafter, pdf: bytes) -> Plan:
    client.force_login(drafter)
    upload = SimpleUploadedFile("ke-hoach-cap-tren.pdf", pdf, content_type="application/pdf")
    client.post(reverse("plans:upload"), {"organisation": ward.pk, "file": upload})
    call_command("run_worker", "--batch", verbosity=0)  # a worker reads an uploaded PDF
    return Plan.objects.get(kind=Plan.Kind.UPPER)


def test_received_signed_pdf_shows_both_signatures_beside_the_plan(
    client, ward, drafter, issued_pdf, site_trust
):
    plan = _receive(client, ward, drafter, issued_pdf)
    page = client.get(reverse("plans:detail", kwargs={"pk": plan.pk})).content.decode()
    assert page.count("Văn bản còn nguyên vẹn từ khi ký.") == 2
    assert "Chữ ký số của người ký:</strong>\n    Trần Văn Minh" in page
    assert "Chữ ký số của cơ quan:</strong>\n    Ủy ban nhân dân phường An Biên" in page
    assert "Cả 2 chữ ký số đều hợp lệ." in page
    assert "Văn thư ghi:</strong> Số: 05/KH-UBND; An Biên, ngày 06 tháng 01 năm 2025" in page
    assert "Nội dung đã nhận dạng" in page  # the parsed plan is on the same page


def test_received_pdf_from_an_untrusted_ca_says_so(
    client, ward, drafter, issued_pdf, pki, settings
):
    settings.KEHOACH_TRUST_DIR = str(pki.other_roots)
    plan = _receive(client, ward, drafter, issued_pdf)
    page = client.get(reverse("signing:plan", kwargs={"pk": plan.pk})).content.decode()
    assert page.count("Chứng thư không thuộc tổ chức chứng thực được tin cậy.") == 2
    assert "đều hợp lệ" not in page


def test_received_unsigned_pdf_says_it_has_no_signature(
    client, ward, drafter, plan_pdf, site_trust
):
    plan = _receive(client, ward, drafter, plan_pdf)
    page = client.get(reverse("plans:detail", kwargs={"pk": plan.pk})).content.decode()
    assert "Văn bản không có chữ ký số." in page


def test_clerk_copies_a_received_pdf_with_numbers_from_the_register(
    client, ward, drafter, clerk, issued_pdf, keys, site_trust
):
    plan = _receive(client, ward, drafter, issued_pdf)
    client.force_login(clerk)
    client.get(reverse("signing:plan", kwargs={"pk": plan.pk}))  # a worker draws the pages
    call_command("run_worker", "--batch", verbosity=0)
    url = reverse("signing:copy", kwargs={"pk": plan.pk})
    client.post(url, {"passphrase": PASSPHRASE})
    response = client.post(url, {"passphrase": PASSPHRASE}, follow=True)
    assert "Đã tạo bản sao điện tử số 02/SY" in response.content.decode()
    copy = ElectronicCopy.objects.get(number=2)
    data = client.get(reverse("signing:copy_file", kwargs={"pk": copy.pk})).content
    report = verify_pdf(data, "ban-sao.pdf", trust())
    assert report.ok and [s.kind for s in report.signatures] == ["organisation"]


@pytest.mark.slow
def test_leader_signs_then_clerk_numbers_and_seals(
    client, approved, approver, clerk, keys, site_trust
):
    client.force_login(approver)
    client.get(
        reverse("signing:plan", kwargs={"pk": approved.pk})
    )  # a worker makes the PDF to sign
    call_command("run_worker", "--batch", verbosity=0)
    response = client.post(
        reverse("signing:sign", kwargs={"pk": approved.pk}), {"passphrase": PASSPHRASE}, follow=True
    )
    assert "Lãnh đạo đã ký số kế hoạch." in response.content.decode()
    assert LeaderSignature.objects.filter(plan=approved).exists()
    issued = plan_services.issue_plan(approved, approver)
    client.force_login(clerk)
    response = client.post(
        reverse("signing:seal", kwargs={"pk": issued.pk}), {"passphrase": PASSPHRASE}, follow=True
    )
    page = response.content.decode()
    assert "Đã ghi số, ngày và ký số của cơ quan." in page, page[page.find("msg") :][:400]
    assert IssuedDocument.objects.get(plan=issued).pdf_signed
    pdf = fetch(client, reverse("plans:download", kwargs={"pk": issued.pk, "fmt": "pdf"})).content
    report = verify_pdf(pdf, "ban-hanh.pdf", trust())
    assert report.ok and [s.kind for s in report.signatures] == ["person", "organisation"]


def test_wrong_passphrase_when_signing_is_one_message(client, approved, approver, keys):
    client.force_login(approver)
    response = client.post(
        reverse("signing:sign", kwargs={"pk": approved.pk}), {"passphrase": "sai"}, follow=True
    )
    assert "Chưa ký: Không mở được tệp chứng thư số" in response.content.decode()
    assert not LeaderSignature.objects.exists()


def test_clerk_cannot_seal_before_the_leader_signs(client, issued, clerk, keys):
    client.force_login(clerk)
    response = client.post(
        reverse("signing:seal", kwargs={"pk": issued.pk}), {"passphrase": PASSPHRASE}, follow=True
    )
    assert "Chưa ký: Lãnh đạo chưa ký số" in response.content.decode()
    assert not IssuedDocument.objects.get(plan=issued).pdf_signed


def _no_libreoffice_or_drawing(monkeypatch) -> None:
    """The request may neither start LibreOffice nor draw pages: both are the worker's."""

    def refuse(*args, **kwargs):
        raise AssertionError("the request made a PDF or drew pages itself")

    monkeypatch.setattr(frozen, "docx_to_pdf", refuse)
    monkeypatch.setattr(copies, "raster_pdf", refuse)


def _copy_url(plan: Plan) -> str:
    return reverse("signing:copy", kwargs={"pk": plan.pk})


def test_a_copy_of_an_issued_plan_without_its_pdf_is_queued_not_made(
    client, issued, clerk, keys, monkeypatch
):
    _no_libreoffice_or_drawing(monkeypatch)
    client.force_login(clerk)
    response = client.post(_copy_url(issued), {"passphrase": PASSPHRASE})
    rendering = Rendering.objects.get(kind="copy-pages")
    assert response.status_code == 302
    assert response.url == reverse("jobs:rendering", kwargs={"pk": rendering.pk})
    assert not frozen.frozen(issued).pdf and not rendering.file
    assert not ElectronicCopy.objects.exists() and not CopyRegister.objects.exists()
    queued = DBTaskResult.objects.filter(task_path__endswith="renders.make_file")
    assert [job.args_kwargs["args"] for job in queued] == [[rendering.pk]]
    assert PASSPHRASE not in str(list(DBTaskResult.objects.values()))  # never kept for the worker
    page = client.get(response.url).content.decode()
    assert "nhập mật khẩu chứng thư số một lần nữa" in page and "Đang chờ đến lượt" in page


def test_a_wrong_passphrase_is_said_before_anything_is_queued(client, issued, clerk, keys):
    client.force_login(clerk)
    response = client.post(_copy_url(issued), {"passphrase": "sai"})
    assert not Rendering.objects.filter(kind="copy-pages").exists()
    assert not ElectronicCopy.objects.exists() and not CopyRegister.objects.exists()
    page = client.get(response.url).content.decode()
    assert "Chưa ký: Không mở được tệp chứng thư số" in page


def test_the_signing_page_asks_a_worker_for_the_pages_and_waits(
    client, issued, clerk, keys, monkeypatch
):
    _no_libreoffice_or_drawing(monkeypatch)
    client.force_login(clerk)
    page = client.get(reverse("signing:plan", kwargs={"pk": issued.pk})).content.decode()
    assert "Máy chủ đang chuẩn bị các trang của bản sao" in page
    assert 'http-equiv="refresh"' in page and 'id="form-sao-y"' not in page
    assert Rendering.objects.get(kind="copy-pages").status == Rendering.Status.PENDING


@pytest.mark.slow
def test_after_the_worker_the_copy_is_signed_once_with_its_hash(
    client, issued, clerk, keys, site_trust
):
    client.force_login(clerk)
    waiting = client.post(_copy_url(issued), {"passphrase": PASSPHRASE}).url
    call_command("run_worker", "--batch", verbosity=0)  # LibreOffice, then the pages, on a worker
    back = client.get(waiting)
    page_url = reverse("signing:plan", kwargs={"pk": issued.pk})
    assert back.status_code == 302 and back.url == f"{page_url}#form-sao-y"
    page = client.get(back.url).content.decode()
    assert "Các trang của bản sao đã sẵn sàng" in page and 'id="form-sao-y"' in page
    assert frozen.frozen(issued).pdf  # the issued PDF was made once, by the worker, and kept
    response = client.post(_copy_url(issued), {"passphrase": PASSPHRASE}, follow=True)
    assert "Đã tạo bản sao điện tử số 01/SY" in response.content.decode()
    copy = ElectronicCopy.objects.get()
    data = frozen.read(copy.pdf)
    assert frozen.sha256(data) == copy.pdf_sha256
    report = verify_pdf(data, "ban-sao.pdf", trust())
    assert report.ok and [s.kind for s in report.signatures] == ["organisation"]
    assert AuditEntry.objects.filter(action="plan.copy", object_id=issued.pk).count() == 1

    rendering = Rendering.objects.get(kind="copy-pages")
    renders.make_file.call(rendering.pk, attempt=2)  # the queue runs the job again
    Rendering.objects.filter(pk=rendering.pk).update(status=Rendering.Status.PENDING)
    renders.make_file.call(rendering.pk, attempt=2)  # ... even after a worker was lost mid-job
    assert Rendering.objects.filter(kind="copy-pages").count() == 1
    assert ElectronicCopy.objects.count() == 1
    assert CopyRegister.objects.get().last_number == 1


def test_before_the_seal_the_copy_waits_for_it_and_the_page_stays_still(
    client, issued, approver, clerk, keys
):
    signature = LeaderSignature(plan=issued, pdf_sha256="0" * 64, signed_by=approver)
    signature.pdf.save("lanh-dao-ky.pdf", ContentFile(b"%PDF-1.7 thu"), save=False)
    signature.save()
    client.force_login(clerk)
    page = client.get(reverse("signing:plan", kwargs={"pk": issued.pk})).content.decode()
    assert "hãy ghi số, ngày và ký số của cơ quan trước, rồi tạo bản sao" in page
    assert 'id="form-dong-dau"' in page and 'http-equiv="refresh"' not in page
    assert not Rendering.objects.filter(kind="copy-pages").exists()
