"""PDF with a text layer: lines of the text layer, parsed like a text file."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import CORPUS, FIXTURES, needs_shared
from kehoach.read import load, parse, read_plan

SEED = next((FIXTURES / "seeds").glob("002_*.txt"))


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_pdf_made_from_a_seed_gives_the_same_plan_head_and_tail(tmp_path):
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(SEED),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / f"{SEED.stem}.pdf"
    source = load(pdf)
    assert source.kind == "pdf"
    from_pdf, from_text = parse(source), read_plan(SEED)
    assert (from_pdf.symbol, from_pdf.place, from_pdf.year, from_pdf.title) == (
        from_text.symbol,
        from_text.place,
        from_text.year,
        from_text.title,
    )
    assert [s.number for s in from_pdf.sections] == [s.number for s in from_text.sections]
    assert [s.title for s in from_pdf.sections] == [s.title for s in from_text.sections]
    assert from_pdf.bases == from_text.bases
    assert from_pdf.recipients == from_text.recipients
    assert from_pdf.signature == from_text.signature


DOCX = (
    CORPUS
    / "docx"
    / "LaHieu11_baucu-luongminh__01__18-11-KH-thuc-hien-cong-tac-bau-cu-Luong-Minh.docx"
)


@pytest.mark.slow
@needs_shared(DOCX)
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_header_table_printed_after_the_title_in_a_pdf_is_still_the_header(tmp_path):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(DOCX)],
        check=True,
        capture_output=True,
        timeout=180,
    )  # fmt: skip
    source = load(tmp_path / f"{DOCX.stem}.pdf")
    assert source.lines[0] == "KẾ HOẠCH"  # PDFium gives the header table after the title here
    from_pdf, from_docx = parse(source), read_plan(DOCX)
    for field in ("number", "symbol", "issuer", "parent_issuer", "place", "date", "title", "bases"):
        assert getattr(from_pdf, field) == getattr(from_docx, field), field
    assert not any("MTTQ VIỆT NAM" in paragraph for paragraph in from_pdf.preamble)
    assert from_pdf.signature == from_docx.signature
