"""A database outage on any page: a 503 page in Vietnamese instead of a generic server error.

PostgreSQL down (or its connection lost) raises OperationalError or InterfaceError wherever the first
query happens, usually inside the view (loading the session, the user, the plan). The middleware
turns those into one clear page; `server_error` (handler500) does the same for the rare outage
met outside a view, e.g. when a middleware saves the session. The page is rendered without the
request's context processors, so it never queries the database it reports as down. Saves run in
transactions (core.db.atomic), so an outage leaves the user's data as it was.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views import defaults

DB_UNAVAILABLE = (
    "Cơ sở dữ liệu tạm thời không truy cập được; dữ liệu của bạn chưa bị thay đổi, "
    "vui lòng thử lại sau ít phút."
)
DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 120

logger = logging.getLogger("kehoach.web")


def unavailable_response() -> HttpResponse:
    """The 503 page; rendered without a request so that no context processor runs a query."""
    html = render_to_string("503.html", {"message": DB_UNAVAILABLE})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Every view: a database that cannot be reached gives the 503 page, not a traceback."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        logger.error("database unavailable on %s %s: %s", request.method, request.path, exception)
        return unavailable_response()


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the 503 page if the error in flight is a database outage, else Django's 500."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return unavailable_response()
    try:
        return defaults.server_error(request)
    except Exception:  # noqa: BLE001 - a broken 500 template must not hide the original error
        return HttpResponseServerError("Lỗi máy chủ (500).")
