"""Lint findings of a plan as plain dicts for the templates (the library does the checking).

A plan being edited is checked as the document we would issue: rendered to .docx by the writer,
read back by the reader and linted like any uploaded file, so format, fact and language rules all
apply and `line` is the paragraph number of that document; `place` says where that paragraph is.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from django.core.cache import cache

from kehoach.document.model import Plan as DocumentPlan
from kehoach.lint import lint_source
from kehoach.lint.rules import Finding
from kehoach.read import load_bytes
from kehoach.web.plans.places import place
from kehoach.write.docx import render_docx
from kehoach.write.outline import locate


def as_dicts(findings: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "rule": f.rule,
            "severity": f.severity,
            "line": f.line,
            "column": f.column,
            "message": f.message,
            "suggestion": f.suggestion,
            "fixable": bool(f.edits),
        }
        for f in findings
    ]


def lint_rendered(document: DocumentPlan) -> tuple[list[str], list[Finding]]:
    """The lines of the document as issued and its findings, edits included (for "Sửa tự động")."""
    source = load_bytes(render_docx(document), "ke-hoach.docx")
    return source.lines, lint_source(source)


def findings_for(document: DocumentPlan) -> list[dict[str, Any]]:
    """The findings, each with where it is: "Mục II.1, đoạn 3", the editor's field, the view's id."""
    lines, findings = lint_rendered(document)
    paths = locate(document, lines)
    out = as_dicts(findings)
    for finding in out:
        path = paths.get(finding["line"] or 0)
        if path:
            finding.update(place(document, path))
    return out


def stored_plan_findings(plan: Any) -> list[dict[str, Any]]:
    """Findings of a stored plan, cached by its content (the same text gives the same findings)."""
    digest = hashlib.sha256(json.dumps(plan.data, sort_keys=True).encode()).hexdigest()
    key = f"kehoach:findings:3:{digest}"
    found = cache.get(key)
    if found is None:
        found = findings_for(plan.document())
        cache.set(key, found, timeout=3600)
    return found


def counts(findings: list[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(f.get("severity") for f in findings))
