"""Units in TỔ CHỨC THỰC HIỆN are names: not cut after two words, at a bracket or at the first comma
of a list, not a whole sentence; the lead and its partners told apart. Plans written for the test."""

from __future__ import annotations

import pytest

from kehoach.read import parse_text
from kehoach.read.units import partners_of, split_unit, split_units

PLAN = """UBND TỈNH NINH BÌNH
SỞ VĂN HÓA VÀ THỂ THAO
Số: 40/KH-SVHTT
Ninh Bình, ngày 12 tháng 5 năm 2025

KẾ HOẠCH
Tuyên truyền Ngày Gia đình Việt Nam năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG
1. Tọa đàm về gia đình
- Đơn vị chủ trì: Phòng Gia đình; Đơn vị phối hợp: Phòng Văn hóa, Văn phòng Sở.
- Thời gian thực hiện: tháng 6 năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở, Trung tâm Văn hóa tỉnh kiểm tra việc thực hiện.
2. Sở Y tế (đơn vị chủ trì): tổng hợp kết quả.
3. Hội Liên hiệp Phụ nữ tỉnh và các đoàn thể chính trị - xã hội: tuyên truyền đến hội viên.
4. Trung tâm Văn hóa, Điện ảnh và Du lịch, Đài Phát thanh tỉnh: đưa tin.
"""


def _units(plan):
    return [(a.unit, a.role) for a in plan.assignments]


def test_units_are_whole_names_with_their_roles():
    assert _units(parse_text(PLAN)) == [
        ("Văn phòng Sở", "lead"),
        ("Sở Y tế", "lead"),
        ("Hội Liên hiệp Phụ nữ tỉnh và các đoàn thể chính trị - xã hội", None),
        ("Trung tâm Văn hóa, Điện ảnh và Du lịch", None),
        ("Đài Phát thanh tỉnh", None),
        ("Phòng Gia đình", "lead"),
        ("Phòng Văn hóa", "support"),
        ("Văn phòng Sở", "support"),
    ]


def test_a_lead_names_its_partners():
    plan = parse_text(PLAN)
    assert plan.assignments[0].partners == ["Thanh tra Sở", "Trung tâm Văn hóa tỉnh"]
    assert plan.assignments[5].partners == ["Phòng Văn hóa", "Văn phòng Sở"]


def test_the_note_in_brackets_stays_with_the_duty():
    unit, text = split_unit("Sở Xây dựng (đơn vị chủ trì): tổng hợp, báo cáo.")
    assert (unit, text) == ("Sở Xây dựng", "(đơn vị chủ trì) tổng hợp, báo cáo.")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        (
            "Sở Tài chính, Sở Xây dựng; Công an tỉnh",
            ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"],
        ),
        ("các sở, ban, ngành", ["các sở, ban, ngành"]),
        ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
    ],
)
def test_a_list_of_units_is_split_where_a_new_name_starts(text, units):
    assert split_units(text) == units


def test_partners_stop_at_the_verb():
    text = "chủ trì, phối hợp với Công an tỉnh, Sở Y tế tổ chức kiểm tra."
    assert partners_of(text) == ["Công an tỉnh", "Sở Y tế"]


def test_a_unit_that_is_the_focal_point_is_named_without_it() -> None:
    named = split_unit("Phòng Báo chí, Xuất bản và Thông tin cơ sở là đầu mối theo dõi, đôn đốc.")
    assert named is not None and named[0] == "Phòng Báo chí, Xuất bản và Thông tin cơ sở"
