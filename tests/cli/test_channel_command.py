"""`kehoach channel`: every channel's files in the folder; bad input is one line and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from conftest import ROOT
from kehoach.cli import main

EXAMPLE = ROOT / "examples" / "messages" / "tin-94-nam-thanh-lap-dang.yaml"


def test_writes_the_chosen_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ra"
    assert main(["channel", str(EXAMPLE), "--to", "portal,led", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert "cong-thong-tin-bai-viet.html" in names and "led-01.png" in names
    assert not any(n.endswith(".wav") or n.startswith("bang-ron") for n in names)
    assert [p.name for p in tmp_path.iterdir()] == ["ra"]  # no temporary folder left
    assert "Cổng thông tin" in capsys.readouterr().out


def test_settings_file_changes_the_led_resolution(tmp_path: Path) -> None:
    settings = tmp_path / "kenh.yaml"
    settings.write_text("channels:\n  led_width: 640\n  led_height: 320\n", encoding="utf-8")
    out = tmp_path / "ra"
    assert (
        main(["channel", str(EXAMPLE), "--to", "led", "-o", str(out), "--settings", str(settings)])
        == 0
    )
    assert Image.open(out / "led-01.png").size == (640, 320)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00binary",
        "title: Tin\nbody: Nội dung\n".encode("utf-16"),
        b"title: [\n",
        b"title: Tin\n",
        b"a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\ntitle: *c\nbody: *c\n",
        b"title: Tin\nbody: N\nschedule:\n  - from: 2025-05-02\n    to: 2025-05-01\n",
        b"title: Tin\nbody: N\nschedule:\n  - from: 2025-01-01\n    to: 2099-12-31\n    times: ['06:00']\n",
        b"title: " + b"x" * 2_000_000,
    ],
    ids=[
        "empty",
        "binary",
        "utf16",
        "broken",
        "no-body",
        "alias-bomb",
        "end-before-start",
        "huge-schedule",
        "huge",
    ],
)
def test_bad_message_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    bad = tmp_path / "tin.yaml"
    bad.write_bytes(content)
    assert main(["channel", str(bad), "-o", str(tmp_path / "ra")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kehoach: ") and err.count("\n") == 1
    assert not (tmp_path / "ra").exists()


def test_unknown_channel_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["channel", str(EXAMPLE), "--to", "tivi", "-o", str(tmp_path / "ra")]) == 2
    assert "tivi" in capsys.readouterr().err
