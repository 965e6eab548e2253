"""Issuing queues the PDF in the same transaction; a worker makes it from the frozen .docx."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from kehoach.web.plans import frozen

pytestmark = pytest.mark.django_db(transaction=True)


def test_issuing_queues_the_pdf_without_making_it(issued):
    job = DBTaskResult.objects.get()
    assert job.task_path.endswith("frozen.make_issued_pdf")
    assert job.args_kwargs["args"] == [issued.pk]
    assert not frozen.frozen(issued).pdf


@pytest.mark.slow
def test_the_worker_makes_the_issued_pdf_once(issued):
    call_command("run_worker", "--batch", verbosity=0)
    document = frozen.frozen(issued)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert frozen.read(document.pdf).startswith(b"%PDF-")
    assert frozen.sha256(frozen.read(document.pdf)) == document.pdf_sha256
