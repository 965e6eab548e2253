"""The draft measures count what they name: upper subjects, reach-downs, footnotes, assignments."""

from __future__ import annotations

from datetime import date

from cascade_helpers import hai_phong

from kehoach.cascade.evaluate import measure
from kehoach.document.model import Assignment, Plan, Section


def _plan(*paragraphs: str) -> Plan:
    return Plan(sections=[Section("I", "NỘI DUNG", list(paragraphs))])


def test_an_upper_body_as_subject_is_counted() -> None:
    figures = measure(
        _plan("- Sở Y tế chủ trì giám sát.", "- Công an tỉnh bảo đảm an ninh."), hai_phong()
    )
    assert figures.upper_actors == 2


def test_an_upper_body_as_addressee_is_not_counted() -> None:
    figures = measure(_plan("- Báo cáo kết quả về Sở Y tế trước ngày 10/12/2025."), hai_phong())
    assert figures.upper_actors == 0


def test_reach_downs_and_footnotes_are_counted() -> None:
    figures = measure(
        _plan("- Hướng dẫn các xã, phường, đặc khu.", "- Theo Bộ Y tế[3] và cấp huyện."),
        hai_phong(),
    )
    assert (figures.reach_downs, figures.footnotes) == (2, 1)


def test_assignments_outside_the_profile_or_undated_are_counted() -> None:
    plan = _plan()
    plan.assignments = [
        Assignment("Sở Nội vụ", "x", deadline=date(2025, 1, 1)),
        Assignment("Công an phường", "y"),
    ]
    figures = measure(plan, hai_phong())
    assert (figures.outside_profile, figures.without_deadline) == (1, 1)


def test_an_empty_report_section_is_not_dated() -> None:
    plan = _plan()
    plan.sections.append(Section("II", "CHẾ ĐỘ BÁO CÁO"))
    assert not measure(plan, hai_phong()).report_dated


def test_a_bare_lead_in_or_a_task_with_two_leads_is_not_actionable() -> None:
    plan = _plan()
    plan.assignments = [
        Assignment("Trạm Y tế phường", "Chủ trì:", "lead", date(2026, 5, 1)),
        Assignment("Phòng Văn hóa - Xã hội", "Đưa tin về thiên tai.", "lead", date(2026, 5, 1)),
        Assignment(
            "Trung tâm Dịch vụ sự nghiệp công", "Đưa tin về thiên tai.", "lead", date(2026, 5, 1)
        ),
        Assignment(
            "Công an phường", "Báo cáo kết quả thực hiện về Ủy ban nhân dân phường.", "lead"
        ),
        Assignment(
            "Trạm Y tế phường", "Báo cáo kết quả thực hiện về Ủy ban nhân dân phường.", "lead"
        ),
    ]
    assert measure(plan, hai_phong()).unactionable == 3


def test_a_task_that_is_a_mark_or_its_units_name_is_not_actionable() -> None:
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội"
    plan = _plan()
    plan.assignments = [
        Assignment(front, ".", "lead", date(2026, 2, 26)),
        Assignment(front, f"Đề nghị {front}", "lead", date(2026, 2, 26)),
        Assignment(front, "Vận động Nhân dân tham gia.", "lead", date(2026, 2, 26)),
    ]
    assert measure(plan, hai_phong()).unactionable == 2
