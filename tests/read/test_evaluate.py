"""Field by field on plans written for this test (tests/fixtures/fields) in shapes real users bring:
a web portal's text with both header columns wrapped mid-phrase (a Sở under its province), a Ban Chỉ
đạo's draft with the number and day left blank, a ward's plan with appendices and their tables, a Sở's
plan issued with a Quyết định ("(Kèm theo ...)" under the title, "*" points, tab columns), a Tiểu ban's
draft with dotted blanks; and, written after the reader was last changed, a city Sở's plan "Ban hành kèm
theo" a Quyết định with its date line wrapped after "ngày", a xã's Ban Chỉ huy draft in tab columns with a
blank day, a phường's plan with two appendices and their tables, a province's portal text with both
header columns run into one line. Each .fields.json says what a person reads in the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from kehoach.read import read_plan
from kehoach.read.evaluate import FIELDS, compare, field_values

FOLDER = ROOT / "tests" / "fixtures" / "fields"
PLANS = sorted(p for p in FOLDER.iterdir() if not p.name.endswith(".fields.json"))


def _expected(plan: Path) -> dict:
    return json.loads(plan.with_name(plan.name.split(".")[0] + ".fields.json").read_text("utf-8"))


CASES = [(plan.name, field) for plan in PLANS for field in _expected(plan)]


def test_each_plan_states_every_field():
    assert len(PLANS) >= 5
    assert all(tuple(_expected(plan)) == FIELDS for plan in PLANS)


@pytest.mark.parametrize("name, field", CASES)
def test_field(name, field):
    plan = read_plan(FOLDER / name)
    assert field_values(plan)[field] == _expected(FOLDER / name)[field]


def test_a_field_with_one_wrong_word_is_wrong():
    plan = read_plan(PLANS[0])
    expected = dict(_expected(PLANS[0]), issuer="Sở Nông nghiệp tỉnh Thanh Hóa")
    result = compare(expected, plan)
    assert result["issuer"] is False
    assert sum(result.values()) == len(FIELDS) - 1
