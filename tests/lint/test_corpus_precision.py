"""Precision on real documents: every error and every warning lint reports on ../shared/corpus is real.

A person checked each finding against its document: tests/fixtures/lint/corpus-errors.tsv lists the
errors with a one-line reason, tests/fixtures/lint/corpus-warnings.tsv the warnings and hints with a
verdict (true: a defect a careful văn thư would circle; hint: accepted as written, shown as info) and a
reason. A new, changed or vanished finding fails these tests until someone checks it by hand and updates
the list (or fixes the rule): the lists say what a person saw, not what the code printed.
"""

from __future__ import annotations

import csv

import pytest

from conftest import CORPUS, ROOT, corpus_files, needs_shared
from kehoach.lint import lint_source
from kehoach.read import load

EXPECTED = ROOT / "tests" / "fixtures" / "lint" / "corpus-errors.tsv"
REVIEWED_WARNINGS = ROOT / "tests" / "fixtures" / "lint" / "corpus-warnings.tsv"


def expected_errors(suffix: str) -> set[tuple[str, int, str]]:
    with EXPECTED.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert all(row["reason"].strip() for row in rows)
    return {(r["file"], int(r["line"]), r["rule"]) for r in rows if r["file"].endswith(suffix)}


def corpus_errors(kind: str) -> set[tuple[str, int, str]]:
    found = set()
    for path in corpus_files(kind):
        found |= {
            (path.name, f.line, f.rule) for f in lint_source(load(path)) if f.severity == "error"
        }
    return found


@needs_shared(CORPUS / "text")
@pytest.mark.corpus
def test_text_corpus_errors_are_the_checked_list():
    assert corpus_errors("text") == expected_errors(".txt")


@needs_shared(CORPUS / "docx")
@pytest.mark.corpus
def test_docx_corpus_errors_are_the_checked_list():
    assert corpus_errors("docx") == expected_errors(".docx")


def reviewed_warnings(suffix: str) -> set[tuple[str, int, str, str]]:
    """(file, line, rule, severity) of each warning and hint a person checked, all of them true or hints."""
    with REVIEWED_WARNINGS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(row["reason"].strip() for row in rows)
    # a false positive found in review is fixed in the rule, not kept in the list
    assert {row["verdict"] for row in rows} <= {"true", "hint"}
    assert all((row["verdict"] == "hint") == (row["severity"] == "info") for row in rows)
    return {
        (r["file"], int(r["line"]), r["rule"], r["severity"])
        for r in rows
        if r["file"].endswith(suffix)
    }


def corpus_warnings(kind: str) -> set[tuple[str, int, str, str]]:
    found = set()
    for path in corpus_files(kind):
        found |= {
            (path.name, f.line, f.rule, f.severity)
            for f in lint_source(load(path))
            if f.severity in ("warning", "info")
        }
    return found


@needs_shared(CORPUS / "text")
@pytest.mark.corpus
def test_text_corpus_warnings_are_the_reviewed_list():
    assert corpus_warnings("text") == reviewed_warnings(".txt")


@needs_shared(CORPUS / "docx")
@pytest.mark.corpus
def test_docx_corpus_warnings_are_the_reviewed_list():
    assert corpus_warnings("docx") == reviewed_warnings(".docx")
