"""The inbox page: what waits for the user, and their notifications (mark read)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from kehoach.web.inbox.models import Notification
from kehoach.web.inbox.waiting import unread, waiting_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    notifications = list(
        Notification.objects.filter(user=request.user).order_by("read_at", "-created_at")[:30]
    )
    return render(
        request,
        "inbox/home.html",
        {
            "nav": "inbox",
            "waiting": waiting_for(request.user, today),
            "notifications": notifications,
            "today": today,
        },
    )


@login_required
@require_POST
def read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one of the user's own notifications read and open what it is about."""
    notification = Notification.objects.filter(pk=pk, user=request.user).first()
    if notification is None:
        raise Http404("Không có thông báo này.")
    if notification.read_at is None:
        Notification.objects.filter(pk=pk).update(read_at=timezone.now())
    target = notification.url
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("inbox:home")


@login_required
@require_POST
def read_all(request: HttpRequest) -> HttpResponse:
    unread(request.user).update(read_at=timezone.now())
    return redirect("inbox:home")
