"""`kehoach render`: files written whole, one-line errors with exit status 2."""

from __future__ import annotations

import subprocess
import zipfile

import pytest

from conftest import ROOT, SEEDS
from kehoach.cli import main

EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"


def test_renders_a_docx(tmp_path):
    out = tmp_path / "ke-hoach.docx"
    assert main(["render", str(EXAMPLE), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert "KẾ HOẠCH" in archive.read("word/document.xml").decode()
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.docx"]


def test_profile_option_changes_the_body_size(tmp_path):
    out = tmp_path / "small.docx"
    assert main(["render", str(EXAMPLE), "-o", str(out), "--profile", "12/13"]) == 0
    with zipfile.ZipFile(out) as archive:
        assert '<w:sz w:val="26"/>' in archive.read("word/styles.xml").decode()


def test_missing_plan_exits_2_with_one_line(tmp_path, capsys):
    assert main(["render", str(tmp_path / "absent.yaml"), "-o", str(tmp_path / "x.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kehoach: ") and err.count("\n") == 1
    assert not (tmp_path / "x.docx").exists()


def test_broken_yaml_exits_2_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [\n", encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.docx")]) == 2
    assert "dòng" in capsys.readouterr().err


def test_output_must_be_docx_or_pdf(tmp_path, capsys):
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path / "x.odt")]) == 2
    assert ".docx" in capsys.readouterr().err


def test_output_folder_must_exist(tmp_path, capsys):
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path / "no" / "x.docx")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.slow
def test_pdf_flag_writes_a_pdf_beside_the_docx(tmp_path):
    out = tmp_path / "ke-hoach.docx"
    assert main(["render", str(EXAMPLE), "-o", str(out), "--pdf"]) == 0
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "KẾ HOẠCH" in text


def test_renders_a_text_plan_through_the_reader(tmp_path):
    out = tmp_path / "seed.docx"
    assert main(["render", str(SEEDS[0]), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode()
    assert "Tổ chức các hoạt động tuyên truyền quý I năm 2024" in document


@pytest.mark.slow
def test_pdf_output_name_renders_only_a_pdf(tmp_path):
    out = tmp_path / "ke-hoach.pdf"
    assert main(["render", str(EXAMPLE), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]


def test_margins_option_sets_the_page_margins(tmp_path):
    out = tmp_path / "wide.docx"
    assert main(["render", str(EXAMPLE), "-o", str(out), "--margins", "25,20,35,20"]) == 0
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode()
    assert 'w:top="1417"' in document and 'w:left="1984"' in document


def test_margins_outside_the_decree_exit_2(tmp_path, capsys):
    out = tmp_path / "bad.docx"
    assert main(["render", str(EXAMPLE), "-o", str(out), "--margins", "10,20,30,15"]) == 2
    assert "20-25" in capsys.readouterr().err
    assert not out.exists()
