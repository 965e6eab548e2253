"""`{% signing_panel plan user %}`: the plan's signatures beside the plan (plans/detail.html)."""

from __future__ import annotations

from typing import Any

from django import template

from kehoach.web.plans.models import Plan
from kehoach.web.signing import services
from kehoach.web.signing.models import LeaderSignature

register = template.Library()


@register.inclusion_tag("signing/_panel.html")
def signing_panel(plan: Plan, user: Any) -> dict[str, Any]:
    report = services.check_received(plan) if plan.kind == Plan.Kind.UPPER else None
    leader = (
        LeaderSignature.objects.filter(plan=plan).first() if plan.kind == Plan.Kind.OWN else None
    )
    return {"plan": plan, "report": report, "leader": leader}
