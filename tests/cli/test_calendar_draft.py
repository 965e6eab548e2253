"""`kehoach calendar YEAR --profile … -o …`: the calendar page's draft from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from kehoach.cli import main

LE_CHAN = str(ROOT / "examples" / "profiles" / "phuong-le-chan-hai-phong.yaml")


def test_it_writes_the_draft_for_the_events_the_page_ticks(tmp_path: Path) -> None:
    target = tmp_path / "lich.yaml"
    assert (
        main(["calendar", "2026", "--quarter", "1", "--profile", LE_CHAN, "-o", str(target)]) == 0
    )
    plan = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert plan["issuer"] == "Ủy ban nhân dân phường Lê Chân"
    assert plan["title"] == "Tổ chức các hoạt động tuyên truyền quý I năm 2026"
    events = {a["event"] for a in plan["anniversaries"]}
    assert "Ngày thành lập Đảng Cộng sản Việt Nam" in events
    assert all(a["deadline"] for a in plan["assignments"])


def test_it_takes_the_events_named(tmp_path: Path) -> None:
    target = tmp_path / "lich.yaml"
    argv = ["calendar", "2026", "--quarter", "1", "--profile", LE_CHAN, "-o", str(target)]
    assert main([*argv, "--events", "le-hoi-nu-tuong-le-chan"]) == 0
    plan = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert not plan["anniversaries"] and "Nữ tướng Lê Chân" in yaml.safe_dump(
        plan, allow_unicode=True
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["calendar", "2026", "-o", "x.yaml"],
        ["calendar", "2026", "--profile", LE_CHAN, "-o", "x.yaml", "--events", "khong-co"],
        ["calendar", "lunar", "30/01/2024", "--profile", LE_CHAN],
    ],
)
def test_a_wrong_request_is_one_line_and_status_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("kehoach: ") and len(err.strip().splitlines()) == 1
