"""A PDF is a worker's job: the request answers at once with a page that waits, the worker makes the
file once for everyone who asks, and a failure is shown in Vietnamese with "Thử lại"."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from kehoach.errors import InputError
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.plans import frozen, services
from kehoach.web.plans.models import Plan

pytestmark = pytest.mark.django_db(transaction=True)


def _pdf_url(plan) -> str:
    return reverse("plans:download", kwargs={"pk": plan.pk, "fmt": "pdf"})


def _render_jobs() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="renders.make_file").count()


def test_a_draft_pdf_answers_with_the_waiting_page(client, drafter, draft):
    client.force_login(drafter)
    response = client.get(_pdf_url(draft))
    rendering = Rendering.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("jobs:rendering", kwargs={"pk": rendering.pk})
    page = client.get(response.url).content.decode()
    assert "Đang chờ đến lượt" in page and 'http-equiv="refresh"' in page


def test_two_requests_for_the_same_version_share_one_job(client, drafter, approver, draft):
    client.force_login(drafter)
    client.get(_pdf_url(draft))
    client.force_login(approver)
    client.get(_pdf_url(draft))
    assert Rendering.objects.count() == 1 and _render_jobs() == 1


def test_a_new_version_gets_its_own_file(client, drafter, draft):
    client.force_login(drafter)
    client.get(_pdf_url(draft))
    services.save_plan(draft, draft.document(), draft.version, drafter)
    draft.refresh_from_db()
    client.get(_pdf_url(draft))
    assert Rendering.objects.count() == 2 and _render_jobs() == 2


@pytest.mark.slow
def test_the_worker_makes_the_file_and_the_page_offers_it(client, drafter, draft):
    client.force_login(drafter)
    waiting = client.get(_pdf_url(draft)).url
    call_command("run_worker", "--batch", verbosity=0)
    page = client.get(waiting).content.decode()
    assert "Tệp đã sẵn sàng" in page and 'http-equiv="refresh"' not in page
    response = client.get(_pdf_url(draft))
    assert response["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert draft.title.split()[0] in text


@pytest.mark.slow
def test_an_issued_plan_waits_once_then_serves_its_frozen_pdf(client, approver, issued, settings):
    client.force_login(approver)
    first = client.get(_pdf_url(issued))
    assert first.status_code == 302 and "/tep/" in first.url
    call_command("run_worker", "--batch", verbosity=0)
    again = client.get(_pdf_url(issued))
    assert again.status_code == 200 and again.content.startswith(b"%PDF-")


def test_a_failed_job_says_what_to_do_and_can_be_retried(client, drafter, draft):
    client.force_login(drafter)
    waiting = client.get(_pdf_url(draft)).url
    rendering = Rendering.objects.get()
    good = Plan.objects.get(pk=draft.pk).data
    Plan.objects.filter(pk=draft.pk).update(data={"sections": "hỏng"})  # a damaged row
    with pytest.raises(AttributeError):
        renders.make_file.call(rendering.pk, attempt=renders.MAX_ATTEMPTS)
    page = client.get(waiting).content.decode()
    assert "Không tạo được tệp" in page and "Thử lại" in page
    assert "DoesNotExist" not in page and "Traceback" not in page
    Plan.objects.filter(pk=draft.pk).update(data=good)
    client.post(reverse("jobs:rendering_retry", kwargs={"pk": rendering.pk}))
    assert Rendering.objects.get().status == Rendering.Status.PENDING
    assert _render_jobs() == 2


def test_the_file_of_an_unfinished_job_sends_back_to_the_waiting_page(client, drafter, draft):
    client.force_login(drafter)
    waiting = client.get(_pdf_url(draft)).url
    rendering = Rendering.objects.get()
    response = client.get(reverse("jobs:rendering_file", kwargs={"pk": rendering.pk}))
    assert response.status_code == 302 and response.url == waiting


def _made(ward, drafter, key: str, content: bytes, recorded: bytes) -> renders.Request:
    """A file the worker made (`content`) and the hash it recorded (that of `recorded`)."""
    request = renders.Request(
        key, "unsigned-pdf", 1, ward, "Bản PDF để ký", "de-ky.pdf", content=content
    )
    rendering = renders.start(request, drafter)
    Rendering.objects.filter(pk=rendering.pk).update(
        status=Rendering.Status.READY, sha256=frozen.sha256(recorded)
    )
    return request


def test_signing_waits_for_a_file_not_yet_made(ward, drafter):
    request = renders.Request("test:waiting", "unsigned-pdf", 1, ward, "Bản PDF", "de-ky.pdf")
    with pytest.raises(renders.NotReady) as waiting:
        renders.made_bytes(request, drafter, "bản PDF để ký")
    assert waiting.value.rendering.status == Rendering.Status.PENDING


def test_signing_takes_the_made_file_as_it_was_made(ward, drafter):
    request = _made(ward, drafter, "test:same", b"%PDF-1.7 a", b"%PDF-1.7 a")
    assert renders.made_bytes(request, drafter, "bản PDF để ký") == b"%PDF-1.7 a"


def test_signing_refuses_a_file_changed_since_it_was_made(ward, drafter):
    request = _made(ward, drafter, "test:changed", b"%PDF-1.7 b", b"%PDF-1.7 c")
    with pytest.raises(InputError, match="bản PDF để ký không còn khớp mã băm"):
        renders.made_bytes(request, drafter, "bản PDF để ký")
