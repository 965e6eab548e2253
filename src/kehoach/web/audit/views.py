"""The audit log, readable by the approvers of each organisation."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kehoach.web import permissions
from kehoach.web.audit.log import action_label
from kehoach.web.audit.models import AuditEntry
from kehoach.web.orgs.people import person_name


def shown_actor(entry: AuditEntry) -> str:
    """The name kept with the entry; for entries written when a nameless account's login was kept
    as its name (the log cannot be rewritten), the person's name as it is now."""
    user = entry.user
    if user is not None and entry.actor_name in ("", user.get_username()):
        return person_name(user)
    return entry.actor_name


@login_required
def entry_list(request: HttpRequest) -> HttpResponse:
    readable = [
        o
        for o in permissions.organisations_of(request.user)
        if permissions.can_read_audit(request.user, o)
    ]
    if request.user.is_superuser:
        entries = AuditEntry.objects.all()
    elif readable:
        entries = AuditEntry.objects.filter(organisation__in=readable)
    else:
        raise PermissionDenied("Chỉ lãnh đạo cơ quan được xem nhật ký.")
    page = Paginator(entries.select_related("user", "organisation"), 50).get_page(
        request.GET.get("trang")
    )
    for entry in page.object_list:
        entry.label = action_label(entry.action)
        entry.actor = shown_actor(entry)
    return render(request, "audit/list.html", {"nav": "audit", "page": page})
