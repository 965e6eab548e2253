"""Our units are not told to work with our own committee."""

from __future__ import annotations

import pytest

from kehoach.cascade.own_committee import without_own_committee

COMMITTEE = "Ủy ban nhân dân phường"


@pytest.mark.parametrize(
    ("line", "ours"),
    [
        (
            "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng, ban, đơn vị, Ủy ban nhân dân "
            "phường thẩm định hồ sơ.",
            "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng, ban, đơn vị thẩm định hồ sơ.",
        ),
        (
            "- Trạm Y tế phường phối hợp với Ủy ban nhân dân phường kiểm tra.",
            "- Trạm Y tế phường kiểm tra.",
        ),
        (
            "Làm sạch dữ liệu hộ tịch; phối hợp với Ủy ban nhân dân phường, hoàn thành trước ngày 23/06/2026.",
            "Làm sạch dữ liệu hộ tịch, hoàn thành trước ngày 23/06/2026.",
        ),
        (
            "Kiểm tra; phối hợp với Ủy ban nhân dân phường và Công an phường.",
            "Kiểm tra; phối hợp với Công an phường.",
        ),
        ("- Phối hợp với Ủy ban nhân dân phường Lê Chân tổ chức lễ.", "- Tổ chức lễ."),
        (
            "Sơ kết, tổng kết công tác thông tin cơ sở; phối hợp với UBND phường.",
            "Sơ kết, tổng kết công tác thông tin cơ sở.",
        ),
        (
            "Cắt giảm giấy tờ; phối hợp với Các phòng, ban.",
            "Cắt giảm giấy tờ; phối hợp với các phòng, ban.",
        ),
    ],
)
def test_our_committee_leaves_a_units_partner_list(line: str, ours: str) -> None:
    assert without_own_committee(line, COMMITTEE) == ours


def test_a_line_that_is_only_that_partnership_is_left_to_the_drafter() -> None:
    line = "Phối hợp với Ủy ban nhân dân phường."
    assert without_own_committee(line, COMMITTEE) == line


def test_our_committee_as_the_subject_keeps_its_partners() -> None:
    line = "Ủy ban nhân dân phường phối hợp với Trạm Y tế phường kiểm tra."
    assert without_own_committee(line, COMMITTEE) == line


def test_a_unit_is_not_told_to_guide_our_committee_but_does_the_work() -> None:
    line = "Hướng dẫn Ủy ban nhân dân phường mở lớp dạy bơi an toàn cho trẻ em."
    assert without_own_committee(line, COMMITTEE) == "Mở lớp dạy bơi an toàn cho trẻ em."


def test_guidance_about_something_keeps_its_words() -> None:
    line = "Hướng dẫn Ủy ban nhân dân phường về thủ tục đăng ký."
    assert without_own_committee(line, COMMITTEE) == line
