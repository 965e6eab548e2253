"""One item per duty, one lead and its partners, from the words of the duty (profile units only)."""

from __future__ import annotations

from pathlib import Path

from cascade_helpers import hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.tasks import roles
from kehoach.document.text import fold
from kehoach.read import read_plan

PLANS = Path(__file__).parent / "plans"


def test_a_duty_is_led_by_the_unit_whose_part_holds_it_with_the_units_it_works_with() -> None:
    text = (
        "Tổ chức kiểm tra các cơ sở; phối hợp với Công an phường, Trạm Y tế phường xử lý vi phạm."
    )
    assert roles(text, "kinh-te", hai_phong()) == ("kinh-te", ["cong-an", "tram-y-te"])


def test_a_duty_opening_with_phoi_hop_voi_is_led_by_the_unit_it_names() -> None:
    text = "Phối hợp với Phòng Văn hóa - Xã hội tổ chức Lễ ra quân."
    assert roles(text, "cong-an", hai_phong()) == ("vhxh", ["cong-an"])


def test_the_named_unit_leads_only_when_it_has_its_own_part() -> None:
    text = "Phối hợp với Phòng Văn hóa - Xã hội tổ chức Lễ ra quân."
    assert roles(text, "cong-an", hai_phong(), parts=["cong-an"]) == ("cong-an", ["vhxh"])


def test_a_report_through_the_lead_unit_does_not_make_it_a_partner() -> None:
    text = "Báo cáo kết quả về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trước ngày 03/11/2026."
    assert roles(text, "cong-an", hai_phong()) == ("cong-an", [])


def test_names_outside_the_profile_are_never_partners() -> None:
    text = "Phối hợp với Sở Y tế và các cơ quan liên quan tổ chức tiêm chủng."
    assert roles(text, "tram-y-te", hai_phong()) == ("tram-y-te", [])


def test_the_lead_units_part_does_not_repeat_that_it_leads_the_plan() -> None:
    draft = cascade(read_plan(PLANS / "thanhpho-duoi-nuoc.txt"), hai_phong())
    lead = [a.text for a in draft.assignments if a.unit == "Phòng Văn hóa - Xã hội"]
    assert not any(text.startswith("Là cơ quan thường trực") for text in lead)


def test_a_unit_that_already_reports_to_us_is_not_told_twice() -> None:
    draft = cascade(read_plan(PLANS / "thanhpho-y-te.txt"), hai_phong())
    organise = next(s for s in draft.sections if s.title == "TỔ CHỨC THỰC HIỆN")
    health = next(c for c in organise.children if c.title == "Trạm Y tế phường")
    reports = [p for p in health.paragraphs if "uy ban nhan dan phuong" in fold(p)]
    assert len(reports) == 1 and "03/12/2025" in reports[0]


def test_a_periodic_duty_keeps_its_dates_when_followed_up_by_the_first_round() -> None:
    draft = cascade(read_plan(PLANS / "thanhpho-hue-dich-benh.docx"), hai_phong())
    duty = next(a for a in draft.assignments if "định kỳ 6 tháng" in a.text)
    assert "trước ngày 12/06/2026 và trước ngày 11/12/2026" in duty.text


def test_the_fronts_duty_after_a_bold_heading_is_one_duty_of_what_it_does() -> None:
    draft = cascade(read_plan(PLANS / "thanhpho-hue-dich-benh.docx"), hai_phong())
    front = [a.text for a in draft.assignments if a.unit.startswith("Ủy ban Mặt trận")]
    assert front[0] == "Vận động hội viên, Nhân dân thực hiện tốt công tác phòng, chống dịch bệnh."
    assert len(front) == 2  # and its report
