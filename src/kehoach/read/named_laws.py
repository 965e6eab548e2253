"""Laws cited by their name and the day they were passed.

A law is most often cited without its number: "Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023",
"Căn cứ Luật Thủy sản năm 2017", "Căn cứ Hiến pháp năm 2013". The reference finder only knows numbered
documents, so these bases were lost although the opening cites them. They are bases here (with no
number, symbol or issuer, since the sentence gives none), and deliberately not `references`: those are
the numbered documents the lint and the issuing gate check for a number.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.document.model import Reference
from kehoach.document.text import fold

_KIND = r"(Bộ luật|Luật|Hiến pháp|Pháp lệnh)"
_DAY = r"ngày\s+(\d{1,2})\s*(?:tháng\s*|/|-)\s*(\d{1,2})\s*(?:,?\s*năm\s*|/|-)\s*(\d{4})"
_YEAR = r"năm\s+(\d{4})"
# The name runs lazily to the first day or year; it never crosses a ";" (the next basis).
_LAW = re.compile(rf"(?<!\w){_KIND}\s+([^;]{{1,200}}?)\s*,?\s*(?:{_DAY}|{_YEAR})(?![\d/])")


def named_laws(text: str) -> list[tuple[int, Reference]]:
    """The laws cited by name in `text`, with where each starts."""
    found = []
    for match in _LAW.finditer(text):
        kind, _, day, month, year, only_year = match.groups()
        when = None
        if day:
            try:
                when = date(int(year), int(month), int(day))
            except ValueError:
                when = None
        elif only_year and not 1945 <= int(only_year) <= 2100:
            continue
        cited = match.group(0).rstrip(" ,")
        found.append((match.start(), Reference(kind=kind, date=when, text=cited)))
    return found


def bases_of(text: str, numbered: list[Reference]) -> list[Reference]:
    """A basis line's cited documents in the order written: the numbered ones the reference finder
    read, and the laws cited by name that none of them covers."""
    placed = []
    spans = []
    for index, reference in enumerate(numbered):
        at = text.find(reference.text) if reference.text else -1
        placed.append((at if at >= 0 else len(text) + index, reference))
        if at >= 0:
            spans.append((at, at + len(reference.text)))
    for start, law in named_laws(text):
        end = start + len(law.text)
        if any(start < stop and begin < end for begin, stop in spans):
            continue  # a numbered law ("Luật ... số 73/2021/QH14") is already read with its number
        placed.append((start, law))
    return [reference for _, reference in sorted(placed, key=lambda item: item[0])]


def same_law(one: Reference, other: Reference) -> bool:
    """Two citations of one law by name (no number to tell them apart)."""
    unnumbered = one.number is other.number is one.symbol is other.symbol is None
    return unnumbered and fold(one.text) == fold(other.text)
