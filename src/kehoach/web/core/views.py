"""The home page: where a user lands after logging in."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Everyone lands on "Việc cần làm": what waits for them, whatever their role (issue 15)."""
    return redirect("inbox:home")
