"""Duties worded for our level, the upper plan's report rules, and duty splitting."""

from __future__ import annotations

from cascade_helpers import city_plan, hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.assignments import is_tcth, relevel, split_duties
from kehoach.document.model import Plan, Section
from kehoach.read import parse_text

UPPER = Plan(issuer="Ủy ban nhân dân tỉnh Lào Cai")


def _relevel(text: str) -> str:
    return relevel(text, UPPER, hai_phong(), "Phòng Văn hóa - Xã hội")


def test_a_report_to_the_province_becomes_a_report_to_the_ward() -> None:
    assert _relevel("Báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12/2025.") == (
        "Báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 15/12/2025."
    )


def test_advising_the_province_becomes_advising_the_ward() -> None:
    assert _relevel("Tham mưu Ủy ban nhân dân tỉnh Lào Cai bố trí kinh phí.") == (
        "Tham mưu Ủy ban nhân dân phường bố trí kinh phí."
    )


def test_documents_of_the_province_stay_the_provinces() -> None:
    text = "Quán triệt các văn bản chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh."
    assert _relevel(text) == text


def test_a_report_through_another_body_keeps_it() -> None:
    text = "Báo cáo về Sở Nông nghiệp và Môi trường (qua Chi cục Thủy sản)."
    assert _relevel(text) == text


def test_upper_departments_become_our_offices() -> None:
    assert (
        _relevel("Các Sở, ngành, địa phương định kỳ báo cáo.")
        == "Các phòng, ban, đơn vị định kỳ báo cáo."
    )


def test_duties_split_on_bullets_but_not_on_hyphens_inside_a_sentence() -> None:
    text = "a) Phát triển kinh tế - xã hội của tỉnh; b) Báo cáo kết quả."
    assert split_duties(text) == ["Phát triển kinh tế - xã hội của tỉnh;", "Báo cáo kết quả."]


def test_a_line_continuing_a_sentence_joins_its_duty() -> None:
    assert split_duties("- Tham mưu đề xuất Chủ tịch\nUBND tỉnh khen thưởng.\n+ kịp thời") == [
        "Tham mưu đề xuất Chủ tịch UBND tỉnh khen thưởng. + kịp thời"
    ]


def test_report_rules_section_moves_our_dates_earlier_and_feeds_the_lead() -> None:
    upper = city_plan()
    upper.sections.append(
        Section(
            "V",
            "CHẾ ĐỘ BÁO CÁO",
            [
                "- Các Sở, ngành, địa phương định kỳ hằng năm (trước ngày 10/12) báo cáo Ủy ban nhân "
                "dân thành phố (qua Sở Nội vụ) về kết quả thực hiện."
            ],
        )
    )
    draft = cascade(upper, hai_phong())
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert (
        "báo cáo kết quả thực hiện về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) "
        "trước ngày 03/12 hằng năm" in report.paragraphs[0]
    )
    assert "trước ngày 09/12 hằng năm (hạn của cấp trên: ngày 10/12)" in report.paragraphs[1]
    lead = [a.text for a in draft.assignments if a.unit == "Phòng Văn hóa - Xã hội"]
    assert any("(hạn của cấp trên: ngày 10/12)" in text for text in lead)


ENDS_WITH_THE_WARDS = """UBND TỈNH ĐỒNG THÁP
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 87/KH-SVHTTDL
Đồng Tháp, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện công tác thông tin cơ sở năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Đưa thông tin thiết yếu đến người dân.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở bố trí kinh phí.
2. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo triển khai các nhiệm vụ được giao; gửi báo cáo kết quả về \
Sở Văn hóa, Thể thao và Du lịch trước ngày 15 tháng 11 năm 2026 để tổng hợp./.
Nơi nhận:
- Lưu: VT.
"""


def test_a_duty_that_ends_the_plan_loses_its_end_marker_and_keeps_its_own_deadline() -> None:
    draft = cascade(parse_text(ENDS_WITH_THE_WARDS), hai_phong())
    duty = next(a.text for a in draft.assignments if a.text.startswith("Chỉ đạo triển khai"))
    assert duty.endswith("trước ngày 06/11/2026 để tổng hợp.")


def test_a_duty_loses_the_upper_plans_end_marker() -> None:
    assert split_duties("- Vận động Nhân dân phòng, chống dịch bệnh./.") == [
        "Vận động Nhân dân phòng, chống dịch bệnh."
    ]


def test_a_part_named_tasks_and_implementation_gives_out_the_work() -> None:
    assert is_tcth(Section("II", "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN"))
    assert not is_tcth(Section("II", "NHIỆM VỤ VÀ GIẢI PHÁP"))
