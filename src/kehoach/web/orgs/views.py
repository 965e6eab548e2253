"""The organisations a user belongs to: their units and people (who to ask, who approves)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kehoach.web import permissions
from kehoach.web.orgs.models import Membership


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    organisations = permissions.organisations_of(request.user)
    cards = []
    for org in organisations:
        members = (
            Membership.objects.filter(organisation=org)
            .select_related("user", "unit")
            .order_by("role", "user__username")
        )
        cards.append(
            {
                "org": org,
                "roles": sorted(
                    Membership.Role(r).label for r in permissions.roles_in(request.user, org)
                ),
                "units": org.units.all(),
                "members": members,
                "children": org.children.all(),
            }
        )
    return render(request, "orgs/mine.html", {"nav": "orgs", "cards": cards})
