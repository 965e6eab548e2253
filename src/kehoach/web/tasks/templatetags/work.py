"""Template helpers other apps' pages use to link to tasks and progress without knowing the rules."""

from __future__ import annotations

from typing import Any

from django import template

from kehoach.web.plans.models import Plan
from kehoach.web.tasks import access

register = template.Library()


@register.filter
def progress_visible(plan: Plan, user: Any) -> bool:
    """Show the "Tiến độ" link on a plan's page to those who may open its dashboard."""
    return isinstance(plan, Plan) and access.can_view_progress(user, plan)


@register.filter
def so(value: Any) -> str:
    """ "1.500": whole numbers with the Vietnamese thousands separator."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return ""
