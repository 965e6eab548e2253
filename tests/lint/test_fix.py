"""Safe fixes applied to a copy: text by line and column, .docx inside its runs (formatting kept)."""

from __future__ import annotations

import io

from docx import Document

from kehoach.lint.fix import fix_docx, fix_text, fixed_path, safe_edits
from kehoach.lint.rules import Edit, Finding


def test_fix_text_applies_edits_right_to_left_on_one_line():
    text, applied = fix_text(
        "văn hoá và hoà bình\nkhác", [Edit(1, 5, "hoá", "hóa"), Edit(1, 12, "hoà", "hòa")]
    )
    assert text == "văn hóa và hòa bình\nkhác" and len(applied) == 2


def test_an_edit_that_no_longer_matches_is_skipped():
    text, applied = fix_text("văn hóa", [Edit(1, 5, "hoá", "hóa")])
    assert (text, applied) == ("văn hóa", [])


def test_overlapping_edits_keep_the_first():
    finding = Finding("a", "spelling", "error", 1, 1, "m", None, (Edit(1, 1, "abc", "x"),))
    other = Finding("a", "known-typo", "error", 1, 2, "m", None, (Edit(1, 2, "bc", "y"),))
    assert safe_edits([finding, other]) == [Edit(1, 1, "abc", "x")]


def test_fix_docx_keeps_the_runs_formatting():
    document = Document()
    paragraph = document.add_paragraph("Các đơn vị ")
    paragraph.add_run("tổ chưc").bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    data, applied = fix_docx(
        buffer.getvalue(), "a.docx", ["Các đơn vị tổ chưc"], [Edit(1, 15, "chưc", "chức")]
    )
    runs = [(r.text, r.bold) for r in Document(io.BytesIO(data)).paragraphs[0].runs]
    assert runs == [("Các đơn vị ", None), ("tổ chức", True)] and len(applied) == 1


def test_the_copy_sits_beside_the_file(tmp_path):
    assert fixed_path(tmp_path / "ke-hoach.docx") == tmp_path / "ke-hoach.da-sua.docx"
