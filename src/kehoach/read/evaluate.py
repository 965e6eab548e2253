"""Field-by-field comparison of a parsed plan with what a person reads in the file.

The measure of the reader on plans it has not seen (docs/reading-evaluation.md): each field a user
relies on, in a form a person can write down in JSON (dates as ISO strings, lists as lists), compared
whole: a field with one wrong word is a wrong field.
"""

from __future__ import annotations

from typing import Any

from kehoach.document.model import Plan

FIELDS = (
    "number", "symbol", "date", "month", "year", "place", "issuer", "parent_issuer", "title",
    "attachment_note", "bases", "sections", "units", "recipients", "recipient_lines", "archive",
    "signature", "appendices",
)  # fmt: skip


def field_values(plan: Plan) -> dict[str, Any]:
    """The plan's fields as a person would write them down."""
    signature = plan.signature
    return {
        "number": plan.number,
        "symbol": plan.symbol,
        "date": plan.date.isoformat() if plan.date else None,
        "month": plan.month,
        "year": plan.year,
        "place": plan.place,
        "issuer": plan.issuer,
        "parent_issuer": plan.parent_issuer,
        "title": plan.title,
        "attachment_note": plan.attachment_note,
        "bases": [
            [ref.number, ref.date.isoformat() if ref.date else None, ref.issuer]
            for ref in plan.bases
        ],
        "sections": [f"{section.number}. {section.title}" for section in plan.sections],
        "units": [[a.unit, a.role] for a in plan.assignments],
        "recipients": plan.recipients,
        "recipient_lines": plan.recipient_lines,
        "archive": plan.archive,
        "signature": [
            signature.authority,
            signature.body,
            signature.capacity,
            signature.head,
            signature.title,
            signature.name,
        ]
        if signature
        else None,
        "appendices": [[a.number, a.title, len(a.tables)] for a in plan.appendices],
    }


def compare(expected: dict[str, Any], plan: Plan) -> dict[str, bool]:
    """For each field `expected` names, whether the plan has exactly that value."""
    got = field_values(plan)
    return {name: got[name] == value for name, value in expected.items()}
