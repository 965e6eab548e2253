"""The plan's parts as read: here, its bases written as a dashed list."""

from __future__ import annotations

from datetime import date

from kehoach.read import parse_text

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH
Số: 20/KH-MTTQ-BTT
Lương Minh, ngày 12 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ hai

- Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;
- Căn cứ Kế hoạch số 16/KH-MTTQ-BTT ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã;
Ban Thường trực xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm dân chủ, đúng luật.
"""


def test_bases_written_as_a_dashed_list_are_bases():
    plan = parse_text(PLAN)
    assert [(b.number, b.date) for b in plan.bases if b.number] == [("16", date(2025, 11, 18))]


ENDS_IN_A_HEADING = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 412/KH-UBND
Quảng Trị, ngày 26 tháng 12 năm 2025
KẾ HOẠCH
Tuyên truyền mừng Đảng, mừng Xuân năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Tạo không khí vui tươi.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Bố trí trực cấp cứu.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
Vận động Nhân dân tham gia các hoạt động mừng Đảng, mừng Xuân./.
Nơi nhận:
- Lưu: VT.
"""


def test_the_end_marker_of_the_last_headings_only_paragraph_keeps_it_in_the_body() -> None:
    plan = parse_text(ENDS_IN_A_HEADING)
    assert plan.closing == []
    front = next(a for a in plan.assignments if a.unit.startswith("Ủy ban Mặt trận"))
    assert front.text.startswith("Vận động Nhân dân")


def test_a_paragraph_with_the_end_marker_after_a_finished_item_closes_the_plan() -> None:
    text = ENDS_IN_A_HEADING.replace(
        "Vận động Nhân dân tham gia các hoạt động mừng Đảng, mừng Xuân./.",
        "Vận động Nhân dân tham gia.\nCác cơ quan, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện./.",
    )
    assert parse_text(text).closing == [
        "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện./."
    ]
