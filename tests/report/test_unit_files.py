"""Unit report files: read with the site's report fields, refused in one line when unusable, and turned
into the result report's inputs (figures summed per unit, missing units outstanding)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kehoach.document.model import Assignment, Plan
from kehoach.errors import InputError
from kehoach.report.periods import Period
from kehoach.report.unit_files import (
    read_figure_specs,
    read_folder,
    read_unit_report,
    report_inputs,
)

PLAN = Plan(
    doc_type="KH",
    issuer="Ủy ban nhân dân xã Tân Phong",
    title="Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2026",
    assignments=[
        Assignment("Công chức Nông nghiệp xã", "Tiêm phòng đợt 1.", "lead", date(2026, 5, 30)),
        Assignment("Các thôn", "Vận động hộ chăn nuôi tiêm phòng.", "support", date(2026, 5, 30)),
        Assignment("Trạm Y tế xã", "Phòng bệnh lây sang người.", "support", None),
    ],
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_it_reads_every_field_of_a_unit_report(tmp_path):
    path = _write(
        tmp_path,
        "nong-nghiep.yaml",
        "unit: Công chức Nông nghiệp xã\nperiod: 6 tháng đầu năm 2026\n"
        "figures:\n  Liều vắc xin (liều): 2.400\n  Hộ chăn nuôi: 315\n"
        "text: Tiêm phòng lở mồm long móng cho đàn trâu, bò.\n"
        "difficulties: Nhiều hộ nuôi nhỏ lẻ.\ncauses: Người dân chủ quan.\n"
        "proposals: Hỗ trợ thêm vắc xin.\n",
    )
    report = read_unit_report(path)
    assert report.unit == "Công chức Nông nghiệp xã"
    assert report.period == Period(2026, "6-thang", 1)
    assert report.figures == {"Liều vắc xin (liều)": 2400, "Hộ chăn nuôi": 315}
    assert (report.difficulties, report.causes, report.proposals) == (
        "Nhiều hộ nuôi nhỏ lẻ.",
        "Người dân chủ quan.",
        "Hỗ trợ thêm vắc xin.",
    )


def test_a_dotted_thousand_is_a_thousand_not_a_fraction(tmp_path):
    path = _write(tmp_path, "a.yaml", "unit: Các thôn\nfigures: {Hộ chăn nuôi: 1.250}\n")
    assert read_unit_report(path).figures == {"Hộ chăn nuôi": 1250}
    bad = _write(tmp_path, "b.yaml", "unit: Các thôn\nfigures: {Hộ chăn nuôi: 2.5}\n")
    with pytest.raises(InputError, match="số nguyên"):
        read_unit_report(bad)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "rỗng"),
        ("figures: {Hộ: 3}\n", "thiếu “unit”"),
        ("unit: Các thôn\nso_lieu: 3\n", "khóa không biết: so_lieu"),
        ("unit: Các thôn\nfigures: {Hộ: -4}\n", "từ 0"),
        ("unit: Các thôn\nfigures: {Hộ: nhiều}\n", "phải là số nguyên"),
        ("unit: Các thôn\nperiod: mùa xuân\n", "không hiểu kỳ báo cáo"),
        ("unit: Các thôn\nno_activity: có\n", "no_activity"),
        ("- a\n- b\n", "cấp ngoài cùng"),
        ("a: &x [1, 2]\nb: [*x, *x]\n", "& và \\*"),
        ("unit: [Các thôn\n", "cú pháp YAML"),
    ],
)
def test_an_unusable_file_is_refused_with_what_to_do(tmp_path, text, says):
    with pytest.raises(InputError, match=says):
        read_unit_report(_write(tmp_path, "x.yaml", text))


def test_binary_and_wrongly_encoded_files_are_refused(tmp_path):
    binary = tmp_path / "a.yaml"
    binary.write_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(InputError, match="không phải tệp văn bản"):
        read_unit_report(binary)
    latin = tmp_path / "b.yaml"
    latin.write_bytes("unit: Các thôn".encode("cp1258"))
    with pytest.raises(InputError, match="UTF-8"):
        read_unit_report(latin)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"unit: a\ntext: " + b"x" * 300_000)
    with pytest.raises(InputError, match="quá lớn"):
        read_unit_report(huge)


def test_a_folder_without_report_files_says_so(tmp_path):
    (tmp_path / "ghi-chu.txt").write_text("không phải báo cáo", encoding="utf-8")
    with pytest.raises(InputError, match="không có tệp báo cáo"):
        read_folder(tmp_path)
    with pytest.raises(InputError, match="không có thư mục"):
        read_folder(tmp_path / "khong-co")


def test_inputs_sum_figures_per_unit_and_list_the_units_that_did_not_report(tmp_path):
    _write(tmp_path, "1.yaml", "unit: Các thôn\nfigures: {Hộ chăn nuôi: 120}\n")
    _write(tmp_path, "2.json", '{"unit": "các thôn", "figures": {"hộ chăn nuôi": 80}}')
    _write(tmp_path, "3.yaml", "unit: Công chức Nông nghiệp xã\nno_activity: true\n")
    inputs = report_inputs(PLAN, read_folder(tmp_path))
    assert [s.label for s in inputs.specs] == ["Hộ chăn nuôi"]
    by_unit = {r.unit: r for r in inputs.results}
    assert by_unit["Các thôn"].figures == {inputs.specs[0].key: 200}
    assert by_unit["Công chức Nông nghiệp xã"].no_activity
    assert [o.unit for o in inputs.outstanding] == ["Trạm Y tế xã"]
    assert [w.unit for w in inputs.works][0] == "Công chức Nông nghiệp xã"  # the plan's order


def test_a_period_keeps_only_the_reports_inside_it(tmp_path):
    _write(tmp_path, "q1.yaml", "unit: Các thôn\nperiod: quý I năm 2026\nfigures: {Hộ: 10}\n")
    _write(tmp_path, "q3.yaml", "unit: Các thôn\nperiod: quý III năm 2026\nfigures: {Hộ: 99}\n")
    reports = read_folder(tmp_path)
    half = report_inputs(PLAN, reports, period=Period(2026, "6-thang", 1))
    assert [r.figures for r in half.results] == [{"ho": 10}]
    year = report_inputs(PLAN, reports, period=Period(2026, "nam"))
    assert [r.figures for r in year.results] == [{"ho": 109}]


def test_targets_come_from_the_figures_file_and_unknown_labels_are_refused(tmp_path):
    specs = read_figure_specs(
        _write(
            tmp_path,
            "chi-tieu.yaml",
            "- label: Hộ chăn nuôi\n  measure: hộ\n  target: 300\n- label: Liều vắc xin\n",
        )
    )
    assert [(s.label, s.measure, s.target) for s in specs] == [
        ("Hộ chăn nuôi", "hộ", 300),
        ("Liều vắc xin", "", None),
    ]
    folder = tmp_path / "bc"
    folder.mkdir()
    _write(folder, "a.yaml", "unit: Các thôn\nfigures: {Gà tiêu hủy: 40}\n")
    with pytest.raises(InputError, match="không có trong danh mục"):
        report_inputs(PLAN, read_folder(folder), specs)
