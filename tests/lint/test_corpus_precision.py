"""Precision on real documents: every error lint reports on ../shared/corpus is a real defect.

Each error was checked by hand; tests/fixtures/lint/corpus-errors.tsv lists them with a one-line reason.
A new error on the corpus fails this test until someone checks it and adds it (or fixes the rule).
"""

from __future__ import annotations

import csv

import pytest

from conftest import CORPUS, ROOT, corpus_files, needs_shared
from kehoach.lint import lint_source
from kehoach.read import load

EXPECTED = ROOT / "tests" / "fixtures" / "lint" / "corpus-errors.tsv"


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
