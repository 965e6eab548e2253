"""Names, roles and partners of the units a plan gives work to."""

from __future__ import annotations

from kehoach.read.units import split_unit


def test_a_unit_that_works_with_another_is_the_actor() -> None:
    """ "X phối hợp với Y tổ chức …": X does it with Y; after a colon "Phối hợp với Y" stays X's support."""
    named = split_unit("Sở Y tế phối hợp với Hội Chữ thập đỏ tỉnh tổ chức hiến máu tình nguyện.")
    assert named == (
        "Sở Y tế",
        "Chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh tổ chức hiến máu tình nguyện.",
    )
    assert split_unit("Sở Y tế: phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sức khỏe.") == (
        "Sở Y tế",
        "phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sức khỏe.",
    )
