"""`kehoach thi-dua`: movement from a plan, nomination checks, decision and certificates; bad input
gives one line and exit status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from conftest import FIXTURES, ROOT
from kehoach.cli import main

EXAMPLE = ROOT / "examples" / "thi-dua" / "de-nghi-an-bien-2026.yaml"
SEED = next((FIXTURES / "seeds").glob("002_*.txt"))


def test_movement_of_seed_002_as_json(capsys) -> None:
    assert main(["thi-dua", "movement", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["end"] == "2025-05-13" and len(data["criteria"]) == 6


def test_check_refuses_the_ratio_breaker_with_exit_1(capsys) -> None:
    """The example ward adopted the 15 % ratio in its settings, citing its own regulation."""
    assert main(["thi-dua", "check", str(EXAMPLE)]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("Trần Đức Long — Chiến sĩ thi đua cơ sở:")
    assert "vượt 15%" in out.out and "Quy chế thi đua, khen thưởng của phường An Biên" in out.out
    assert "10/11 đề nghị đạt tiêu chuẩn" in out.err


def test_without_the_wards_setting_the_ratio_only_warns(tmp_path: Path, capsys) -> None:
    """No current decree text for the 15 %: a warning, exit 0, the nomination stays."""
    text = EXAMPLE.read_text(encoding="utf-8")
    plain = tmp_path / "de-nghi.yaml"
    plain.write_text(text[: text.index("settings:")], encoding="utf-8")
    assert main(["thi-dua", "check", str(plain)]) == 0
    out = capsys.readouterr()
    assert "Cảnh báo: " in out.out and "chưa xác minh" in out.out
    assert "11/11 đề nghị đạt tiêu chuẩn; 0 đề nghị bị trả lại; 1 cảnh báo" in out.err


def test_a_setting_without_its_basis_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    bad = tmp_path / "de-nghi.yaml"
    bad.write_text(text[: text.index("      basis:")], encoding="utf-8")
    assert main(["thi-dua", "check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Ghi căn cứ" in err


def test_decision_lists_only_the_passing_nominations(tmp_path: Path) -> None:
    target = tmp_path / "qd.docx"
    assert (
        main(
            [
                "thi-dua",
                "decision",
                str(EXAMPLE),
                "-o",
                str(target),
                "--number",
                "07",
                "--date",
                "04/12/2026",
            ]
        )
        == 0
    )
    tables = docx.Document(io.BytesIO(target.read_bytes())).tables
    names = [row.cells[1].text for table in tables[-2:] for row in table.rows[1:]]
    assert (
        "Lê Thị Bình" in names and names.count("Trần Đức Long") == 1
    )  # his LĐTT stays, his CSTĐCS not


def test_certificates_as_docx_one_page_per_giay_khen(tmp_path: Path) -> None:
    target = tmp_path / "gk.docx"
    assert main(["thi-dua", "certificates", str(EXAMPLE), "-o", str(target)]) == 0
    text = [p.text for p in docx.Document(io.BytesIO(target.read_bytes())).paragraphs]
    assert text.count("GIẤY KHEN") == 2
    assert "Bà Vũ Thị Mai" in text and "Tổ dân phố số 4" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "rỗng"),
        (b"\x00\x01\x02", "không phải tệp văn bản"),
        (b"issuer: [", "cú pháp YAML"),
        (b"\xff\xfe\xfa", "UTF-8"),
        (b"year: 2026\nnominations: []\n", "chưa có danh sách"),
        (
            "year: 2026\nnominations:\n  - {name: A, award: Huy chương vàng}\n".encode(),
            "không biết hình thức",
        ),
    ],
)
def test_bad_files_give_one_line_and_status_2(
    tmp_path: Path, capsys, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(content)
    assert main(["thi-dua", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
