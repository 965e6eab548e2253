"""Opening what a notification points to reads it: the plan or report page opened from the plan
list, the menu or the e-mail digest clears its notification as the click in the inbox does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from kehoach.web.core.unavailable import DATABASE_ERRORS
from kehoach.web.inbox.models import Notification


def _pointing_at(request: HttpRequest) -> Q:
    """Notifications whose link is this page (a link may end in "#anchor", which never reaches us)."""
    pages = {request.path, request.get_full_path()}
    query = Q(url__in=pages)
    for page in pages:
        query |= Q(url__startswith=page + "#")
    return query


def mark_read_on_visit(request: HttpRequest) -> int:
    """Mark the user's unread notifications about this page read; returns how many.

    A read first (indexed on user and read_at), a write only when there is something to mark: a
    page view never takes SQLite's write lock for nothing."""
    user = getattr(request, "user", None)
    if request.method != "GET" or user is None or not user.is_authenticated:
        return 0
    unread = Notification.objects.filter(user=user, read_at__isnull=True).filter(
        _pointing_at(request)
    )
    ids = list(unread.values_list("pk", flat=True)[:50])
    if not ids:
        return 0
    return Notification.objects.filter(pk__in=ids, read_at__isnull=True).update(
        read_at=timezone.now()
    )


class ReadOnVisitMiddleware:
    """Runs before the view, so the menu's count on the opened page already leaves it out."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> None:
        try:
            mark_read_on_visit(request)
        except DATABASE_ERRORS:  # an outage: the view meets it too and answers with the 503 page
            return
