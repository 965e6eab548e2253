"""Ward scale on plans written for these tests (a province's election awards, a city's health campaign):
upper bodies mirrored or left out with a reason, no reach-down, footnotes gone, split headings joined."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from cascade_helpers import hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.evaluate import measure
from kehoach.cascade.mapping import mapping_for
from kehoach.cascade.scale import Scaler, join_split_heading
from kehoach.document.model import Plan, Section
from kehoach.lint import ERROR, lint_source
from kehoach.read import load_bytes, read_plan
from kehoach.write.docx import render_docx

PLANS = Path(__file__).parent / "plans"


@cache
def _draft(name: str) -> Plan:
    return cascade(read_plan(PLANS / name), hai_phong())


def _body(plan: Plan) -> str:
    return "\n".join(t for s in plan.all_sections() for t in [s.title, *s.paragraphs])


def _dropped(plan: Plan) -> str:
    return next(n.note for n in plan.review if n.path == "Nội dung không đưa vào")


def test_an_upper_unit_heading_becomes_its_ward_counterpart() -> None:
    body = _body(_draft("thanhpho-y-te.txt"))
    assert "Trạm Y tế phường chủ trì giám sát dịch tễ" in body
    assert "Sở Y tế chủ trì" not in body


def test_an_upper_body_without_counterpart_is_left_out_and_listed() -> None:
    draft = _draft("thanhpho-y-te.txt")
    assert "Trung tâm Kiểm soát bệnh tật" not in _body(draft)
    assert "Không có đơn vị tương ứng ở phường" in _dropped(draft)


def test_guiding_the_levels_below_is_left_out_with_its_reason() -> None:
    draft = _draft("tinh-bau-cu.txt")
    assert "hướng dẫn chuyên môn" not in _body(draft)
    assert "Việc của cấp trên đối với cấp dưới" in _dropped(draft)


def test_provincial_quotas_are_left_out() -> None:
    draft = _draft("tinh-bau-cu.txt")
    assert "không quá 05 cá nhân" not in _body(draft)
    assert "chỉ tiêu do cấp trên phân bổ" in _dropped(draft)


def test_the_performing_body_after_a_label_is_mirrored() -> None:
    body = _body(_draft("tinh-bau-cu.txt"))
    assert "Cơ quan thực hiện: Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng" in body
    assert "đặc khu" not in body


def test_addressed_to_our_level_speaks_as_our_committee() -> None:
    body = _body(_draft("thanhpho-y-te.txt"))
    assert "Ủy ban nhân dân phường tổ chức tổng vệ sinh môi trường" in body


def test_footnote_marks_go() -> None:
    body = _body(_draft("tinh-bau-cu.txt"))
    assert "theo quy định của Bộ Nội vụ." in body and "[3]" not in body


def test_a_heading_cut_in_two_is_joined() -> None:
    section = Section("3.2.", "Bằng khen của Chủ tịch", ["UBND tỉnh", "- Tập thể tiêu biểu."])
    join_split_heading(section)
    assert (section.title, section.paragraphs) == (
        "Bằng khen của Chủ tịch UBND tỉnh",
        ["- Tập thể tiêu biểu."],
    )


def test_a_short_sentence_is_not_taken_for_a_heading_tail() -> None:
    section = Section("1", "Mục đích", ["- Tập thể tiêu biểu.", "- Khác."])
    join_split_heading(section)
    assert section.title == "Mục đích"


def test_abbreviations_in_the_title_are_capitals() -> None:
    assert "đại biểu HĐND các cấp" in (_draft("tinh-bau-cu.txt").title or "")


def test_an_election_plan_gives_work_to_the_ward_police() -> None:
    units = [a.unit for a in _draft("tinh-bau-cu.txt").assignments]
    assert "Công an phường" in units


def test_our_own_plans_measure_clean() -> None:
    for name in sorted(p.name for p in PLANS.glob("*.*")):
        figures = measure(_draft(name), hai_phong())
        assert figures.clean, (name, figures)


def test_a_subject_without_a_known_verb_is_still_mirrored() -> None:
    body = _body(_draft("thanhpho-giao-thong.txt"))
    assert "- Phòng Văn hóa - Xã hội đưa nội dung an toàn giao thông vào các trường học." in body


def test_an_inspectorate_of_an_upper_department_is_not_cut_inside_its_name() -> None:
    body = _body(_draft("thanhpho-giao-thong.txt"))
    assert "Xây dựng kiểm tra" not in body


def test_a_mirrored_standing_body_supports_the_lead_instead_of_leading() -> None:
    item = next(
        a for a in _draft("thanhpho-giao-thong.txt").assignments if "theo dõi thực hiện" in a.text
    )
    assert item.text.startswith("Phối hợp với Phòng Văn hóa - Xã hội theo dõi thực hiện Kế hoạch")
    assert (item.unit, item.partners) == ("Phòng Văn hóa - Xã hội", ["Công an phường"])


def test_no_unit_is_due_after_the_units_report_date() -> None:
    draft = _draft("thanhpho-giao-thong.txt")
    lead, *others = draft.assignments
    assert others and all(a.deadline is not None and a.deadline <= lead.deadline for a in others)


def test_the_drafts_of_our_plans_render_without_lint_errors() -> None:
    for path in sorted(PLANS.glob("*.*")):
        rendered = load_bytes(render_docx(_draft(path.name)), "draft.docx")
        errors = [(f.rule, f.message) for f in lint_source(rendered) if f.severity == ERROR]
        assert errors == [], path.name


def _items(name: str) -> list:
    return _draft(name).assignments


def test_the_upper_levels_statistics_are_left_out_with_a_note() -> None:
    draft = _draft("thanhpho-duoi-nuoc.txt")
    assert "37 vụ đuối nước" not in _body(draft)
    assert "cần thay bằng số liệu của phường" in _dropped(draft)


def test_a_report_to_an_upper_body_goes_to_the_ward_through_its_lead_unit() -> None:
    body = _body(_draft("thanhpho-duoi-nuoc.txt"))
    assert "báo cáo ngay về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội)." in body
    assert "Trung tâm Kiểm soát bệnh tật" not in body and "Cấp cứu 115" not in body


def test_the_wards_report_to_the_named_upper_body_is_said_once_in_the_report_section() -> None:
    draft = _draft("thanhpho-duoi-nuoc.txt")
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert "(qua Sở Lao động, Thương binh và Xã hội)" in report.paragraphs[1]
    assert "Sở Lao động" not in _body(Plan(sections=[s for s in draft.sections if s is not report]))
    assert not any("Sở Lao động" in a.text for a in draft.assignments)


def test_sub_items_per_department_become_our_counterparts_parts() -> None:
    items = _items("tinh-an-toan-thuc-pham.txt")
    police = [a.text for a in items if a.unit == "Công an phường"]
    assert police[0].startswith("Điều tra, xử lý nghiêm các vụ vi phạm về an toàn thực phẩm")
    health = next(a for a in items if "đoàn kiểm tra liên ngành" in a.text)
    assert (health.unit, health.partners) == (
        "Trạm Y tế phường",
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],
    )
    assert health.text.endswith("liên ngành phường.")


def test_the_rows_of_an_upper_task_table_become_our_tasks_with_earlier_deadlines() -> None:
    items = _items("tinh-chuyen-doi-so.md")
    digitise = next(a for a in items if a.text.startswith("Số hóa hồ sơ"))
    assert digitise.unit == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"
    assert digitise.deadline is not None and digitise.deadline < date(2026, 9, 30)
    assert "phối hợp với Văn phòng" not in digitise.text  # its own counterpart is not its partner


def test_a_unit_of_ours_does_not_work_with_its_own_committee() -> None:
    scaler = Scaler(read_plan(PLANS / "tinh-bau-cu.txt"), hai_phong(), mapping_for(hai_phong()))
    line = scaler.line(
        "- Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân phường, xã, đặc khu "
        "thẩm định hồ sơ."
    )
    assert (
        line
        == "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng, ban, đơn vị thẩm định hồ sơ."
    )
    alone = scaler.line("- Sở Y tế phối hợp với Ủy ban nhân dân các xã, phường kiểm tra cơ sở.")
    assert alone == "- Trạm Y tế phường kiểm tra cơ sở."


def test_numbered_items_written_as_titles_are_kept_and_statistics_left_out() -> None:
    draft = _draft("thanhpho-thien-tai.txt")
    purposes = next(s for s in draft.sections if s.title == "MỤC ĐÍCH, YÊU CẦU")
    assert len(purposes.children) == 2
    assert "12.400 hộ dân" not in _body(draft) and "12.400 hộ dân" in _dropped(draft)


def test_a_ward_has_residential_groups_not_villages() -> None:
    body = _body(_draft("thanhpho-thien-tai.txt")) + " ".join(
        a.text for a in _draft("thanhpho-thien-tai.txt").assignments
    )
    assert "tại các tổ dân phố." in body and not re.search(r"\bthôn\b", body)


def test_an_upper_body_listed_after_a_lower_one_is_reached() -> None:
    scaler = Scaler(read_plan(PLANS / "tinh-bau-cu.txt"), hai_phong(), mapping_for(hai_phong()))
    line = scaler.line(
        "- Sở Y tế phối hợp với Ủy ban nhân dân các xã, phường và Công an tỉnh kiểm tra."
    )
    assert line == "- Trạm Y tế phường phối hợp với Công an phường kiểm tra."
    line = scaler.line("- Phối hợp với Ủy ban nhân dân các xã, phường và Sở Y tế kiểm tra.")
    assert line is not None and "Sở Y tế" not in line and "Trạm Y tế phường" in line


def _matuy() -> Plan:
    return cascade(read_plan(PLANS / "tinh-ma-tuy.txt"), hai_phong())


def test_the_provinces_streets_become_the_wards() -> None:
    """ "treo băng rôn tại các trục đường chính của tỉnh" given to our unit: the streets are ours."""
    body = " ".join(a.text for a in _matuy().assignments)
    assert "các trục đường chính của phường" in body and "của tỉnh" not in body


def test_a_citation_of_the_provinces_direction_stays() -> None:
    scaler = Scaler(read_plan(PLANS / "tinh-ma-tuy.txt"), hai_phong(), mapping_for(hai_phong()))
    assert "theo chỉ đạo của tỉnh" in scaler.relevel("Thực hiện theo chỉ đạo của tỉnh.")


def test_a_front_of_every_level_is_the_wards_front() -> None:
    """ "Chỉ đạo Mặt trận các cấp vận động nhân dân …": the ward's Front does the work itself."""
    body = " ".join(a.text for a in _matuy().assignments)
    assert "Vận động nhân dân tố giác" in body and "các cấp" not in body
    assert "Chỉ đạo Mặt trận" not in body


def test_a_mass_organisation_of_every_level_is_the_wards() -> None:
    scaler = Scaler(read_plan(PLANS / "tinh-ma-tuy.txt"), hai_phong(), mapping_for(hai_phong()))
    line = "Chỉ đạo Hội Cựu chiến binh các cấp vận động hội viên."
    assert scaler.relevel(line) == "Chỉ đạo Hội Cựu chiến binh vận động hội viên."


def test_a_task_table_in_the_content_becomes_tasks_not_a_copied_table() -> None:
    draft = _draft("so-thong-tin-co-so-bang.docx")
    assert not any(s.tables for s in draft.all_sections())
    duty = next(a for a in draft.assignments if a.text.startswith("Rà soát, cập nhật danh sách"))
    assert "cấp xã" not in duty.text and duty.deadline is not None


def test_the_communes_report_row_of_a_task_table_is_the_wards_report_upward() -> None:
    draft = _draft("so-thong-tin-co-so-bang.docx")
    assert not any(
        a.text.startswith("Báo cáo kết quả thực hiện Kế hoạch") for a in draft.assignments
    )
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert (
        "báo cáo Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp trước ngày 12/11/2026"
        in report.paragraphs[1]
    )


def test_a_plan_whose_tasks_part_is_also_its_implementation_has_one_such_part() -> None:
    draft = _draft("tinh-he-tre-em.docx")
    titles = [s.title for s in draft.sections]
    assert titles.count("TỔ CHỨC THỰC HIỆN") == 1 and "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN" not in titles
    assert "Mở lớp dạy bơi an toàn cho trẻ em." in [a.text for a in draft.assignments]


def test_a_southern_provinces_hamlets_are_a_wards_residential_groups() -> None:
    body = _body(_draft("tinh-he-tre-em.docx"))
    assert "tại các khu dân cư, tổ dân phố." in body and "khóm" not in body


def test_a_mass_organisation_of_our_level_is_not_our_committee() -> None:
    """ "Yêu cầu Hội Nông dân cấp xã tuyên truyền …" names the ward's own Hội, not its committee."""
    draft = cascade(read_plan(PLANS / "tinh-thang-thanh-nien.txt"), hai_phong())
    texts = [a.text for a in draft.assignments]
    assert (
        "Phối hợp với Hội Nông dân phường tuyên truyền, vận động hội viên hỗ trợ thanh niên lập nghiệp."
        in texts
    )
    assert not any("Yêu cầu Ủy ban nhân dân phường" in text for text in texts)
