"""A .pdf is linted through the lines kehoach.read gives (text rules; DOCX rules do not apply)."""

from __future__ import annotations

import pytest

from conftest import CORPUS, needs_shared
from kehoach.lint import lint_source
from kehoach.read import load_bytes
from kehoach.write.pdf import docx_to_pdf

KHOANG_SAN = CORPUS / "docx" / "KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx"


@pytest.mark.slow
@needs_shared(KHOANG_SAN)
def test_a_pdf_made_from_a_corpus_plan_keeps_its_real_defects():
    source = load_bytes(docx_to_pdf(KHOANG_SAN.read_bytes()), "plan.pdf")
    errors = [f for f in lint_source(source) if f.severity == "error"]
    # the two "trong trong" of the .docx (corpus-errors.tsv), one across a line break in the PDF
    assert [f.rule for f in errors] == ["repeated-word", "repeated-word"]
    assert all(source.lines[f.line - 1][f.column - 1 :].startswith("trong") for f in errors)
