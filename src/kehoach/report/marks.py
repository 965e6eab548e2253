"""Sentences a person still has to write: marked in the draft, listed for the drafter.

The draft says plainly where a human judgement is needed ("[Cần viết: ...]"); every such mark is also a
review note, so the editor lists them and nothing is issued with one left in.
"""

from __future__ import annotations

import re

from kehoach.document.model import Plan

OPEN = "[Cần viết: "
CLOSE = "]"
_MARK = re.compile(r"\[Cần viết: ([^\]]+)\]")


def to_write(what: str) -> str:
    """The marked place for a sentence a person writes: "[Cần viết: ưu điểm nổi bật …]"."""
    return f"{OPEN}{what.rstrip('. ')}{CLOSE}"


def marks_in(text: str) -> list[str]:
    return _MARK.findall(text or "")


def still_to_write(plan: Plan) -> list[tuple[str, str]]:
    """(where, what) for every marked sentence of the document, in document order."""
    found: list[tuple[str, str]] = []
    for text in plan.preamble:
        found.extend(("Mở đầu", m) for m in marks_in(text))
    for section in plan.all_sections():
        mark = ")" if section.number[:1].islower() else "."
        where = f"{section.number}{mark} {section.title}"
        for text in [section.title, *section.paragraphs]:
            found.extend((where, m) for m in marks_in(text))
    for text in plan.closing:
        found.extend(("Kết thúc", m) for m in marks_in(text))
    return found
