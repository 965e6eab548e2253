"""The plan's phases, read from its text: in a section about time ("Thời gian tuyên truyền",
"Thời gian thực hiện"), every paragraph that names a date range is a phase — "Từ ngày 30/01/2024 -
20/02/2024: Tổ chức các hoạt động kỷ niệm…" — drawn as a band on the timeline."""

from __future__ import annotations

import re

from kehoach.document.dates import find_dates
from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.text import clean, fold
from kehoach.web.progress.timeline import Phase

_LEAD = re.compile(r"^[-•*+\s]*(?:từ\s+ngày|từ)?\s*", re.IGNORECASE)


def _label(paragraph: str, end_of_dates: int) -> str:
    rest = paragraph[end_of_dates:]
    rest = re.sub(r"^\s*(?:\*\*)?\s*[:\-–]?\s*(?:\([^)]*\)\s*:?)?", "", rest)
    rest = clean(rest.replace("**", "")).lstrip(":-– ").strip()
    if rest:
        return rest[0].upper() + rest[1:]
    return clean(_LEAD.sub("", paragraph.replace("**", "")))


def phases_of(document: DocumentPlan, limit: int = 8) -> list[Phase]:
    found: list[Phase] = []
    for section in document.all_sections():
        if "thoi gian" not in fold(section.title):
            continue
        for paragraph in section.paragraphs:
            dated = [m for m in find_dates(paragraph) if m.value is not None]
            if len(dated) < 2:
                continue
            start, end = dated[0].value, dated[1].value
            if start is None or end is None or end <= start:
                continue
            found.append(Phase(start, end, _label(paragraph, dated[1].end)))
            if len(found) == limit:
                return found
    return found
