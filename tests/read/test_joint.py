"""A joint plan's head: which symbol or type line says it is joint, and its first body."""

from __future__ import annotations

from kehoach.read.joint import is_joint, joint_issuer


def test_a_joint_symbol_or_type_line_says_joint() -> None:
    assert is_joint("KHLT-UBND-MTTQ", None)
    assert is_joint(None, "KẾ HOẠCH LIÊN TỊCH")
    assert not is_joint("KH-UBND", "KẾ HOẠCH")


def test_the_first_complete_body_of_the_column_issues_it() -> None:
    column = ["ỦY BAN NHÂN DÂN XÃ PHÚ HÒA", "BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ HÒA"]
    assert joint_issuer(column) == "Ủy ban nhân dân xã Phú Hòa"


def test_a_body_under_its_parent_is_not_joint() -> None:
    assert joint_issuer(["UBND TỈNH ĐỒNG THÁP", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]) is None
