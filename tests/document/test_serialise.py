"""The JSON contract: keys, order, ISO dates, and a lossless round trip."""

import json
from datetime import date

import pytest

from kehoach.document import (
    SCHEMA,
    Anniversary,
    Assignment,
    Plan,
    Reference,
    Section,
    Signature,
    plan_from_dict,
    plan_to_dict,
)
from kehoach.document.model import Table

CONTRACT_KEYS = [
    "schema", "doc_type", "number", "symbol", "issuer", "place", "date", "year", "title", "bases",
    "references", "sections", "assignments", "slogans", "anniversaries", "recipients", "archive",
    "signature",
]  # fmt: skip


def sample_plan() -> Plan:
    reference = Reference(
        kind="Kế hoạch",
        number="157",
        symbol="KH-UBND",
        date=date(2024, 7, 10),
        issuer="Ủy ban nhân dân thành phố Hải Phòng",
        text="Kế hoạch số 157/KH-UBND ngày 10/7/2024 của Ủy ban nhân dân thành phố Hải Phòng",
    )
    return Plan(
        number=None,
        symbol="KH-UBND",
        place="Dương Kinh",
        year=2024,
        title="Phát động phong trào thi đua",
        bases=[reference],
        references=[reference],
        sections=[Section("I", "MỤC ĐÍCH, YÊU CẦU", ["- Khơi dậy"], [Section("1", "Mục đích")])],
        assignments=[Assignment("Phòng Nội vụ quận", "Theo dõi", deadline=date(2024, 7, 31))],
        anniversaries=[
            Anniversary(70, "Ngày Giải phóng Hải Phòng", date(1955, 5, 13), date(2025, 5, 13))
        ],
        recipients=["Ban Thi đua, khen thưởng - SNV"],
        archive=["VT", "NV"],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", None, "CHỦ TỊCH", None, "Nguyễn Minh Phương"),
    )


def test_contract_keys_come_first_in_documented_order():
    assert list(plan_to_dict(sample_plan()))[: len(CONTRACT_KEYS)] == CONTRACT_KEYS


def test_schema_is_versioned():
    assert plan_to_dict(Plan())["schema"] == SCHEMA == "kehoach.plan/1"


def test_dates_are_iso_strings():
    data = plan_to_dict(sample_plan())
    assert data["bases"][0]["date"] == "2024-07-10"
    assert data["anniversaries"][0]["start"] == "1955-05-13"


def test_round_trip_through_json_is_lossless():
    plan = sample_plan()
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(plan)))) == plan


def test_text_is_nfc_normalised_on_entry():
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"  # "Kế hoạch" in NFD
    assert plan_from_dict({"title": decomposed}).title == "Kế hoạch"


def test_unknown_schema_is_refused():
    with pytest.raises(ValueError, match="unsupported schema"):
        plan_from_dict({"schema": "kehoach.plan/99"})


def _plan_with_table() -> Plan:
    plan = sample_plan()
    table = Table(
        rows=[["TT", "Đơn vị", "Số buổi"], ["1", "Phòng Văn hóa - Xã hội", "12"]],
        header_rows=1,
        caption="Bảng 1. Số liệu",
        position=0,
    )
    plan.sections[0].tables.append(table)
    return plan


def test_section_tables_round_trip_through_json():
    plan = _plan_with_table()
    data = json.loads(json.dumps(plan_to_dict(plan), ensure_ascii=False))
    assert plan_from_dict(data) == plan
    assert data["sections"][0]["tables"][0] == {
        "rows": [["TT", "Đơn vị", "Số buổi"], ["1", "Phòng Văn hóa - Xã hội", "12"]],
        "header_rows": 1,
        "caption": "Bảng 1. Số liệu",
        "position": 0,
    }


def test_a_section_without_tables_has_no_tables_key():
    data = plan_to_dict(sample_plan())
    assert all("tables" not in section for section in data["sections"])


def test_old_json_without_tables_still_loads():
    data = plan_to_dict(sample_plan())
    for section in data["sections"]:
        section.pop("tables", None)
    assert all(s.tables == [] for s in plan_from_dict(data).all_sections())


def test_table_defaults_a_header_row_and_no_position():
    data = plan_to_dict(sample_plan())
    data["sections"][0]["tables"] = [{"rows": [["a", "b"], ["c", None]]}]
    table = plan_from_dict(data).sections[0].tables[0]
    assert table == Table(rows=[["a", "b"], ["c", ""]], header_rows=1, position=None)


def test_table_rows_that_are_not_lists_are_refused():
    data = plan_to_dict(sample_plan())
    data["sections"][0]["tables"] = [{"rows": "a|b"}]
    with pytest.raises(ValueError):
        plan_from_dict(data)
