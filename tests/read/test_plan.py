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
