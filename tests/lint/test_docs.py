"""docs/lint-rules.md documents exactly the rules of RULES."""

from __future__ import annotations

import re

from conftest import ROOT
from kehoach.lint import RULES

DOC = ROOT / "docs" / "lint-rules.md"


def documented_ids() -> list[str]:
    return re.findall(r"^\| `([a-z-]+)` \|", DOC.read_text(encoding="utf-8"), re.MULTILINE)


def test_every_rule_is_documented():
    assert set(RULES) <= set(documented_ids())


def test_every_documented_rule_exists_once():
    ids = documented_ids()
    assert len(ids) == len(set(ids)) and set(ids) <= set(RULES)


def test_the_documented_severity_is_the_rules():
    text = DOC.read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.family} | {rule.severity} |" in text
