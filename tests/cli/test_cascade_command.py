"""`kehoach cascade`: the draft file, the summary, and one-line errors with exit status 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from kehoach.cli import main
from kehoach.document.model import Assignment, Plan, Section
from kehoach.document.serialise import plan_to_dict
from kehoach.write.authoring import load_plan_file

PROFILE = ROOT / "examples" / "profiles" / "phuong-le-chan-hai-phong.yaml"


@pytest.fixture
def upper(tmp_path: Path) -> Path:
    plan = Plan(
        number="157",
        symbol="KH-UBND",
        issuer="Ủy ban nhân dân thành phố Hải Phòng",
        date=date(2025, 7, 10),
        year=2025,
        title="Tuyên truyền Đại hội Thi đua yêu nước",
        sections=[
            Section(
                "I",
                "TỔ CHỨC THỰC HIỆN",
                children=[
                    Section(
                        "1", "UBND các xã, phường", ["- Báo cáo kết quả trước ngày 15/12/2025."]
                    )
                ],
            )
        ],
        assignments=[Assignment("UBND các xã, phường", "Báo cáo kết quả trước ngày 15/12/2025.")],
    )
    path = tmp_path / "upper.yaml"
    path.write_text(yaml.safe_dump(plan_to_dict(plan), allow_unicode=True), encoding="utf-8")
    return path


def test_writes_an_authoring_yaml_the_renderer_reads(upper: Path, tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["cascade", str(upper), "--profile", str(PROFILE), "-o", str(out)]) == 0
    draft = load_plan_file(out)
    assert draft.issuer == "Ủy ban nhân dân phường Lê Chân"
    # every task's deadline survives the YAML: the earliest is 5 working days before the upper one
    assert min(a.deadline for a in draft.assignments) == date(2025, 12, 8)
    assert all(a.deadline is not None for a in draft.assignments)
    assert draft.appendices[-1].tables[0].rows[1][4].startswith("Trước ngày ")


def test_prints_a_summary_with_the_review_count(upper: Path, tmp_path: Path, capsys) -> None:
    main(["cascade", str(upper), "--profile", str(PROFILE), "-o", str(tmp_path / "d.yaml")])
    assert "ghi chú cần xem lại" in capsys.readouterr().err


def test_year_option_sets_the_plan_year(upper: Path, capsys) -> None:
    assert main(["cascade", str(upper), "--profile", str(PROFILE), "--year", "2026"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["year"] == 2026


def test_date_option_fills_the_date_line(upper: Path, capsys) -> None:
    main(["cascade", str(upper), "--profile", str(PROFILE), "--date", "2025-08-01"])
    assert yaml.safe_load(capsys.readouterr().out)["date"] == "2025-08-01"


def test_the_draft_renders(upper: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    main(["cascade", str(upper), "--profile", str(PROFILE), "-o", str(draft)])
    assert main(["render", str(draft), "-o", str(tmp_path / "draft.docx")]) == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--profile", "/nonexistent/ward.yaml"], "Không tìm thấy hồ sơ đơn vị"),
        (["--profile", str(PROFILE), "--date", "05/08/2025"], "ngày ban hành không hợp lệ"),
        (["--profile", str(PROFILE), "--year", "20255"], "năm không hợp lệ"),
        (
            ["--profile", str(PROFILE), "--mapping", "/nonexistent/m.yaml"],
            "Không tìm thấy bảng ánh xạ",
        ),
    ],
)
def test_bad_options_are_one_line_errors(
    upper: Path, capsys, extra: list[str], message: str
) -> None:
    assert main(["cascade", str(upper), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_missing_upper_plan_is_an_input_error(capsys) -> None:
    assert main(["cascade", "/nonexistent/upper.docx", "--profile", str(PROFILE)]) == 2
    assert capsys.readouterr().err.startswith("kehoach: ")


def test_cascades_a_seed_text_file(tmp_path: Path) -> None:
    seed = ROOT / "tests" / "fixtures" / "seeds" / "002_4e23336b39a2b7b0.txt"
    profile = ROOT / "examples" / "profiles" / "phuong-hoa-nghia-duong-kinh-2024.yaml"
    out = tmp_path / "draft.yaml"
    assert main(["cascade", str(seed), "--profile", str(profile), "-o", str(out)]) == 0
    draft = load_plan_file(out)
    assert draft.preamble[0].startswith("Thực hiện Kế hoạch số 157/KH-UBND ngày 10/7/2024")
    assert "của Ủy ban nhân dân quận Dương Kinh" in draft.preamble[0]
    assert draft.recipients[0] == "Ủy ban nhân dân quận Dương Kinh (để báo cáo)"
    # seed 002 asks the wards for their plan "trong tháng 07 năm 2024": ours is due earlier
    assert draft.assignments[0].deadline is not None
    assert draft.assignments[0].deadline < date(2024, 7, 31)


def test_a_text_that_is_not_a_plan_is_refused(tmp_path: Path, capsys) -> None:
    text = tmp_path / "note.txt"
    text.write_text("xin chào\n", encoding="utf-8")
    assert main(["cascade", str(text), "--profile", str(PROFILE)]) == 2
    assert capsys.readouterr().err.startswith("kehoach: ")
