"""The model of an administrative document: pure Python, no files, no Django."""

from kehoach.document.model import (
    Anniversary,
    Assignment,
    Plan,
    Reference,
    ReviewNote,
    Section,
    Signature,
)
from kehoach.document.serialise import SCHEMA, plan_from_dict, plan_to_dict

__all__ = [
    "SCHEMA",
    "Anniversary",
    "Assignment",
    "Plan",
    "Reference",
    "ReviewNote",
    "Section",
    "Signature",
    "plan_from_dict",
    "plan_to_dict",
]
