"""PDF through LibreOffice: page count, text, a warm converter for batches, no half-written files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kehoach.write.authoring import load_plan_and_header
from kehoach.write.docx import render_docx
from kehoach.write.pdf import PdfConverter, PdfError, convert_once, docx_to_pdf

EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
    ),
]


def _docx(**changes: object) -> bytes:
    plan, header = load_plan_and_header(EXAMPLE)
    for key, value in changes.items():
        setattr(plan, key, value)
    return render_docx(plan, header)


def _pages(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_pdf_has_pages_and_the_title(tmp_path):
    pdf = docx_to_pdf(_docx())
    assert pdf.startswith(b"%PDF")
    assert _pages(pdf, tmp_path) >= 2
    text = " ".join(_text(pdf, tmp_path).split())
    assert "KẾ HOẠCH" in text
    assert "Tổ chức các hoạt động tuyên truyền kỷ niệm" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_short_plan_gives_one_page(tmp_path):
    pdf = docx_to_pdf(_docx(sections=[], preamble=["Một đoạn duy nhất."]))
    assert _pages(pdf, tmp_path) == 1


def test_warm_converter_converts_three_in_a_row(tmp_path):
    titles = ["Kế hoạch thứ nhất", "Kế hoạch thứ hai", "Kế hoạch thứ ba"]
    with PdfConverter() as converter:
        for title in titles:
            text = " ".join(_text(converter.convert(_docx(title=title)), tmp_path).split())
            assert title in text
        assert converter.running
    assert not converter.running


def test_converter_restarts_after_close(tmp_path):
    converter = PdfConverter()
    try:
        first = converter.convert(_docx())
        converter.close()
        assert converter.convert(_docx()).startswith(b"%PDF") and first.startswith(b"%PDF")
    finally:
        converter.close()


def test_broken_docx_raises_pdf_error_and_leaves_no_file(tmp_path):
    source = tmp_path / "broken.docx"
    source.write_bytes(b"PK\x03\x04 not really a docx")
    target = tmp_path / "broken.pdf"
    with PdfConverter() as converter, pytest.raises(PdfError):
        converter.convert_file(source, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.docx"]


def test_cold_conversion_gives_the_same_page_count(tmp_path):
    docx = _docx()
    assert _pages(convert_once(docx), tmp_path) == _pages(docx_to_pdf(docx), tmp_path)


def test_a_libreoffice_whose_parent_was_killed_ends_with_its_profile(tmp_path):
    """A worker killed mid-job (SIGKILL) left its LibreOffice running for good; now it goes too."""
    starter = (
        "import time\n"
        "from kehoach.write.pdf import PdfConverter\n"
        "converter = PdfConverter()\n"
        "converter.start()\n"
        "print(converter._office.pid, converter._folder, flush=True)\n"
        "time.sleep(300)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", starter], stdout=subprocess.PIPE, text=True)
    group, folder = parent.stdout.readline().split()
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (_group_alive(int(group)) or Path(folder).exists()):
        time.sleep(0.5)
    left, profile_left = _group_alive(int(group)), Path(folder).exists()
    if left:  # the test failed: do not leave the LibreOffice behind on the machine
        os.killpg(int(group), signal.SIGKILL)
    shutil.rmtree(folder, ignore_errors=True)
    assert not left and not profile_left


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
