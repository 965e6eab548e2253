"""cascade() on a city plan built in the seeds' shape: the whole draft."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml
from cascade_helpers import HAI_PHONG, city_plan, ha_noi, hai_phong

from kehoach.cascade import cascade, profile_from_dict
from kehoach.cascade.assignments import UNASSIGNED
from kehoach.cascade.mapping import DEFAULT_MAPPING
from kehoach.document.model import Assignment, Plan, Section
from kehoach.read import read_plan

PLANS = Path(__file__).parent / "plans"


def _tcth(plan: Plan):
    return next(s for s in plan.sections if s.title == "TỔ CHỨC THỰC HIỆN")


def _unit(plan: Plan, name: str) -> Assignment:
    """The unit's work: the items it leads, their texts joined (one item per duty)."""
    items = [a for a in plan.assignments if a.unit == name]
    assert items, name
    return Assignment(name, " ".join(a.text for a in items), "lead", items[0].deadline)


def test_draft_speaks_in_our_name_with_a_blank_number_and_date() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert (draft.issuer, draft.place, draft.number, draft.symbol, draft.date) == (
        "Ủy ban nhân dân phường Lê Chân",
        "Lê Chân",
        None,
        "KH-UBND",
        None,
    )


def test_today_fills_the_date_and_the_year() -> None:
    draft = cascade(city_plan(), hai_phong(), today=date(2026, 1, 5))
    assert (draft.date, draft.year) == (date(2026, 1, 5), 2026)


def test_the_upper_plan_is_the_last_basis() -> None:
    basis = cascade(city_plan(), hai_phong()).bases[-1]
    assert (basis.number, basis.symbol, basis.date, basis.issuer) == (
        "157",
        "KH-UBND",
        date(2025, 7, 10),
        "Ủy ban nhân dân thành phố Hải Phòng",
    )


def test_purposes_and_slogans_are_inherited() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert draft.sections[0].title == "MỤC ĐÍCH, YÊU CẦU"
    assert draft.slogans == ["Đảng Cộng sản Việt Nam quang vinh muôn năm!"]


def test_budget_comes_from_the_profile() -> None:
    budget = cascade(city_plan(), hai_phong()).sections[1]
    assert budget.paragraphs[0].startswith(
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách phường"
    )


def test_sections_are_renumbered_with_tcth_in_place() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert [s.number for s in draft.sections] == ["I", "II", "III", "IV"]
    assert [s.title for s in draft.sections[2:]] == ["TỔ CHỨC THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO"]


def test_anniversaries_move_with_an_explicit_year() -> None:
    draft = cascade(city_plan(), hai_phong(), year=2026)
    assert (draft.anniversaries[0].count, draft.anniversaries[0].end) == (96, date(2026, 2, 3))
    assert (
        "96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)"
        in (draft.sections[0].paragraphs[0])
    )


def test_anniversaries_stay_in_the_upper_plans_year_by_default() -> None:
    draft = cascade(city_plan(), hai_phong(), today=date(2026, 1, 5))
    assert draft.anniversaries[0].count == 95
    assert "(03/02/1930 - 03/02/2025)" in draft.sections[0].paragraphs[0]


def test_duties_of_our_level_go_to_our_units_by_topic() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert "Bảo đảm an ninh trật tự trong các ngày lễ." in _unit(draft, "Công an phường").text
    assert "Bố trí kinh phí thực hiện." in _unit(draft, "Phòng Kinh tế, Hạ tầng và Đô thị").text


def test_counterpart_duties_follow_the_rule_table() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert "Chỉnh trang đô thị" in _unit(draft, "Phòng Kinh tế, Hạ tầng và Đô thị").text
    assert "Mở chuyên mục" in _unit(draft, "Trung tâm Dịch vụ sự nghiệp công").text


def test_unplaced_duty_goes_to_the_lead_unit_with_a_note() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert UNASSIGNED not in [a.unit for a in draft.assignments]
    assert "Làm các việc khác được giao." in _unit(draft, "Phòng Văn hóa - Xã hội").text
    assert any("tạm giao Phòng Văn hóa - Xã hội" in n.note for n in draft.review)


def test_upper_units_without_counterpart_are_listed_not_dropped_silently() -> None:
    draft = cascade(city_plan(), hai_phong())
    notes = [n.note for n in draft.review if n.path == "Nội dung không đưa vào"]
    assert len(notes) == 1 and "Cục Thống kê: Cung cấp số liệu." in notes[0]


def test_lead_unit_reports_upward_by_the_upper_deadline() -> None:
    draft = cascade(city_plan(), hai_phong())
    lead = draft.assignments[0]
    assert (lead.unit, lead.role) == ("Phòng Văn hóa - Xã hội", "lead")
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert (
        "báo cáo Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ) trước ngày 12/12/2025 "
        "(hạn của cấp trên: ngày 15/12/2025)" in report.paragraphs[1]
    )
    upward = [a for a in draft.assignments if "báo cáo cấp trên" in a.text]
    assert [(a.unit, a.deadline) for a in upward] == [
        ("Phòng Văn hóa - Xã hội", date(2025, 12, 12))
    ]


def test_the_upper_body_is_named_only_in_the_report_section() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert not any("Sở Nội vụ" in p for p in _tcth(draft).walk() for p in p.paragraphs)


def test_our_units_report_before_the_upper_deadline() -> None:
    draft = cascade(city_plan(), hai_phong())
    deadlines = [a.deadline for a in draft.assignments if a.deadline]
    assert deadlines and all(d < date(2025, 12, 15) for d in deadlines)
    assert date(2025, 12, 8) in deadlines  # 5 working days earlier in Lê Chân's profile


def test_lead_time_comes_from_the_profile() -> None:
    draft = cascade(city_plan(), ha_noi())  # 3 working days
    assert date(2025, 12, 10) in [a.deadline for a in draft.assignments]


def test_recipients_report_to_the_upper_body_and_list_our_units() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert draft.recipients[0] == "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)"
    assert "Công an phường" in draft.recipients
    assert draft.archive == ["VT", "VHXH"]


def test_signature_comes_from_the_profile() -> None:
    signature = cascade(city_plan(), ha_noi()).signature
    assert signature is not None and signature.name == "Trần Thị B"


def test_every_assignment_has_a_review_note() -> None:
    draft = cascade(city_plan(), hai_phong())
    noted = {n.path for n in draft.review}
    assert all(f"Tổ chức thực hiện: {a.unit}" in noted for a in draft.assignments)


def test_assignments_are_the_points_of_the_tcth_section_one_per_duty() -> None:
    draft = cascade(city_plan(), hai_phong())
    points = [(c, p.removeprefix("- ")) for c in _tcth(draft).children for p in c.paragraphs]
    assert [text for _, text in points] == [a.text for a in draft.assignments]
    for (child, _), item in zip(points, draft.assignments, strict=True):
        assert child.title.removeprefix("Đề nghị ") in [item.unit, *item.partners]


def test_every_item_has_one_lead_and_partners_from_the_profile() -> None:
    draft = cascade(city_plan(), hai_phong())
    names = {u.name for u in hai_phong().units}
    assert all(a.role == "lead" and a.unit in names for a in draft.assignments)
    assert all(set(a.partners) <= names - {a.unit} for a in draft.assignments)


def test_the_draft_carries_the_assignment_table() -> None:
    draft = cascade(city_plan(), hai_phong())
    table = draft.appendices[-1].tables[0]
    assert table.rows[0] == ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    assert [row[2] for row in table.rows[1:]] == [a.unit for a in draft.assignments]
    assert all(row[4].startswith("Trước ngày ") for row in table.rows[1:])


def test_bodies_we_ask_are_headed_de_nghi() -> None:
    upper = city_plan()
    upper.sections[2].children.append(
        Section("6", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", ["Vận động Nhân dân hưởng ứng."])
    )
    draft = cascade(upper, hai_phong())
    titles = [c.title for c in _tcth(draft).children]
    assert (
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội"
        in titles
    )


def test_assignment_subsection_inside_content_moves_to_tcth() -> None:
    upper = city_plan()
    tcth = upper.sections.pop(2)
    tcth.title = "Phân công trách nhiệm"
    upper.sections[0].children.append(tcth)
    draft = cascade(upper, hai_phong())
    assert draft.sections[0].children == []
    assert "Bảo đảm an ninh trật tự trong các ngày lễ." in _unit(draft, "Công an phường").text


def test_standing_duties_of_the_profile_are_in_every_draft() -> None:
    residents = _unit(cascade(city_plan(), hai_phong()), "Các tổ dân phố")
    assert residents.text.startswith("Phổ biến nội dung Kế hoạch đến các hộ dân")


def test_the_upper_territory_in_duties_becomes_ours() -> None:
    upper = city_plan()
    upper.sections[2].children[1].paragraphs.append(
        "e) Tuyên truyền gương điển hình trong toàn thành phố."
    )
    text = _unit(cascade(upper, hai_phong()), "Phòng Văn hóa - Xã hội").text
    assert "Tuyên truyền gương điển hình trong toàn phường." in text


def test_an_edited_rule_table_named_by_the_profile_is_followed(tmp_path) -> None:
    table = yaml.safe_load(DEFAULT_MAPPING.read_text(encoding="utf-8"))
    table["units"].insert(0, {"upper": ["Sở Xây dựng"], "ours": "van-phong"})
    (tmp_path / "mapping.yaml").write_text(
        yaml.safe_dump(table, allow_unicode=True), encoding="utf-8"
    )
    data = yaml.safe_load(HAI_PHONG.read_text(encoding="utf-8")) | {"mapping": "mapping.yaml"}
    profile = profile_from_dict(data, base=tmp_path)
    office = _unit(cascade(city_plan(), profile), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")
    assert "Chỉnh trang đô thị các tuyến phố chính." in office.text


def test_a_plan_giving_no_work_to_wards_says_so() -> None:
    upper = city_plan()
    upper.sections[2].children = [upper.sections[2].children[0]]
    upper.assignments = upper.assignments[:1]
    draft = cascade(upper, hai_phong())
    assert any("không giao nhiệm vụ trực tiếp" in n.note for n in draft.review)
    assert draft.assignments[0].role == "lead"


def test_without_an_upper_deadline_reports_are_quarterly_and_dated() -> None:
    upper = city_plan()
    upper.sections[2].children[1].paragraphs = ["a) Đẩy mạnh tuyên truyền Phong trào thi đua."]
    draft = cascade(upper, hai_phong())
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert (
        "báo cáo Ủy ban nhân dân thành phố Hải Phòng hằng quý, trước ngày 20 của tháng cuối quý"
        in report.paragraphs[1]
    )
    lead = _unit(draft, "Phòng Văn hóa - Xã hội")
    assert "hằng quý, trước ngày 20 của tháng cuối quý" in lead.text
    assert lead.deadline == date(2025, 9, 20)
    others = [a for a in draft.assignments if a.unit != lead.unit]
    assert others and all(a.deadline == date(2025, 9, 15) for a in others)
    units = {a.unit for a in others}
    assert all("hằng quý, trước ngày 15 của tháng cuối quý" in _unit(draft, u).text for u in units)


def test_the_same_duty_from_two_upper_assignments_is_given_once() -> None:
    upper = city_plan()
    upper.sections[2].children.append(
        Section("6", "UBND các phường", ["- Bảo đảm an ninh trật tự trong các ngày lễ."])
    )
    text = _unit(cascade(upper, hai_phong()), "Công an phường").text
    assert text.count("Bảo đảm an ninh trật tự trong các ngày lễ.") == 1


def test_a_unit_named_after_a_person_is_written_in_full_on_the_place_line() -> None:
    data = yaml.safe_load(HAI_PHONG.read_text(encoding="utf-8")) | {"named_after": "person"}
    draft = cascade(city_plan(), profile_from_dict(data))
    assert draft.place == "Phường Lê Chân"


def test_a_locality_that_looks_like_a_persons_name_gets_a_note() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert draft.place == "Lê Chân"
    assert any("“Phường Lê Chân, ngày" in n.note for n in draft.review if n.path == "Địa danh")


def test_an_issuer_other_than_the_parent_and_a_title_of_another_year_are_noted() -> None:
    upper = city_plan()
    upper.issuer = "Ủy ban nhân dân tỉnh Quảng Ninh"
    notes = [n.note for n in cascade(upper, hai_phong(), year=2026).review]
    assert any("không phải cấp trên trực tiếp" in n for n in notes)
    upper = city_plan()
    upper.title = "Tuyên truyền năm 2025"
    notes = [n.note for n in cascade(upper, hai_phong(), year=2026).review]
    assert any("Trích yếu nói năm 2025, dự thảo lập cho năm 2026" in n for n in notes)


def test_review_notes_name_no_field_paths() -> None:
    draft = cascade(city_plan(), hai_phong())
    assert not any(re.search(r"\w\[\d*\]|_", n.path + n.note) for n in draft.review)


def test_a_profile_not_yet_valid_on_the_drafts_date_is_noted() -> None:
    draft = cascade(city_plan(), hai_phong(), today=date(2025, 3, 3))
    assert any(n.path == "Hồ sơ đơn vị" and "01/07/2025" in n.note for n in draft.review)


def test_a_task_table_after_the_signature_gives_out_work_too() -> None:
    draft = cascade(read_plan(PLANS / "tinh-de-an-06.md"), hai_phong())
    online = next(
        a for a in draft.assignments if a.text.startswith("Hướng dẫn người dân nộp hồ sơ")
    )
    assert online.unit == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"
    assert "Công an phường" in online.partners and online.deadline is not None
    records = next(
        a for a in draft.assignments if a.text.startswith("Cập nhật thông tin người có công")
    )
    assert records.deadline is not None and records.deadline < date(2026, 6, 30)


def test_only_what_is_sent_up_makes_a_report_round() -> None:
    """Our plan against drugs: the wards "xây dựng kế hoạch trước ngày 30/5/2026" (a date to act by)
    and "báo cáo kết quả về Công an tỉnh trước ngày 05/12/2026" (the report)."""
    draft = cascade(read_plan(PLANS / "tinh-ma-tuy.txt"), hai_phong())
    report = " ".join(next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO").paragraphs)
    assert "05/12/2026" in report and "30/05/2026" not in report


def test_sub_parts_of_a_plan_numbered_1_2_lose_the_parts_number_under_roman_parts() -> None:
    draft = cascade(read_plan(PLANS / "tinh-tet-binh-ngo.docx"), hai_phong())
    content = next(s for s in draft.sections if s.title == "NỘI DUNG TUYÊN TRUYỀN")
    assert content.number == "II"
    assert [c.number for c in content.children] == ["1", "2"]
    assert [g.number for g in content.children[1].children] == ["2.1", "2.2", "2.3"]
