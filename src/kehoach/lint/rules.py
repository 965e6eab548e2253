"""The rule table: every lint rule's stable id, family, severity, message and decree article.

A rule is one small function registered here with `@rule(...)`. The function receives a LintDocument
and yields Findings; `RULES` maps each id to its Rule so the CLI, the docs and the tests share one table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document view imports this module; only the type is needed here
    from kehoach.lint.document import LintDocument

ERROR = "error"  # certainly wrong
WARNING = "warning"  # the decree only recommends it, or usage suggests it
INFO = "info"  # accepted as written; a hint for consistency (the Quốc hiệu's "HOÀ")
SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}

FAMILIES = ("format", "facts", "language", "docx")


@dataclass(frozen=True)
class Edit:
    """One safe replacement `kehoach lint --fix` may make: `old` at 1-based line and column -> `new`."""

    line: int
    column: int
    old: str
    new: str


@dataclass(frozen=True)
class Finding:
    """One defect: where it is (1-based line and column in the text as read) and how to fix it.

    Line 0 (column 0) is the whole document: page setup, the default font, a missing part.
    `edits` are the replacements that fix it with certainty (empty where a person must decide).
    """

    file: str
    rule: str
    severity: str
    line: int
    column: int
    message: str
    suggestion: str | None = None
    edits: tuple[Edit, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "suggestion": self.suggestion,
        }


Check = Callable[["LintDocument"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A lint rule. `severity` is the rule's level; a rule may report a milder case as a warning."""

    id: str
    family: str
    severity: str
    summary: str  # Vietnamese: what the rule checks
    article: str  # where the rule comes from
    check: Check

    def run(self, document: LintDocument) -> Iterator[Finding]:
        yield from self.check(document)


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, family: str, severity: str, summary: str, article: str
) -> Callable[[Check], Check]:
    """Register a check function under a stable id."""
    if family not in FAMILIES or severity not in SEVERITY_ORDER:
        raise ValueError(f"bad rule declaration {rule_id}")

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} declared twice")
        RULES[rule_id] = Rule(rule_id, family, severity, summary, article, check)
        return check

    return register


def expand_selection(names: Iterable[str]) -> set[str]:
    """Rule ids named directly or through their family ("format", "language" ...)."""
    chosen: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        if name in FAMILIES:
            chosen.update(r.id for r in RULES.values() if r.family == name)
        elif name in RULES:
            chosen.add(name)
        else:
            raise KeyError(name)
    return chosen
