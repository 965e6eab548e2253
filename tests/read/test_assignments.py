"""Units under TỔ CHỨC THỰC HIỆN: a body's heading over points that give the work to its own units
("1. Ủy ban nhân dân xã" / "a) Giao Phòng Kinh tế chủ trì ..."). Plans written for the test."""

from __future__ import annotations

from datetime import date

from kehoach.read import parse_text

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ HÒA
Số: 15/KH-UBND
Phú Hòa, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Giữ vững các tiêu chí đã đạt.
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã
a) Giao Phòng Văn hóa - Xã hội chủ trì hướng dẫn bình xét gia đình văn hóa; tổng hợp kết quả trước ngày 15 tháng 11 năm 2026.
b) Giao Phòng Kinh tế chủ trì hướng dẫn kỹ thuật làm đường giao thông nông thôn trước ngày 15 tháng 4 năm 2026.
c) Giao đồng chí Phó Chủ tịch Ủy ban nhân dân xã theo dõi chung.
2. Ban Công tác Mặt trận các thôn vận động Nhân dân tham gia.
"""


def test_points_that_give_the_work_to_a_unit_are_that_units() -> None:
    tasks = {a.unit: a for a in parse_text(PLAN).assignments}
    assert tasks["Phòng Kinh tế"].role == "lead"
    assert tasks["Phòng Kinh tế"].deadline == date(2026, 4, 15)
    assert tasks["Phòng Văn hóa - Xã hội"].deadline == date(2026, 11, 15)


def test_the_heading_body_keeps_only_what_it_did_not_give_out() -> None:
    tasks = {a.unit: a for a in parse_text(PLAN).assignments}
    assert (
        tasks["Ủy ban nhân dân xã"].text
        == "c) Giao đồng chí Phó Chủ tịch Ủy ban nhân dân xã theo dõi chung."
    )
