"""Template context shared by every page: the user's organisations for the navigation bar."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kehoach.web import permissions
from kehoach.web.inbox.waiting import unread, waiting_count


def _inbox_count(user: Any) -> int:
    """Things waiting plus unread notifications: the number beside "Việc cần làm" in the menu."""
    return waiting_count(user) + unread(user).count()


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_organisations": []}
    return {
        "nav_organisations": permissions.organisations_of(user),
        "nav_can_read_audit": permissions.can_read_any_audit(user),
        "nav_inbox": _inbox_count(user),
        "nav_can_read_register": any(
            permissions.can_read_register(user, o) for o in permissions.organisations_of(user)
        ),
    }
