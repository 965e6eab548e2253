"""`kehoach report`: a BC drafted from a plan and its units' files, read back from the .docx; one-line
errors with exit status 2 on bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from kehoach.cli import main
from kehoach.document.model import Assignment, Plan, Reference, Section, Signature
from kehoach.document.serialise import plan_to_dict
from kehoach.read import read_plan
from kehoach.write.authoring import load_plan_file

UPPER = "Ủy ban nhân dân huyện Tiên Lãng"


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    plan = Plan(
        doc_type="KH",
        number="21",
        symbol="KH-UBND",
        issuer="Ủy ban nhân dân xã Tân Phong",
        parent_issuer="UBND HUYỆN TIÊN LÃNG",
        place="Tân Phong",
        date=date(2026, 3, 2),
        year=2026,
        title="Ra quân làm sạch đường làng, ngõ xóm quý II năm 2026",
        bases=[Reference("Kế hoạch", "44", "KH-UBND", date(2026, 2, 20), UPPER)],
        sections=[
            Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Nâng cao ý thức giữ gìn vệ sinh môi trường."]),
            Section(
                "II", "NỘI DUNG", children=[Section("1", "Thu gom rác thải", ["Mỗi thôn ra quân."])]
            ),
        ],
        assignments=[
            Assignment(
                "Đoàn Thanh niên xã", "Ra quân thu gom rác thải.", "lead", date(2026, 6, 15)
            ),
            Assignment("Các thôn", "Vận động Nhân dân tham gia.", "support", date(2026, 6, 15)),
            Assignment("Công an xã", "Bảo đảm trật tự.", "support", date(2026, 6, 15)),
        ],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "", "CHỦ TỊCH", "", "Phạm Văn Bình"),
    )
    path = tmp_path / "ke-hoach.yaml"
    path.write_text(yaml.safe_dump(plan_to_dict(plan), allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    (folder / "doan-thanh-nien.yaml").write_text(
        "unit: Đoàn Thanh niên xã\nperiod: quý II năm 2026\n"
        "figures: {Buổi ra quân: 6, Tấn rác thu gom (tấn): 14}\n"
        "text: Tổ chức 6 buổi ra quân, thu gom 14 tấn rác thải.\n"
        "proposals: Bố trí thêm thùng rác công cộng tại chợ xã.\n",
        encoding="utf-8",
    )
    (folder / "thon.yaml").write_text(
        "unit: Các thôn\nfigures: {Buổi ra quân: 9}\ntext: Vận động 1.200 lượt người tham gia.\n",
        encoding="utf-8",
    )
    (folder / "cong-an.yaml").write_text("unit: Công an xã\nno_activity: true\n", encoding="utf-8")
    return folder


def test_it_drafts_the_report_as_a_docx_with_every_part(plan_file, reports, tmp_path, capsys):
    out = tmp_path / "bc.docx"
    command = ["report", str(plan_file), "--reports", str(reports), "-o", str(out)]
    assert main([*command, "--date", "2026-07-03"]) == 0
    report = read_plan(out)
    assert report.doc_type == "BC" and "quý II năm 2026" in report.title
    assert report.preamble[0] == f"Kính gửi: {UPPER}."
    assert [s.number for s in report.sections] == ["I", "II", "III", "IV", "V"]
    assert report.recipients[0].startswith(UPPER)
    tables = [t for s in report.all_sections() for t in s.tables]
    total = next(row for row in tables[-1].rows if "Tổng cộng" in row)
    assert total[2:] == ["15", "14"]  # buổi ra quân 6 + 9, tấn rác 14
    text = " ".join(p for s in report.all_sections() for p in s.paragraphs)
    assert "Công an xã" in text and "Bố trí thêm thùng rác" in text
    err = capsys.readouterr().err
    assert "3/3 đơn vị được giao đã báo cáo" in err and "chỗ cần viết" in err


def test_a_report_dated_before_the_period_ends_says_it_is_estimated(plan_file, reports, tmp_path):
    out = tmp_path / "bc.yaml"
    command = ["report", str(plan_file), "--reports", str(reports), "-o", str(out)]
    assert main([*command, "--date", "2026-06-20"]) == 0
    draft = load_plan_file(out)
    assert "ước thực hiện đến hết ngày 30/06/2026" in draft.preamble[1]
    assert draft.review and all("Cần viết" in note.note for note in draft.review)


def test_targets_give_the_share_achieved(plan_file, reports, tmp_path):
    targets = tmp_path / "chi-tieu.yaml"
    targets.write_text(
        "- {label: Buổi ra quân, measure: buổi, target: 20}\n- label: Tấn rác thu gom\n  measure: tấn\n",
        encoding="utf-8",
    )
    out = tmp_path / "bc.yaml"
    command = ["report", str(plan_file), "--reports", str(reports), "--figures", str(targets)]
    assert main([*command, "-o", str(out)]) == 0
    rows = next(t for s in load_plan_file(out).all_sections() for t in s.tables).rows
    assert rows[1][1:] == ["Buổi ra quân", "buổi", "20", "15", "75"]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: (d / "thon.yaml").write_bytes(b"\x00\x01\x02"), "không phải tệp văn bản"),
        (
            lambda d: (d / "thon.yaml").write_text(
                "unit: Các thôn\nfigures: {Buổi ra quân: -1}\n", encoding="utf-8"
            ),
            "từ 0",
        ),
        (
            lambda d: (d / "bom.yaml").write_text(
                "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", encoding="utf-8"
            ),
            "cú pháp YAML",
        ),
    ],
)
def test_a_bad_unit_file_is_one_line_and_status_2(
    plan_file, reports, tmp_path, capsys, change, says
):
    change(reports)
    out = tmp_path / "bc.docx"
    assert main(["report", str(plan_file), "--reports", str(reports), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--period", "mùa mưa"], "không hiểu kỳ báo cáo"),
        (["--date", "30/06/2026"], "YYYY-MM-DD"),
        (["-o", "bc.odt"], "phải là .docx, .pdf hoặc .yaml"),
    ],
)
def test_bad_options_are_one_line_and_status_2(plan_file, reports, tmp_path, capsys, extra, says):
    command = ["report", str(plan_file), "--reports", str(reports), "-o", str(tmp_path / "bc.docx")]
    assert main([*command, *extra]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1


def test_a_missing_folder_is_one_line(plan_file, tmp_path, capsys):
    command = ["report", str(plan_file), "--reports", str(tmp_path / "khong-co")]
    assert main([*command, "-o", str(tmp_path / "bc.docx")]) == 2
    assert "không có thư mục báo cáo" in capsys.readouterr().err
