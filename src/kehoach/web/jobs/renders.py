"""Files made by a worker while the person waits on a page that shows how far it got.

A page that needs a PDF calls `start` (one job per `key`, shared by everyone who asks for the same
file) and answers with `deliver`: the file when it is already made, otherwise the progress page
(`jobs:rendering`), which refreshes itself until the worker has finished. No request ever waits on
LibreOffice. The producers (what turns an object into bytes) live in `jobs.producers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import content_disposition_header
from django_tasks import task

from kehoach.errors import InputError
from kehoach.web.core.db import atomic
from kehoach.web.jobs.models import Rendering
from kehoach.web.jobs.policy import run_with_retries
from kehoach.web.jobs.producers import KINDS
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans.frozen import sha256

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Request:
    """What to make, for whom, and what to call it."""

    key: str
    kind: str
    object_id: int
    organisation: Organisation
    title: str
    file_name: str
    back_url: str = ""
    next_url: str = ""
    content_type: str = "application/pdf"
    content: bytes | None = None  # what the worker reads (an uploaded file), kept in `file`


def start(request: Request, user: Any) -> Rendering:
    """The rendering for `request.key`, queued in this transaction the first time it is asked for."""
    if request.kind not in KINDS:
        raise ValueError(f"unknown rendering kind {request.kind!r}")
    found = Rendering.objects.filter(key=request.key).first()
    if found is not None:
        return found
    with atomic():
        rendering, created = Rendering.objects.get_or_create(
            key=request.key,
            defaults={
                "kind": request.kind,
                "object_id": request.object_id,
                "organisation": request.organisation,
                "requested_by": user if getattr(user, "is_authenticated", False) else None,
                "title": request.title,
                "file_name": request.file_name,
                "back_url": request.back_url,
                "next_url": request.next_url,
                "content_type": request.content_type,
            },
        )
        if created:
            if request.content is not None:
                rendering.file.save(request.file_name, ContentFile(request.content))
            make_file.enqueue(rendering.pk)
    return rendering


def allowed(user: Any, rendering: Rendering) -> bool:
    """Whoever may see the object the file is made from, and nobody else."""
    kind = KINDS.get(rendering.kind)
    return kind is not None and kind.allowed(user, rendering.object_id)


def retry(rendering: Rendering) -> None:
    """Queue a failed rendering again (the person pressed "Thử lại")."""
    with atomic():
        updated = Rendering.objects.filter(pk=rendering.pk, status=Rendering.Status.FAILED).update(
            status=Rendering.Status.PENDING, error="", attempts=0
        )
        if updated:
            make_file.enqueue(rendering.pk)


def attachment(data: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def read_file(rendering: Rendering) -> bytes:
    with rendering.file.storage.open(rendering.file.name, "rb") as handle:
        data: bytes = handle.read()
    return data


class NotReady(Exception):
    """The worker has not made the file yet (or could not): the person waits for it."""

    def __init__(self, rendering: Rendering) -> None:
        super().__init__(rendering.title)
        self.rendering = rendering


def made_bytes(request: Request, user: Any, what: str) -> bytes:
    """The bytes a worker made for `request`, checked against the SHA-256 it recorded: what a
    signature is made over. Raises NotReady (and asks for the file) while it is not made; `what`
    names the file in the error ("các trang của bản sao")."""
    rendering = start(request, user)
    if rendering.status != Rendering.Status.READY:
        raise NotReady(rendering)
    data = read_file(rendering)
    if sha256(data) != rendering.sha256:
        raise InputError(f"{what} không còn khớp mã băm; báo quản trị hệ thống kiểm tra.")
    return data


def deliver(rendering: Rendering) -> HttpResponse | HttpResponseRedirect:
    """The file if it is made, else the page that waits for it."""
    if rendering.status == Rendering.Status.READY:
        if rendering.next_url:
            return redirect(rendering.next_url)
        if rendering.file:
            return attachment(read_file(rendering), rendering.content_type, rendering.file_name)
    return redirect("jobs:rendering", pk=rendering.pk)


def _mark(pk: int, **fields: Any) -> None:
    Rendering.objects.filter(pk=pk).update(**fields)


@task()
def make_file(rendering_pk: int, attempt: int = 1) -> str:
    """The job: run the rendering's producer and keep its bytes (retried, then marked failed)."""
    rendering = Rendering.objects.filter(pk=rendering_pk).first()
    if rendering is None or rendering.status == Rendering.Status.READY:
        return "đã có"
    _mark(rendering_pk, status=Rendering.Status.RUNNING, attempts=attempt)

    kind = KINDS[rendering.kind]

    def work() -> str:
        data = kind.produce(rendering)
        # A run that saved its file and was then lost (the job is run again) leaves it behind: the
        # new file replaces it, so a job run twice keeps one file.
        superseded = rendering.file.name if data is not None else ""
        with atomic():
            if data is not None:
                rendering.file.save(rendering.file_name, ContentFile(data), save=False)
                rendering.sha256 = sha256(data)
            rendering.status = Rendering.Status.READY
            rendering.error = ""
            rendering.finished_at = timezone.now()
            rendering.save(
                update_fields=[
                    "file",
                    "sha256",
                    "status",
                    "error",
                    "finished_at",
                    "next_url",
                    "notes",
                ]
            )
        if superseded and superseded != rendering.file.name:
            rendering.file.storage.delete(superseded)
        return rendering.sha256 or "đã lưu"

    try:
        return run_with_retries(
            make_file,
            work,
            rendering_pk,
            attempt=attempt,
            max_attempts=MAX_ATTEMPTS,
            seconds=kind.seconds,
            permanent=(InputError,),
        )
    except InputError as error:  # the file itself is the problem: say so, do not try again
        _mark(
            rendering_pk,
            status=Rendering.Status.FAILED,
            error=_sentence(error),
            finished_at=timezone.now(),
        )
        return "không đọc được"
    except Exception as error:
        failed = attempt >= MAX_ATTEMPTS
        _mark(
            rendering_pk,
            status=Rendering.Status.FAILED if failed else Rendering.Status.PENDING,
            error=_sentence(error),
            finished_at=timezone.now() if failed else None,
        )
        raise


def _sentence(error: Exception) -> str:
    """What the person reads on the progress page: the library's own Vietnamese message when there is
    one, otherwise a plain sentence (the traceback stays in the queue's record for the operator)."""
    text = str(error).strip()
    if text and not text.isascii():
        return text[:1].upper() + text[1:]
    return "Máy chủ chưa tạo được tệp. Hãy bấm “Thử lại”; nếu vẫn lỗi, báo quản trị hệ thống."
