"""Authoring files: YAML and JSON onto the kehoach.plan/1 contract, plus the renderer's header."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import ROOT
from kehoach.document.serialise import plan_to_dict
from kehoach.errors import InputError
from kehoach.write.authoring import load_plan_and_header, load_plan_file

EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"


def test_example_loads_as_a_full_plan():
    plan = load_plan_file(EXAMPLE)
    assert plan.issuer == "Ủy ban nhân dân phường An Biên"
    assert plan.number is None and plan.date is None and plan.year == 2025
    assert [s.number for s in plan.sections] == ["I", "II", "III", "IV"]
    assert plan.anniversaries[0].count == 95
    assert plan.anniversaries[0].start == date(1930, 2, 3)
    assert plan.bases[0].date == date(2024, 12, 27)
    assert plan.signature is not None and plan.signature.name == "Trần Văn Minh"


def test_example_header_gives_the_issuer_lines():
    _, header = load_plan_and_header(EXAMPLE)
    assert header is not None
    assert header.issuer_short == ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN BIÊN"]
    assert (header.margins.top, header.margins.left) == (20, 30)


def test_json_of_the_contract_loads_to_the_same_plan(tmp_path):
    plan = load_plan_file(EXAMPLE)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan_to_dict(plan), ensure_ascii=False), encoding="utf-8")
    assert plan_to_dict(load_plan_file(path)) == plan_to_dict(plan)


def test_yaml_error_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("title: Kế hoạch\nsections:\n  - number: I\n   title: [\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dòng \d+"):
        load_plan_file(path)


def test_unknown_key_is_refused(tmp_path):
    path = tmp_path / "typo.yaml"
    path.write_text("titel: Kế hoạch\n", encoding="utf-8")
    with pytest.raises(InputError, match="titel"):
        load_plan_file(path)


def test_wrong_value_type_is_an_input_error(tmp_path):
    path = tmp_path / "date.yaml"
    path.write_text("date: 2025-13-45\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_plan_file(path)


def test_top_level_list_is_refused(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(InputError, match="bảng"):
        load_plan_file(path)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="không tìm thấy"):
        load_plan_file(tmp_path / "absent.yaml")


def test_year_defaults_to_the_date_year(tmp_path):
    path = tmp_path / "dated.yaml"
    path.write_text("title: Thử\ndate: 2025-01-06\n", encoding="utf-8")
    assert load_plan_file(path).year == 2025


TABLE_YAML = """\
title: Tuyên truyền quý I năm 2025
sections:
  - number: I
    title: NỘI DUNG
    paragraphs: [Lịch tuyên truyền như sau., Các đơn vị chủ động thực hiện.]
    tables:
      - caption: Bảng 1. Lịch tuyên truyền
        position: 1
        rows:
          - [TT, Nội dung, Số buổi]
          - [1, Phát thanh, 12]
"""


def test_yaml_section_table_loads_with_numbers_as_text(tmp_path):
    path = tmp_path / "table.yaml"
    path.write_text(TABLE_YAML, encoding="utf-8")
    table = load_plan_file(path).sections[0].tables[0]
    assert table.rows == [["TT", "Nội dung", "Số buổi"], ["1", "Phát thanh", "12"]]
    assert (table.caption, table.position, table.header_rows) == ("Bảng 1. Lịch tuyên truyền", 1, 1)


def test_yaml_table_rows_that_are_not_rows_are_an_input_error(tmp_path):
    path = tmp_path / "table.yaml"
    path.write_text(
        TABLE_YAML.replace("        rows:\n", "        rows: x\n        other:\n"), encoding="utf-8"
    )
    with pytest.raises(InputError, match="rows của bảng"):
        load_plan_file(path)
