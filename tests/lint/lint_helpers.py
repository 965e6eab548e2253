"""Lint test helpers: a Source made from text, and a function linting it with chosen rules.

(Not a conftest.py: tests import `conftest` for ROOT and SEEDS, and a second conftest would shadow it.)
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach.lint import Finding, lint_source


@dataclass
class TextSource:
    """The shape of kehoach.read.Source for a plain-text document."""

    name: str
    kind: str
    lines: list[str]
    raw: bytes


def text_source(text: str, name: str = "plan.txt") -> TextSource:
    return TextSource(name, "text", text.split("\n"), text.encode("utf-8"))


def lint_text(text: str, *rules: str) -> list[Finding]:
    """Findings of the named rules (all rules when none is named) on `text`."""
    return lint_source(text_source(text), select=list(rules) or None)
