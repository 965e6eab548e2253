"""Duplicates: the same file uploaded twice, our own issued plan uploaded as an upper level's, or a
second draft from one upper plan. Each is found and the existing plan is offered instead.

Files are compared by the SHA-256 of their bytes (the upload's original, the issued .docx and .pdf);
a re-exported copy of our own plan is recognised by its number, symbol and year in the register.
"""

from __future__ import annotations

from django.db.models import Q

from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.text import fold
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans.models import Plan


def same_upload(organisation: Organisation, digest: str) -> Plan | None:
    """A plan of the organisation made from exactly these bytes."""
    return (
        Plan.objects.filter(organisation=organisation, source_sha256=digest).order_by("pk").first()
    )


def own_issued(organisation: Organisation, digest: str, document: DocumentPlan) -> Plan | None:
    """Our own issued plan, by its frozen files' digests or by its number in the register."""
    own = Plan.objects.filter(
        organisation=organisation, kind=Plan.Kind.OWN, issued_at__isnull=False
    )
    found = own.filter(
        Q(issued_document__docx_sha256=digest)
        | Q(issued_document__pdf_sha256=digest)
        | Q(issued_document__unsigned_pdf_sha256=digest)
    ).first()
    if found is not None or not document.number or not document.issuer:
        return found
    year = document.year or (document.date.year if document.date else None)
    candidates = own.filter(
        number=document.number.lstrip("0").rjust(2, "0"),
        symbol__iexact=(document.symbol or ""),
        year=year,
    )
    # The same number and symbol from another body (the city's 05/KH-UBND) is not ours.
    return next((p for p in candidates if fold(p.issuer) == fold(document.issuer)), None)


def drafts_from(upper: Plan) -> list[Plan]:
    """Our plans already made from this upper plan (any status)."""
    return list(upper.implementations.filter(kind=Plan.Kind.OWN).order_by("pk"))
