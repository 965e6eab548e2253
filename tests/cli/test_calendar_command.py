"""`kehoach calendar`: lunar and solar conversions, the year/quarter view, JSON shapes, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from kehoach.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["calendar", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_lunar_json_is_one_object_a_line_with_the_documented_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "lunar", "10/02/2024", "30/01/2024", "--json")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert json.loads(lines[0]) == {
        "solar": "2024-02-10",
        "year": 2024,
        "month": 1,
        "day": 1,
        "leap": False,
        "year_name": "Giáp Thìn",
        "month_name": "Bính Dần",
        "day_name": "Giáp Thìn",
    }
    assert list(json.loads(lines[0])) == [
        "solar", "year", "month", "day", "leap", "year_name", "month_name", "day_name",
    ]  # fmt: skip
    assert json.loads(lines[1])["day"] == 20


@pytest.mark.parametrize("written", ["10/02/2024", "10/2/2024", "2024-02-10"])
def test_lunar_accepts_the_three_date_spellings(
    capsys: pytest.CaptureFixture[str], written: str
) -> None:
    status, out, _ = _run(capsys, "lunar", written, "--json")
    assert status == 0
    assert json.loads(out)["solar"] == "2024-02-10"


def test_lunar_reads_dates_from_stdin_with_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("20/02/2024\n\n2025-07-25\n"))
    status, out, _ = _run(capsys, "lunar", "-", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["day"], r["month"], r["leap"]) for r in records] == [(11, 1, False), (1, 6, True)]


def test_lunar_human_output_names_the_month_and_year(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "lunar", "30/01/2024")
    assert status == 0
    assert "ngày 20 tháng Chạp năm Quý Mão" in out


def test_solar_converts_a_lunar_date_and_honours_leap(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "solar", "1/1/2024", "--json")
    assert status == 0 and json.loads(out)["solar"] == "2024-02-10"
    status, out, _ = _run(capsys, "solar", "1/6/2025", "--leap", "--json")
    assert json.loads(out)["solar"] == "2025-07-25"
    status, out, _ = _run(capsys, "solar", "1/6N/2025", "--json")
    assert json.loads(out)["solar"] == "2025-07-25"


@pytest.mark.parametrize(
    "argv",
    [
        ["lunar", "30/02/2024"],
        ["lunar", "hôm qua"],
        ["lunar", "01/01/2300"],
        ["solar", "30/6/2025", "--leap"],
        ["solar", "1/1/2024", "--leap"],
        ["abc"],
        ["1800"],
        ["lunar"],
    ],
)
def test_bad_dates_give_one_line_on_stderr_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("kehoach: ")


def test_good_dates_still_print_when_one_is_bad(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "lunar", "31/02/2024", "10/02/2024", "--json")
    assert status == 2
    assert json.loads(out)["solar"] == "2024-02-10"
    assert "31/02/2024" in err


def test_quarter_view_lists_what_seed_000_covers(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "2024", "--quarter", "1", "--scope", "hai-phong")
    assert status == 0
    table, slogans = out.split("Khẩu hiệu gợi ý:")
    party = next(line for line in table.splitlines() if "Đảng Cộng sản Việt Nam" in line)
    assert party.startswith("03/02/2024") and " 94 " in party and "năm khác" in party
    assert "Tết Nguyên đán Giáp Thìn" in table
    le_chan = next(line for line in table.splitlines() if "Lê Chân" in line)
    assert le_chan.startswith("16/03/2024") and "07/02 Giáp Thìn" in le_chan
    assert "Ngày Thầy thuốc Việt Nam" in table
    assert "Mừng Xuân Giáp Thìn!".lower() in slogans.lower()


def test_quarter_view_marks_unverified_entries(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "2025", "--quarter", "1")
    women = next(line for line in out.splitlines() if "Quốc tế Phụ nữ" in line)
    assert "(chưa xác minh)" in women
    party = next(line for line in out.splitlines() if line.startswith("03/02/2025"))
    assert "chưa xác minh" not in party and "năm lẻ 5" in party


def test_year_json_has_occasions_with_class_and_slogans_with_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "2025", "--quarter", "2", "--scope", "hai-phong", "--json")
    document = json.loads(out)
    assert status == 0
    assert (document["start"], document["end"]) == ("2025-04-01", "2025-06-30")
    by_id = {o["id"]: o for o in document["occasions"]}
    liberation = by_id["giai-phong-hai-phong"]
    assert (liberation["count"], liberation["class"]) == (70, "năm tròn")
    assert by_id["gio-to-hung-vuong"]["date"] == "2025-04-07"
    assert by_id["gio-to-hung-vuong"]["lunar"] == {
        "year": 2025,
        "month": 3,
        "day": 10,
        "leap": False,
    }
    assert all(s["source"] for s in document["slogans"])


def test_the_installed_command_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kehoach", "calendar", "lunar", "2024-02-10", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["year_name"] == "Giáp Thìn"


@pytest.mark.parametrize("order", [("--json", "-"), ("-", "--json")])
def test_options_may_stand_between_positionals(
    order: tuple[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("10/02/2024\n"))
    status, out, _ = _run(capsys, "lunar", *order)
    assert status == 0 and json.loads(out)["day"] == 1


def test_options_before_two_dates_take_both(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "lunar", "--json", "10/02/2024", "11/02/2024")
    assert status == 0 and [json.loads(line)["day"] for line in out.splitlines()] == [1, 2]
