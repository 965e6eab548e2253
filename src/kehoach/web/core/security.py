"""Headers every page carries, and the page shown to a locked-out login.

The Content-Security-Policy allows only our own scripts, styles and images (inline styles for the
templates' small layout touches); views that serve user files set a stricter one of their own, which
is kept. Login throttling itself is django-axes (settings.AXES_*); this module gives its lock-out a
Vietnamese page with status 429.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

DEFAULT_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = getattr(settings, "KEHOACH_CONTENT_SECURITY_POLICY", DEFAULT_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check for logins made through a request (every login form of the site).

    Code that authenticates without a request (management commands, the test client's login) has no
    address to count and is not throttled, instead of failing as django-axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):  # type: ignore[no-untyped-def]
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request: HttpRequest, credentials: dict[str, Any] | None = None, *args: Any,
               **kwargs: Any) -> HttpResponse:  # fmt: skip
    """django-axes' lock-out response: what happened and what to do, in Vietnamese."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "registration/locked_out.html", context, status=429)
