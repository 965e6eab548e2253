"""`kehoach verify`: the JSON of the issue, exit statuses 0/1/2, plain text for people."""

from __future__ import annotations

import json

from kehoach.cli import main

KEYS = {
    "signer",
    "organisation",
    "signed_at",
    "intact",
    "covers_whole_file",
    "trusted",
    "kind",
    "problems",
}


def test_issued_plan_json_and_exit_0(tmp_path, issued_pdf, pki, capsys):
    path = tmp_path / "ban-hanh.pdf"
    path.write_bytes(issued_pdf)
    status = main(["verify", str(path), "--json", "--trust", str(pki.roots)])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert set(report) == {"file", "signatures"} and report["file"] == str(path)
    assert [set(s) for s in report["signatures"]] == [KEYS, KEYS]
    assert [s["kind"] for s in report["signatures"]] == ["person", "organisation"]


def test_unknown_root_exits_1_with_the_sentence(tmp_path, issued_pdf, pki, capsys):
    path = tmp_path / "ban-hanh.pdf"
    path.write_bytes(issued_pdf)
    assert main(["verify", str(path), "--trust", str(pki.other_roots)]) == 1
    out = capsys.readouterr().out
    assert "Văn bản còn nguyên vẹn từ khi ký." in out
    assert "Chứng thư không thuộc tổ chức chứng thực được tin cậy." in out


def test_unsigned_pdf_exits_1(tmp_path, plan_pdf, pki, capsys):
    path = tmp_path / "chua-ky.pdf"
    path.write_bytes(plan_pdf)
    assert main(["verify", str(path), "--trust", str(pki.roots)]) == 1
    assert "Văn bản không có chữ ký số." in capsys.readouterr().out


def test_unreadable_file_exits_2_with_one_line(tmp_path, issued_pdf, pki, capsys):
    good, bad = tmp_path / "tot.pdf", tmp_path / "hong.pdf"
    good.write_bytes(issued_pdf)
    bad.write_bytes(b"\x00\x01 not a pdf")
    status = main(["verify", str(good), str(bad), "--json", "--trust", str(pki.roots)])
    captured = capsys.readouterr()
    assert status == 2
    assert len(captured.err.strip().splitlines()) == 1 and "hong.pdf" in captured.err
    assert "Traceback" not in captured.err
    assert json.loads(captured.out)["file"] == str(good)


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "khong-co.pdf")]) == 2
    assert "không có tệp" in capsys.readouterr().err
