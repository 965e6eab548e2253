"""File names of a plan's documents: ASCII, short, and saying what they are."""

from __future__ import annotations

import re

from django.utils.text import slugify

from kehoach.web.plans.models import Plan


def stem(plan: Plan) -> str:
    """ "KH-05-2025-to-chuc-cac-hoat-dong": type, number (or "du-thao"), year, title."""
    unnumbered = "du-thao" if plan.kind == Plan.Kind.OWN else "khong-so"
    parts = [
        plan.doc_type,
        plan.number or unnumbered,
        str(plan.year or ""),
        slugify(plan.title)[:50],
    ]
    return re.sub(r"-+", "-", "-".join(p for p in parts if p)).strip("-")


def file_name(plan: Plan, extension: str) -> str:
    return f"{stem(plan)}.{extension}"
