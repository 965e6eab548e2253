"""`kehoach parse`: outline for people, the JSON contract for programs, many files at once."""

from __future__ import annotations

import io
import json
import sys

from conftest import FIXTURES, SEEDS
from kehoach.cli import main
from kehoach.cli.parse_command import outline
from kehoach.document.serialise import SCHEMA, plan_from_dict, plan_to_dict
from kehoach.read import read_plan

SEED = next((FIXTURES / "seeds").glob("000_*.txt"))


def test_json_for_one_file_is_one_object_of_the_contract(capsys):
    assert main(["parse", "--json", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == SCHEMA
    assert data == plan_to_dict(read_plan(SEED))


def test_json_round_trips_through_the_model(capsys):
    main(["parse", "--json", str(SEED)])
    data = json.loads(capsys.readouterr().out)
    assert plan_to_dict(plan_from_dict(data)) == data


def test_json_for_several_files_is_an_array_in_file_order(capsys):
    assert main(["parse", "--json", *map(str, SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert [item["title"] for item in data] == [read_plan(seed).title for seed in SEEDS]


def test_outline_shows_header_sections_assignments_recipients_and_signature(capsys):
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Số, ký hiệu:    …/KH-UBND" in out
    assert "Cơ quan ban hành: Ủy ban nhân dân quận Lê Chân" in out
    assert "Trích yếu:      Tổ chức các hoạt động tuyên truyền quý I năm 2024" in out
    assert "  I. MỤC ĐÍCH, YÊU CẦU" in out
    assert "      1.1. Tuyên truyền kỷ niệm các ngày lễ lớn của đất nước" in out
    assert "  - Phòng Văn hóa và Thông tin" in out
    assert "  - Sở Văn hóa Thể thao" in out
    assert "Lưu: VT, VHTT" in out
    assert "Chữ ký: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Việt Anh" in out


def test_help_says_several_files_give_an_array(capsys):
    try:
        main(["parse", "--help"])
    except SystemExit as stop:
        assert stop.code == 0
    assert "mảng" in capsys.readouterr().out


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    assert main(["parse", "--json", *map(str, SEEDS)]) == 0
    assert capsys.readouterr().err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_for_several_files(monkeypatch, capsys):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", "--json", *map(str, SEEDS)]) == 0
    assert f"{len(SEEDS)}/{len(SEEDS)}" in terminal.getvalue()
    assert "tệp" in terminal.getvalue()


TABLE_PLAN = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG LÊ CHÂN",
        "Số: 05/KH-UBND",
        "Lê Chân, ngày 06 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Tổ chức hoạt động tuyên truyền quý I năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tuyên truyền sâu rộng trong nhân dân.",
        "II. NỘI DUNG",
        "Lịch tuyên truyền như sau:",
        "",
        "| Thời gian | Nội dung | Đơn vị | Ghi chú |",
        "|---|---|---|---|",
        "| Tháng 1 | Mừng Đảng | Phòng Văn hóa - Xã hội | |",
        "| Tháng 2 | Mừng xuân<br>Mừng thọ | Trung tâm Văn hóa | |",
        "| Tháng 3 | Ngày Quốc tế Phụ nữ | Hội Liên hiệp Phụ nữ | |",
        "| Tháng 3 | Ngày thành lập Đoàn | Đoàn Thanh niên | |",
        "",
        "Các đơn vị chủ động thực hiện.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Văn hóa - Xã hội",
        "- Chủ trì, tham mưu.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
    ]
)


def test_outline_shows_a_body_table_under_its_section(tmp_path, capsys):
    path = tmp_path / "ke-hoach.md"
    path.write_text(TABLE_PLAN, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("  II. NỘI DUNG  [2 đoạn]")
    assert lines[at + 1] == ("    [Bảng: Thời gian | Nội dung | Đơn vị | Ghi chú, 5 dòng × 4 cột]")
    assert sum("[Bảng:" in line for line in lines) == 1


def test_outline_names_a_table_by_its_caption(tmp_path):
    path = tmp_path / "ke-hoach.md"
    path.write_text(TABLE_PLAN, encoding="utf-8")
    plan = read_plan(path)
    plan.sections[1].tables[0].caption = "Bảng 1. Lịch tuyên truyền"
    assert (
        "    [Bảng: Bảng 1. Lịch tuyên truyền, 5 dòng × 4 cột]" in outline(plan, "x").splitlines()
    )
