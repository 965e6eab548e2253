"""Header fields derived from the plan when the authoring file does not give them."""

import pytest

from kehoach.document.model import Plan
from kehoach.errors import InputError
from kehoach.write.header import Header, header_from_dict, issuer_lines, resolve


def test_people_s_committee_goes_on_its_own_line():
    assert issuer_lines("Ủy ban nhân dân phường Lê Chân") == ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"]


def test_other_issuers_stay_on_one_line():
    assert issuer_lines("Sở Văn hóa và Thể thao") == ["SỞ VĂN HÓA VÀ THỂ THAO"]


def test_resolve_derives_parent_issuer_and_document_name():
    plan = Plan(
        doc_type="BC", issuer="Ủy ban nhân dân xã Lương Minh", parent_issuer="UBND tỉnh Quảng Ninh"
    )
    header = resolve(plan, None)
    assert header.parent_issuer == ["UBND TỈNH QUẢNG NINH"]
    assert header.issuer_short == ["ỦY BAN NHÂN DÂN", "XÃ LƯƠNG MINH"]
    assert header.doc_name == "BÁO CÁO"


def test_given_header_fields_win():
    plan = Plan(issuer="Ủy ban nhân dân phường Lê Chân")
    header = resolve(plan, Header(issuer_short=["UBND PHƯỜNG LÊ CHÂN"]))
    assert header.issuer_short == ["UBND PHƯỜNG LÊ CHÂN"]


def test_header_mapping_rejects_unknown_keys():
    with pytest.raises(InputError, match="isuer"):
        header_from_dict({"isuer": "x"})


def test_header_mapping_reads_multiline_issuer_and_margins():
    header = header_from_dict(
        {"issuer_short": "Ủy ban nhân dân\nphường Lê Chân", "margins": {"left": 35, "right": 20}}
    )
    assert header.issuer_short == ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"]
    assert (header.margins.left, header.margins.right, header.margins.top) == (35, 20, 20)
