"""DOCX rules on real corpus files and on documents built with one thing wrong.

python-docx's blank template is a useful adversary: its text is Cambria through the theme (minorHAnsi),
its size comes from docDefaults, its page is US Letter — nothing of that is in the runs themselves.
"""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from conftest import CORPUS, SEEDS, needs_shared
from kehoach.lint import LintConfig, lint_source
from kehoach.read import load, load_bytes, read_plan
from kehoach.write.docx import render_docx

DOCX_RULES = ["page-setup", "font", "font-size", "page-number", "header-layout"]
CLEAN_CORPUS = (
    CORPUS
    / "docx"
    / "LaHieu11_baucu-luongminh__04__KH-Kiem-tra-giam-sat-cong-tac-bau-cu-dai-bieu-Quoc-hoi-khoa-.docx"
)


def compliant(text: str = "Tuyên truyền sâu rộng trong các tầng lớp Nhân dân./.") -> Document:
    """A document set up as Nghị định 30 asks, through the Normal style (as LibreOffice does)."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
    normal.font.size = Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    document.add_paragraph(text)
    return document


def lint_docx(document: Document) -> list:
    buffer = io.BytesIO()
    document.save(buffer)
    return lint_source(load_bytes(buffer.getvalue(), "plan.docx"), select=DOCX_RULES)


def test_a_compliant_document_passes():
    assert lint_docx(compliant()) == []


@needs_shared(CLEAN_CORPUS)
def test_a_real_word_file_has_no_docx_errors():
    findings = lint_source(load(CLEAN_CORPUS), select=DOCX_RULES)
    assert [f for f in findings if f.severity == "error"] == []


def test_font_resolves_the_theme_font_of_the_blank_template():
    document = Document()
    document.add_paragraph("Kế hoạch tuyên truyền")
    fonts = [f for f in lint_docx(document) if f.rule == "font"]
    assert [(f.severity, f.suggestion) for f in fonts] == [("error", "Times New Roman")]
    assert '"Cambria"' in fonts[0].message


def test_font_finds_a_direct_run_font():
    document = compliant()
    document.add_paragraph().add_run("Nội dung").font.name = "Arial"
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.line) == ("font", 2)


def test_font_warns_on_a_name_variant():
    document = compliant()
    document.add_paragraph().add_run("Nội dung").font.name = "Times New Roman Bold"
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.severity) == ("font", "warning")


def test_font_size_finds_a_body_in_eleven_points():
    document = compliant()
    document.styles["Normal"].font.size = Pt(11)
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.suggestion) == ("font-size", "14")


def test_font_size_follows_the_profile():
    document = compliant()
    document.styles["Normal"].font.size = Pt(12)
    buffer = io.BytesIO()
    document.save(buffer)
    source = load_bytes(buffer.getvalue(), "plan.docx")
    assert [f.rule for f in lint_source(source, select=["font-size"])] == ["font-size"]
    assert lint_source(source, select=["font-size"], config=LintConfig(size_profile="12-13")) == []


def test_page_setup_finds_letter_paper_and_a_narrow_margin():
    document = compliant()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(216), Mm(279)
    section.top_margin = Mm(15)
    messages = [f.message for f in lint_docx(document)]
    assert len(messages) == 2
    assert "A4" in messages[0] and "Lề trên 15.0 mm" in messages[1]


def test_page_setup_skips_margins_of_a_landscape_section():
    document = compliant()
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = Mm(10)
    assert lint_docx(document) == []


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)


def test_page_number_on_the_first_page_is_an_error():
    document = compliant()
    _page_field(document.sections[0].header.paragraphs[0])
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.severity) == ("page-number", "error")


def test_page_number_with_a_different_first_page_passes():
    document = compliant()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _page_field(section.header.paragraphs[0])
    assert lint_docx(document) == []


def test_page_number_in_the_footer_is_a_warning():
    document = compliant()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    _page_field(section.footer.paragraphs[0])
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.severity) == ("page-number", "warning")


def test_header_layout_warns_when_the_national_title_is_not_in_a_table():
    document = compliant("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    (finding,) = lint_docx(document)
    assert (finding.rule, finding.severity, finding.line) == ("header-layout", "warning", 1)


def test_header_layout_accepts_a_two_column_table():
    document = compliant("Nội dung./.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lint_docx(document) == []


def test_docx_rules_read_xml_without_entities():
    document = compliant()
    buffer = io.BytesIO()
    document.save(buffer)
    assert re.search(rb"<!ENTITY", buffer.getvalue()) is None


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_plan_rendered_by_kehoach_write_has_no_layout_or_docx_error(seed):
    # two parts written apart agree: the renderer's layout passes the linter's Nghị định 30 rules
    # (content defects of the seeds, such as "f)" or "Ủy ban Nhân dân", are carried over and not checked here)
    source = load_bytes(render_docx(read_plan(seed)), "plan.docx")
    layout = [
        "number-format",
        "date-line",
        "doc-type-symbol",
        "signature-block",
        "recipients",
        "archive-line",
    ]
    errors = [
        f
        for f in lint_source(source, select=[*layout, "end-marker", "docx"])
        if f.severity == "error"
    ]
    assert errors == []


def test_page_setup_points_at_the_document_not_a_paragraph():
    document = compliant()
    document.sections[0].left_margin = Mm(20)
    (finding,) = [f for f in lint_docx(document) if f.rule == "page-setup"]
    assert (finding.line, finding.column) == (0, 0)
