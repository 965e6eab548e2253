"""lint_plan: a parsed or edited Plan is linted through its text laid out as a plan."""

from __future__ import annotations

from conftest import SEEDS
from kehoach.lint import lint_plan
from kehoach.lint.plan_text import plan_lines
from kehoach.read import read_plan

SEED_000 = next(p for p in SEEDS if p.name.startswith("000"))


def test_the_seed_plan_keeps_its_language_defects():
    rules = {f.rule for f in lint_plan(read_plan(SEED_000)) if f.severity == "error"}
    assert {"repeated-word", "known-typo", "capitalisation", "quote-inconsistent"} <= rules


def test_an_edited_plan_is_linted_on_its_fields():
    plan = read_plan(SEED_000)
    plan.title = "Tuyên truyền trên Công thông tin điện tử quận"
    lines = plan_lines(plan)
    typos = [f for f in lint_plan(plan, select=["known-typo"]) if lines[f.line - 1] == plan.title]
    assert [f.suggestion for f in typos] == ["Cổng"]


def test_the_layout_adds_no_format_defect_of_its_own():
    plan = read_plan(SEED_000)
    format_rules = ["recipients", "archive-line", "signature-block", "number-format", "date-line"]
    assert lint_plan(plan, select=format_rules) == []
