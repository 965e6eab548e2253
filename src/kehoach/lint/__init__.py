"""`kehoach lint`: format (Nghị định 30), facts (dates, anniversaries, references) and language checks.

    from kehoach.lint import lint_source, Finding, RULES
    findings = lint_source(source, select=["format"], ignore=["end-marker"])

Each rule is a small function with a stable id (DESIGN.md §4), registered in `RULES` by the modules
imported below.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from kehoach.document.model import Plan
from kehoach.lint import (
    calendar_rules,
    closing_rules,
    docx_rules,
    fact_rules,
    format_rules,
    language_rules,
    layout_rules,
    reference_rules,
    report_rules,
    signature_rules,
    spelling_rules,
    writing_rules,
)
from kehoach.lint.config import LintConfig
from kehoach.lint.document import LintDocument, SourceLike
from kehoach.lint.plan_text import plan_lines
from kehoach.lint.rules import (
    ERROR,
    INFO,
    RULES,
    SEVERITY_ORDER,
    WARNING,
    Edit,
    Finding,
    Rule,
    expand_selection,
)

_RULE_MODULES = (
    format_rules,
    layout_rules,
    closing_rules,
    fact_rules,
    calendar_rules,
    reference_rules,
    report_rules,
    language_rules,
    spelling_rules,
    writing_rules,
    docx_rules,
    signature_rules,
)

__all__ = [
    "ERROR",
    "INFO",
    "Edit",
    "RULES",
    "WARNING",
    "Finding",
    "LintConfig",
    "Rule",
    "chosen_rules",
    "lint_document",
    "lint_plan",
    "lint_source",
    "merge_same_span",
]


def chosen_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[Rule]:
    """Rules to run: `select` (ids or families; None = all) minus `ignore`. KeyError for an unknown name."""
    ids = set(RULES) if select is None else expand_selection(select)
    ids -= expand_selection(ignore or ())
    return [RULES[rule_id] for rule_id in RULES if rule_id in ids]


def lint_document(document: LintDocument, rules: Iterable[Rule]) -> list[Finding]:
    """Every finding of `rules` on one document, ordered by position then rule id."""
    findings: list[Finding] = []
    for rule in rules:
        if rule.family == "docx" and document.kind != "docx":
            continue
        findings.extend(rule.run(document))
    return merge_same_span(findings)


def merge_same_span(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per place: findings of one rule (or of two language rules, say a known typo and a
    misspelt syllable) at the same line and column become one.

    The most severe leads; the messages are kept, in order, without repeats; the suggestion is the
    leading finding's (rules give one agreed suggestion for a line), and so are its edits.
    Document-wide findings (line 0) stay apart: each says a different thing.
    """
    groups: dict[tuple[int, int, str], list[Finding]] = {}
    for finding in findings:
        rule = RULES.get(finding.rule)
        kind = "language" if rule and rule.family == "language" else finding.rule
        key = (finding.line, finding.column, kind)
        if finding.line == 0:
            key = (0, -len(groups), kind)
        group = groups.setdefault(key, [])
        if finding not in group:
            group.append(finding)
    merged = []
    for group in groups.values():
        group.sort(key=lambda f: SEVERITY_ORDER.get(f.severity, 9))
        lead = group[0]
        if len(group) > 1:
            messages = list(dict.fromkeys(f.message for f in group))
            suggestion = lead.suggestion or next(
                (f.suggestion for f in group if f.suggestion), None
            )
            edits = lead.edits or next((f.edits for f in group if f.edits), ())
            lead = dataclasses.replace(
                lead, message=" ".join(messages), suggestion=suggestion, edits=edits
            )
        merged.append(lead)
    return sorted(merged, key=lambda f: (f.line, f.column, f.rule, f.message))


def lint_source(
    source: SourceLike,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: LintConfig | None = None,
) -> list[Finding]:
    """Lint a read document (`kehoach.read.Source`). `select`/`ignore` override the config's."""
    config = config or LintConfig()
    chosen = chosen_rules(
        select if select is not None else config.select, [*config.ignore, *(ignore or ())]
    )
    document = LintDocument.from_source(source, config.size_profile, config.allowed)
    return lint_document(document, chosen)


def lint_plan(
    plan: Plan,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: LintConfig | None = None,
    name: str = "<plan>",
) -> list[Finding]:
    """Lint a Plan (being edited, or drafted by cascade): its text laid out as a plan, lines 1-based.

    DOCX rules do not apply: a Plan has no page setup or fonts of its own.
    """
    config = config or LintConfig()
    chosen = chosen_rules(
        select if select is not None else config.select, [*config.ignore, *(ignore or ())]
    )
    lines = plan_lines(plan)
    document = LintDocument(
        name, "text", lines, "\n".join(lines).encode("utf-8"), config.size_profile, config.allowed
    )
    return lint_document(document, chosen)
