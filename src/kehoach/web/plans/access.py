"""Fetching a plan for a request: 404 when the user may not see it, 403 when the step is not theirs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from kehoach.web import permissions
from kehoach.web.plans.models import Plan


def plan_for(
    request: HttpRequest, pk: int, check: Callable[[Any, Plan], bool] | None = None
) -> Plan:
    plan = Plan.objects.select_related("organisation", "parent").filter(pk=pk).first()
    if plan is None or not permissions.can_view_plan(request.user, plan):
        raise Http404("Không tìm thấy kế hoạch.")
    if check is not None and not check(request.user, plan):
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này với kế hoạch này.")
    return plan
