"""`kehoach sign leader|issue`: the office's order from the command line; the passphrase never an argument."""

from __future__ import annotations

import json

import pytest

from kehoach.cli import main
from sign.sign_helpers import PASSPHRASE, ink_png


@pytest.fixture
def files(tmp_path, pki, plan_pdf):
    (tmp_path / "plan.pdf").write_bytes(plan_pdf)
    (tmp_path / "leader.p12").write_bytes(pki.p12("leader"))
    (tmp_path / "org.p12").write_bytes(pki.p12("org"))
    (tmp_path / "expired.p12").write_bytes(pki.p12("expired"))
    (tmp_path / "chu-ky.png").write_bytes(ink_png((25, 55, 190), (900, 360)))
    (tmp_path / "dau.png").write_bytes(ink_png((215, 25, 30), (425, 425), ring=True))
    return tmp_path


def test_leader_then_issue_verifies(files, pki, monkeypatch, capsys):
    monkeypatch.setenv("KEHOACH_P12_PASSPHRASE", PASSPHRASE)
    trust = ["--trust", str(pki.roots), "--tsa", pki.tsa_url]
    leader = ["sign", "leader", str(files / "plan.pdf"), "--p12", str(files / "leader.p12")]
    assert (
        main([*leader, "--image", str(files / "chu-ky.png"), "-o", str(files / "a.pdf"), *trust])
        == 0
    )
    office = ["sign", "issue", str(files / "a.pdf"), "--p12", str(files / "org.p12"), "--seal"]
    office += [str(files / "dau.png"), "--number", "12", "--date", "06/01/2025"]
    assert main([*office, "-o", str(files / "b.pdf"), *trust]) == 0
    capsys.readouterr()
    assert main(["verify", str(files / "b.pdf"), "--json", "--trust", str(pki.roots)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["signer"] for s in report["signatures"]] == [
        "Trần Văn Minh",
        "Ủy ban nhân dân phường An Biên",
    ]


def test_expired_certificate_is_refused_and_nothing_written(files, pki, monkeypatch, capsys):
    monkeypatch.setenv("KEHOACH_P12_PASSPHRASE", PASSPHRASE)
    args = ["sign", "leader", str(files / "plan.pdf"), "--p12", str(files / "expired.p12")]
    args += [
        "--image",
        str(files / "chu-ky.png"),
        "-o",
        str(files / "x.pdf"),
        "--trust",
        str(pki.roots),
    ]
    assert main(args) == 2
    assert "hết hạn" in capsys.readouterr().err
    assert not (files / "x.pdf").exists()


def test_wrong_passphrase_is_one_line(files, pki, monkeypatch, capsys):
    monkeypatch.setenv("KEHOACH_P12_PASSPHRASE", "sai-mat-khau")
    args = ["sign", "leader", str(files / "plan.pdf"), "--p12", str(files / "leader.p12")]
    args += [
        "--image",
        str(files / "chu-ky.png"),
        "-o",
        str(files / "x.pdf"),
        "--trust",
        str(pki.roots),
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "sai-mat-khau" not in err


def test_signing_needs_trusted_roots(files, monkeypatch, capsys):
    monkeypatch.setenv("KEHOACH_P12_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("KEHOACH_TRUST_DIR", raising=False)
    args = ["sign", "leader", str(files / "plan.pdf"), "--p12", str(files / "leader.p12")]
    assert main([*args, "--image", str(files / "chu-ky.png"), "-o", str(files / "x.pdf")]) == 2
    assert "--trust" in capsys.readouterr().err


def test_copy_takes_numbers_from_the_register(files, pki, issued_pdf, monkeypatch, capsys):
    monkeypatch.setenv("KEHOACH_P12_PASSPHRASE", PASSPHRASE)
    (files / "nhan.pdf").write_bytes(issued_pdf)
    args = ["sign", "copy", str(files / "nhan.pdf"), "--p12", str(files / "org.p12")]
    args += ["--body", "Ủy ban nhân dân phường An Biên", "--register", str(files / "so.json")]
    args += ["--trust", str(pki.roots)]
    assert main([*args, "-o", str(files / "sao-1.pdf")]) == 0
    assert "Bản sao số 01/SY" in capsys.readouterr().err
    assert main([*args, "-o", str(files / "sao-2.pdf")]) == 0
    assert "Bản sao số 02/SY" in capsys.readouterr().err
    assert main(["verify", str(files / "sao-2.pdf"), "--trust", str(pki.roots)]) == 0
