"""Behaviours the seeds show, asserted one by one (so a failure says what broke, not just "differs")."""

from __future__ import annotations

from datetime import date

from conftest import FIXTURES
from kehoach.read import read_plan

SEEDS = FIXTURES / "seeds"


def _seed(prefix: str):
    return read_plan(next(SEEDS.glob(f"{prefix}_*.txt")))


def test_blank_number_is_none_and_symbol_kept():
    plan = _seed("000")
    assert plan.number is None
    assert plan.symbol == "KH-UBND"


def test_blank_day_and_month_give_no_date_but_a_year():
    plan = _seed("000")
    assert plan.date is None
    assert plan.year == 2024


def test_issuer_is_inferred_from_the_body_and_the_place_with_a_review_note():
    plan = _seed("000")
    assert plan.place == "Quận Lê Chân"
    assert plan.issuer == "Ủy ban nhân dân quận Lê Chân"
    assert any(note.path == "issuer" for note in plan.review)


def test_issuer_of_the_upper_level_cited_in_the_preamble_is_not_taken_as_ours():
    plan = _seed("002")
    assert plan.issuer == "Ủy ban nhân dân quận Dương Kinh"


def test_number_and_place_date_merged_on_one_line_are_separated():
    plan = _seed("003")
    assert (plan.symbol, plan.place, plan.year) == ("KH-UBND", "Hồng Bàng", 2025)
    assert plan.issuer == "Ủy ban nhân dân phường Hồng Bàng"


def test_markdown_marks_are_removed_from_headings_and_title():
    plan = _seed("002")
    assert plan.title.startswith("Phát động phong trào thi đua đặc biệt")
    assert [s.number for s in plan.sections] == ["I", "II", "III", "IV", "V"]
    assert plan.sections[1].title == "NỘI DUNG THI ĐUA"


def test_title_over_two_lines_is_joined():
    plan = _seed("004")
    assert (
        plan.title
        == "Tuyên truyền nhiệm vụ phát triển kinh tế - xã hội của quận Thanh Xuân năm 2024"
    )


def test_sentence_broken_by_a_blank_line_is_joined():
    plan = _seed("000")
    paragraphs = plan.sections[1].children[0].children[0].paragraphs
    assert any("nhất là những vấn đề về kiểm soát quyền lực" in p for p in paragraphs)


def test_symbol_broken_after_its_hyphen_is_joined():
    plan = _seed("001")
    texts = [p for s in plan.all_sections() for p in s.paragraphs]
    assert any("Chương trình hành động số 17-CTr/TU và Kế hoạch số 89-KH/ĐU" in t for t in texts)
    assert not any("17- CTr" in t for t in texts)


def test_party_style_basis_is_read_with_number_symbol_date_and_issuer():
    base = _seed("000").bases[0]
    assert (base.kind, base.number, base.symbol, base.date, base.issuer) == (
        "Hướng dẫn",
        "27",
        "HD/QU",
        date(2024, 1, 3),
        "Quận ủy Lê Chân",
    )


def test_references_are_unique_and_in_order_of_first_citation():
    plan = _seed("001")
    assert [(r.number, r.symbol) for r in plan.references] == [
        ("17", "CTr/TU"),
        ("89", "KH/ĐU"),
        ("92", "KH/ĐU"),
    ]


def test_units_of_the_implementation_section_become_assignments():
    plan = _seed("000")
    assert [a.unit for a in plan.assignments] == [
        "Phòng Văn hóa và Thông tin",
        "Trung tâm Văn hóa - Thông tin và Thể thao",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Tài chính - Kế hoạch quận",
        "Văn phòng HĐND-UBND quận",
        "Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị của quận",
        "Ủy ban Nhân dân các phường",
    ]


def test_unit_in_a_bold_lead_in_is_separated_from_its_task():
    unit = _seed("002").assignments[-1]
    assert unit.unit == (
        "Phòng Văn hoá và Thông tin quận, Công thông tin điện tử quận và Ủy ban nhân dân các phường"
    )
    assert unit.text.startswith("đẩy mạnh tuyên truyền Kế hoạch")


def test_deadline_in_a_month_is_its_last_day():
    wards = _seed("002").assignments[1]
    assert wards.deadline == date(2024, 7, 31)


def test_lead_and_support_roles_come_from_the_task():
    roles = {a.unit: a.role for a in _seed("001").assignments}
    assert roles["Phòng Văn hóa - Xã hội phường"] == "lead"
    assert {a.role for a in _seed("000").assignments if a.unit.startswith("Văn phòng")} == {
        "support"
    }


def test_slogans_are_the_items_under_the_slogan_heading():
    slogans = _seed("000").slogans
    assert len(slogans) == 37
    assert (
        slogans[0]
        == "Đảng Cộng sản Việt Nam - Người lãnh đạo, tổ chức mọi thắng lợi của cách mạng Việt Nam!"
    )


def test_quoted_slogan_after_a_slogan_lead_in_is_taken_without_quotes():
    assert _seed("002").slogans == [
        "Đảng bộ, chính quyền, quân và dân quận Dương Kinh thi đua lập thành tích chào mừng kỷ niệm "
        "70 năm Ngày Giải phóng Hải Phòng (13/5/1955 - 13/5/2025)"
    ]


def test_anniversary_written_twice_with_different_zero_padding_is_one():
    anniversaries = _seed("000").anniversaries
    assert [(a.count, a.event, a.start, a.end) for a in anniversaries] == [
        (94, "Ngày thành lập Đảng Cộng sản Việt Nam", date(1930, 2, 3), date(2024, 2, 3))
    ]


def test_anniversaries_in_a_list_are_all_found():
    counts = [a.count for a in _seed("004").anniversaries]
    assert counts == [70, 70, 70, 80, 35, 120, 110, 120]


def test_recipients_lose_dashes_semicolons_and_purpose_notes():
    assert _seed("000").recipients[:2] == ["Sở Văn hóa Thể thao", "Thường trực QU- HĐND quận"]


def test_archive_items_are_split():
    assert _seed("003").archive == ["VT", "VH XH"]


def test_signature_with_kt_has_head_and_title():
    signature = _seed("004").signature
    assert (
        signature.authority,
        signature.body,
        signature.capacity,
        signature.head,
        signature.title,
    ) == (
        "TM.",
        "ỦY BAN NHÂN DÂN",
        "KT.",
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )
    assert signature.name == "Đặng Khánh Hòa"


def test_signature_without_kt_has_only_a_title():
    signature = _seed("002").signature
    assert (signature.capacity, signature.head, signature.title, signature.name) == (
        None,
        None,
        "CHỦ TỊCH",
        "Nguyễn Minh Phương",
    )


def test_closing_paragraph_after_the_last_section_is_kept_apart():
    plan = _seed("000")
    assert plan.closing[0].startswith("Ủy ban Nhân dân quận yêu cầu")
    assert plan.closing[0].endswith("./.")
    assert not any("yêu cầu các phòng" in s.title for s in plan.all_sections())
