"""Template context shared by every page: what the menu shows (the inbox count among it).

Every page pays for this, so it costs at most three queries: the user's memberships (cached on the
user for the request), the reporter units, and one aggregated count of "Việc cần làm".
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kehoach.web import permissions
from kehoach.web.inbox.waiting import count_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_organisations": []}
    return {
        # a callable: templates that want the organisations call it; the menu itself does not
        "nav_organisations": lambda: permissions.organisations_of(user),
        "nav_can_read_audit": permissions.can_read_any_audit(user),
        "nav_inbox": count_for(user),
        "nav_can_read_register": permissions.can_read_any_register(user),
    }
