"""The page a person waits on while a worker makes their file, the file itself, and "Thử lại"."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.jobs.producers import KINDS

REFRESH_SECONDS = 2


def _rendering_for(user: Any, pk: int) -> Rendering:
    """The rendering, or 404 for anyone who may not see what it is made from (no hint it exists)."""
    rendering = Rendering.objects.filter(pk=pk).first()
    if rendering is None or not renders.allowed(user, rendering):
        raise Http404("Không tìm thấy tệp này.")
    return rendering


@login_required
def status(request: HttpRequest, pk: int) -> HttpResponse:
    rendering = _rendering_for(request.user, pk)
    if rendering.status == Rendering.Status.READY and KINDS[rendering.kind].opens_page:
        for level, text in rendering.notes:
            messages.add_message(request, level, text)
        return redirect(rendering.next_url)
    waiting = rendering.status in (Rendering.Status.PENDING, Rendering.Status.RUNNING)
    context = {
        "kind": KINDS[rendering.kind],
        "rendering": rendering,
        "waiting": waiting,
        "refresh": REFRESH_SECONDS,
        "ready": rendering.status == Rendering.Status.READY,
        "failed": rendering.status == Rendering.Status.FAILED,
    }
    return render(request, "jobs/rendering.html", context)


@login_required
def download(request: HttpRequest, pk: int) -> HttpResponse:
    rendering = _rendering_for(request.user, pk)
    if rendering.status != Rendering.Status.READY:
        return redirect("jobs:rendering", pk=pk)
    return renders.deliver(rendering)


@login_required
@require_POST
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    rendering = _rendering_for(request.user, pk)
    renders.retry(rendering)
    return redirect("jobs:rendering", pk=pk)
