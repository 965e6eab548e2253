"""What changed between two versions of a plan, line by line of the document as issued.

Both versions are rendered by the writer and read back by the reader, so the comparison is on the
paragraphs a reader of the .docx would see, not on the JSON.
"""

from __future__ import annotations

import difflib

from kehoach.document.model import Plan as DocumentPlan
from kehoach.read import load_bytes
from kehoach.write.docx import render_docx


def document_lines(document: DocumentPlan) -> list[str]:
    return [
        line for line in load_bytes(render_docx(document), "ke-hoach.docx").lines if line.strip()
    ]


def changes(before: DocumentPlan, after: DocumentPlan) -> list[tuple[str, str]]:
    """("-", removed line) and ("+", added line) pairs, in document order."""
    found: list[tuple[str, str]] = []
    for line in difflib.ndiff(document_lines(before), document_lines(after)):
        if line[:2] in {"- ", "+ "}:
            found.append((line[0], line[2:]))
    return found
