"""Inherited slips corrected with the linter's own suggestions; points and sub-sections renumbered."""

from __future__ import annotations

from kehoach.cascade.tidy import fix_text, fix_texts, tidy_section
from kehoach.document.model import Section


def test_known_typo_of_seed_001_is_corrected() -> None:
    text, fixes = fix_text("Phối hợp Công thông tin điện tử phường, hệ thống thông tin cơ sở.")
    assert text == "Phối hợp Cổng thông tin điện tử phường, hệ thống thông tin cơ sở."
    assert fixes == ['"Công" -> "Cổng" (known-typo)']


def test_repeated_function_word_is_removed() -> None:
    text, _ = fix_text("Báo cáo kết quả để để tổng hợp.")
    assert text == "Báo cáo kết quả để tổng hợp."


def test_capitalisation_of_a_body_name_is_corrected() -> None:
    text, _ = fix_text("Tham mưu Ủy ban Nhân dân phường bố trí kinh phí.")
    assert text == "Tham mưu Ủy ban nhân dân phường bố trí kinh phí."


def test_clean_text_is_left_alone() -> None:
    assert fix_text("Tuyên truyền trên hệ thống loa truyền thanh.") == (
        "Tuyên truyền trên hệ thống loa truyền thanh.",
        [],
    )


def test_many_texts_are_fixed_each_in_place() -> None:
    fixed, fixes = fix_texts(["Sạch sẽ.", "Đăng trên Công thông tin điện tử.", ""])
    assert fixed == ["Sạch sẽ.", "Đăng trên Cổng thông tin điện tử.", ""]
    assert [len(f) for f in fixes] == [0, 1, 0]


def test_point_f_of_seed_002_is_relettered() -> None:
    section = Section(
        "2", "Nội dung thi đua", ["a) Một.", "b) Hai.", "c) Ba.", "d) Bốn.", "đ) Năm.", "f) Sáu."]
    )
    notes = tidy_section(section)
    assert section.paragraphs[-1] == "e) Sáu."
    assert notes == ["đánh lại 1 chữ cái điểm trong mục 2"]


def test_sub_section_gap_is_closed() -> None:
    section = Section("3", "Nội dung", children=[Section("3.1", "A"), Section("3.3", "B")])
    tidy_section(section)
    assert [c.number for c in section.children] == ["3.1", "3.2"]
