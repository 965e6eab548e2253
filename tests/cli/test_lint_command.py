"""`kehoach lint`: output forms, rule selection, configuration, exit status."""

from __future__ import annotations

import json

from conftest import SEEDS
from kehoach.cli import main

SEED_001 = next(p for p in SEEDS if p.name.startswith("001"))


def test_human_output_names_file_line_column_severity_rule(capsys, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("Tổng hợp chung các các mẫu biểu./.\n", encoding="utf-8")
    assert main(["lint", str(plan)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{plan}:1:16: error repeated-word ")
    assert lines[-1] == "1 lỗi, 0 cảnh báo trong 1 tệp."


def test_json_output_is_the_contract(capsys):
    assert main(["lint", "--json", "--select", "known-typo", str(SEED_001)]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["line"] for f in findings] == [109, 119, 127]
    assert set(findings[0]) == {
        "file",
        "rule",
        "severity",
        "line",
        "column",
        "message",
        "suggestion",
    }
    assert findings[0]["suggestion"] == "Cổng"


def test_clean_file_exits_zero(capsys, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("Tuyên truyền trên Cổng thông tin điện tử của phường./.\n", encoding="utf-8")
    assert main(["lint", str(plan)]) == 0
    assert capsys.readouterr().out.strip() == "0 lỗi, 0 cảnh báo trong 1 tệp."


def test_ignore_removes_a_rule(capsys):
    assert main(["lint", "--ignore", "known-typo,tone-mark-style", str(SEED_001)]) == 0
    assert "known-typo" not in capsys.readouterr().out


def test_unreadable_file_exits_two_with_one_line(capsys, tmp_path):
    assert main(["lint", str(tmp_path / "absent.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kehoach: ") and len(err.strip().splitlines()) == 1


def test_unknown_rule_exits_two(capsys):
    assert main(["lint", "--select", "no-such-rule", str(SEED_001)]) == 2
    assert "no-such-rule" in capsys.readouterr().err


def test_config_found_beside_the_file_selects_rules(capsys, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.kehoach.lint]\nignore = ["language"]\n', encoding="utf-8"
    )
    plan = tmp_path / "plan.txt"
    plan.write_text("các các\n", encoding="utf-8")
    assert main(["lint", str(plan)]) == 0


def test_explicit_config_with_bad_toml_exits_two(capsys, tmp_path):
    bad = tmp_path / "lint.toml"
    bad.write_text("[tool.kehoach.lint\n", encoding="utf-8")
    assert main(["lint", "--config", str(bad), str(SEED_001)]) == 2
    assert "TOML" in capsys.readouterr().err


def test_fix_writes_a_copy_and_says_what_changed(capsys, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("Các tổ chưc đoàn thể thực hiện kế hoach.\n", encoding="utf-8")
    assert main(["lint", "--fix", str(plan)]) == 1
    out = capsys.readouterr().out
    assert f'{plan}:1:8: đã sửa "chưc" → "chức"' in out
    fixed = tmp_path / "plan.da-sua.txt"
    assert fixed.read_text(encoding="utf-8") == "Các tổ chức đoàn thể thực hiện kế hoạch.\n"
    assert plan.read_text(encoding="utf-8").startswith("Các tổ chưc")  # the original is untouched
