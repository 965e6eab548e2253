"""Rendered plans against their originals, page by page (LibreOffice): each appendix starts a page of
its own in the render where it does in the original. The page counts themselves differ where the
renderer sets the body looser or an original turns its appendix landscape (docs/reading-evaluation.md),
so they are measured by bench/compare_pages.py, not asserted."""

from __future__ import annotations

import shutil

import pypdfium2
import pytest

from conftest import ROOT, corpus_files
from kehoach.read import load_bytes, parse, read_plan
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]
WITH_APPENDICES = [
    path
    for path in corpus_files("docx")
    if path.stat().st_size < 200_000 and parse(load_bytes(path.read_bytes(), path.name)).appendices
]


def _page_tops(pdf: bytes) -> list[str]:
    """The first lines of each page (a page number left out), folded into one string a page."""
    tops = []
    document = pypdfium2.PdfDocument(pdf)
    for page in document:
        lines = [line.strip() for line in page.get_textpage().get_text_range().splitlines()]
        lines = [line for line in lines if line and not line.isdigit()]
        tops.append(" ".join(" ".join(lines[:3]).split()))
    return tops


def _starts(tops: list[str], appendix) -> list[int]:
    """The pages that open with the appendix's label, or its title where it has none."""
    head = " ".join((appendix.number or appendix.title[:30]).split())
    return [i for i, top in enumerate(tops) if top == head or top.startswith(head + " ")]


def test_our_plans_appendices_each_start_a_page():
    plan = read_plan(ROOT / "tests" / "fixtures" / "fields" / "10_phuong-hai-phu-luc-bang.txt")
    tops = _page_tops(docx_to_pdf(render_docx(plan)))
    assert len(tops) == 1 + len(plan.appendices)  # a one-page body, then a page an appendix
    assert [_starts(tops, a) for a in plan.appendices] == [[1], [2]]


@pytest.mark.parametrize("path", WITH_APPENDICES, ids=lambda p: p.stem[:30])
def test_an_appendix_starts_a_page_in_the_render_as_in_the_original(path):
    data = path.read_bytes()
    plan = parse(load_bytes(data, path.name))
    original = _page_tops(docx_to_pdf(data))
    rendered = _page_tops(docx_to_pdf(render_docx(plan)))
    first = plan.appendices[0]
    assert len(_starts(original, first)) == len(_starts(rendered, first)) == 1
