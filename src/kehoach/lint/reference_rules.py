"""Fact rules on cited documents: the same document cited two ways, or cited before it existed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kehoach.document.model import Reference
from kehoach.document.references import find_references
from kehoach.document.text import fold
from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, Finding, rule

_ABBREVIATIONS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "bch": "ban chap hanh"}


@dataclass(frozen=True)
class Citation:
    offset: int
    reference: Reference


def citations(document: LintDocument) -> list[Citation]:
    """Every numbered document cited, with the offset of its citation (cached on the document)."""
    cached = document.cache.get("citations")
    if isinstance(cached, list):
        return cached
    found: list[Citation] = []
    position = 0
    for reference in find_references(document.text):  # one pass, in order; then find each number
        number = reference.number
        if not number:
            continue
        at = document.text.find(number, position)
        while at >= 0 and not _is_cited_number(document.text, at, number):
            at = document.text.find(number, at + 1)
        if at < 0:
            continue
        found.append(Citation(at, reference))
        position = at + len(number)
    document.cache["citations"] = found
    return found


def _is_cited_number(text: str, at: int, number: str) -> bool:
    """`number` at `at` stands alone and is followed by "/" or "-" (the start of its symbol)."""
    before = text[at - 1] if at else " "
    after = text[at + len(number) : at + len(number) + 3].lstrip()
    return not before.isdigit() and after[:1] in ("/", "-")


def _identity(reference: Reference) -> tuple[str, str]:
    return (reference.number or "").lstrip("0"), re.sub(
        r"\s+", "", (reference.symbol or "")
    ).upper()


def _issuer_key(issuer: str | None) -> str | None:
    if not issuer:
        return None
    words = fold(issuer).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


@rule(
    "reference-inconsistent",
    "facts",
    ERROR,
    "Cùng một văn bản (cùng số, ký hiệu) được trích dẫn với hai ngày ban hành khác nhau",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b (trích dẫn văn bản: số, ký hiệu, ngày, cơ quan ban hành)",
)
def reference_inconsistent(document: LintDocument) -> Iterator[Finding]:
    # every citation, found once for the document and shared with reference-future: no second scan
    first: dict[tuple[str, str, int], Citation] = {}
    for citation in citations(document):
        reference = citation.reference
        if reference.date is None:
            continue
        key = (*_identity(reference), reference.date.year)
        if key not in first:
            first[key] = citation
            continue
        earlier = first[key].reference
        assert earlier.date is not None
        issuers = {_issuer_key(earlier.issuer), _issuer_key(reference.issuer)} - {None}
        if earlier.date == reference.date or len(issuers) > 1:
            continue  # "12/KH-UBND" of two different committees are two documents
        line = document.position(first[key].offset)[0]
        yield document.finding(
            "reference-inconsistent",
            citation.offset,
            f"Văn bản số {reference.number}/{reference.symbol} đã ghi ngày {earlier.date:%d/%m/%Y} ở dòng {line}, "
            f"ở đây ghi ngày {reference.date:%d/%m/%Y}.",
            f"{earlier.date.day}/{earlier.date.month}/{earlier.date.year}",
        )


@rule(
    "reference-future",
    "facts",
    ERROR,
    "Văn bản được trích dẫn có ngày ban hành sau ngày của chính kế hoạch",
    "Nghị định 30/2020/NĐ-CP, Điều 8 và Phụ lục I, mục II.6.a–b (căn cứ là văn bản đã ban hành)",
)
def reference_future(document: LintDocument) -> Iterator[Finding]:
    own = document.plan_date
    if own is None:
        return
    reported: set[tuple[str, str]] = set()
    for citation in citations(document):
        cited = citation.reference.date
        identity = _identity(citation.reference)
        if cited is not None and cited > own and identity not in reported:
            reported.add(identity)
            yield document.finding(
                "reference-future",
                citation.offset,
                f"Văn bản số {citation.reference.number}/{citation.reference.symbol} ghi ngày {cited:%d/%m/%Y}, "
                f"sau ngày của kế hoạch này ({own:%d/%m/%Y}).",
            )
