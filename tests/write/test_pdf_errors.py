"""PDF export failures are one clear sentence, and never leave processes or files behind."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT
from kehoach.cli import main
from kehoach.write import pdf
from kehoach.write.pdf import PdfConverter, PdfError, convert_once, find_soffice


def test_missing_libreoffice_names_the_package(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(PdfError, match="libreoffice-writer-nogui"):
        find_soffice()
    with pytest.raises(PdfError):
        convert_once(b"PK")


def test_cli_reports_missing_libreoffice_in_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_shared", None)
    out = tmp_path / "x.pdf"
    assert main(["render", str(ROOT / "examples" / "plan-quy-1-2025.yaml"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_timeout_stops_libreoffice_and_says_so():
    converter = PdfConverter(timeout=0.001)
    try:
        with pytest.raises(PdfError, match="giây"):
            converter.convert(b"PK\x03\x04")
        assert not converter.running
    finally:
        converter.close()
