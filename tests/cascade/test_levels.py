"""Level vocabulary: the subject a line opens with, upper bodies, reach-downs (sentences written here)."""

from __future__ import annotations

import pytest

from kehoach.cascade.levels import RESIDENTIAL_LIST, is_upper_actor, reaches_down, subject_of


def _subject(text: str) -> str | None:
    span = subject_of(text)
    return text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("Sở Y tế chủ trì giám sát dịch tễ.", "Sở Y tế"),
        ("Ban Chỉ đạo bầu cử của tỉnh: không quá 05 cá nhân.", "Ban Chỉ đạo bầu cử của tỉnh"),
        ("Sở Xây dựng rà soát điểm đen.", "Sở Xây dựng"),
        ("Thanh tra Sở Xây dựng kiểm tra bến xe.", "Thanh tra Sở Xây dựng"),
        (
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên, Giám đốc các sở, "
            "ngành tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường tổ chức quán triệt Kế hoạch.",
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên",
        ),
        ("Báo cáo kết quả về Sở Y tế trước ngày 10/12/2025.", None),
        ("Phòng, chống dịch bệnh mùa mưa.", None),
    ],
)
def test_the_subject_a_line_opens_with(line: str, subject: str | None) -> None:
    assert _subject(line) == subject


@pytest.mark.parametrize(
    ("name", "upper"),
    [
        ("Sở Giáo dục và Đào tạo", True),
        ("Công an tỉnh", True),
        ("Trung tâm Kiểm soát bệnh tật thành phố", True),
        ("Bộ Y tế", True),
        ("Công an phường", False),
        ("Ủy ban nhân dân các xã, phường", False),
        ("Bộ phận một cửa", False),
    ],
)
def test_upper_bodies(name: str, upper: bool) -> None:
    assert is_upper_actor(name) is upper


@pytest.mark.parametrize(
    ("text", "down"),
    [
        ("Hướng dẫn các xã, phường, đặc khu.", True),
        ("Trung tâm Y tế các quận, huyện.", True),
        ("giám sát tuyến xã", True),
        ("Bảo đảm an sinh xã hội trên địa bàn phường.", False),
        ("Ủy ban nhân dân phường tổ chức.", False),
    ],
)
def test_reach_downs(text: str, down: bool) -> None:
    assert reaches_down(text) is down


def test_residential_units_by_their_local_names_are_a_list_of_them() -> None:
    assert RESIDENTIAL_LIST.sub("tổ dân phố", "tại các khu dân cư, ấp, khóm") == (
        "tại các khu dân cư, tổ dân phố"
    )
    assert RESIDENTIAL_LIST.sub("tổ dân phố", "gửi văn bản, thôn báo cáo") == (
        "gửi văn bản, thôn báo cáo"
    )
