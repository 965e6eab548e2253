"""The shared formatting view of a .docx: every run resolved once, runs formatted alike share one result."""

from __future__ import annotations

import dataclasses
import io

from docx import Document
from docx.shared import Pt

from conftest import CORPUS, corpus_files, needs_shared
from kehoach.lint import lint_source
from kehoach.lint.document import LintDocument
from kehoach.lint.docx_rules import docx_of
from kehoach.lint.docx_styles import Docx
from kehoach.read import load, load_bytes


def built() -> bytes:
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    paragraph = document.add_paragraph("Tuyên truyền ")
    paragraph.add_run("sâu rộng ")
    small = paragraph.add_run("trong các tầng lớp")
    small.font.size = Pt(11)
    arial = document.add_paragraph().add_run("Nhân dân")
    arial.font.name = "Arial"
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("Ô bảng")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_each_run_has_its_resolved_size_and_font():
    runs = Docx(built(), "plan.docx").formatted_runs
    assert [(r.text, r.format.size) for r in runs][:3] == [
        ("Tuyên truyền ", 14.0),
        ("sâu rộng ", 14.0),
        ("trong các tầng lớp", 11.0),
    ]
    assert runs[3].format.fonts["ascii"] == "Arial" and runs[3].paragraph == 1
    assert [r.in_table for r in runs] == [False, False, False, False, True]


def test_runs_formatted_alike_share_one_resolution():
    runs = Docx(built(), "plan.docx").formatted_runs
    assert runs[0].format is runs[1].format  # same style, no direct formatting: resolved once
    assert runs[2].format is not runs[0].format


def test_the_formatting_rules_read_the_xml_the_reader_parsed():
    source = load_bytes(built(), "plan.docx")
    document = LintDocument.from_source(source)
    docx = docx_of(document)
    assert docx is not None and docx.document is source.package.document
    # and find what they find when they open the bytes themselves
    alone = Docx(built(), "plan.docx")
    assert [(r.text, r.format) for r in docx.formatted_runs] == [
        (r.text, r.format) for r in alone.formatted_runs
    ]


@needs_shared(CORPUS / "docx")
def test_real_plans_give_the_same_findings_from_the_readers_xml_as_from_their_bytes():
    for path in corpus_files("docx"):
        source = load(path)
        assert source.package is not None
        alone = dataclasses.replace(source, package=None)  # as a Source sent from another process
        assert lint_source(source) == lint_source(alone), path.name
