"""Lines to paragraphs: markup removed, broken sentences joined, nothing invented."""

from __future__ import annotations

from kehoach.read.text import blocks_of, clean_lines, is_wrapped, strip_markup


def _blocks(text: str) -> list[str]:
    return [block.text for block in blocks_of(clean_lines(text.split("\n"), hard_paragraphs=False))]


def test_markdown_heading_and_bold_marks_are_removed():
    assert strip_markup("#### **I. MỤC ĐÍCH, YÊU CẦU**") == "I. MỤC ĐÍCH, YÊU CẦU"
    assert strip_markup("****Kỷ niệm 94 năm***") == "Kỷ niệm 94 năm"


def test_footnote_star_in_brackets_is_kept():
    assert strip_markup("Điểm mới (*)") == "Điểm mới (*)"


def test_lower_case_line_after_a_blank_continues_the_sentence():
    assert _blocks("nhất là những vấn\n\nđề về kiểm soát quyền lực.") == [
        "nhất là những vấn đề về kiểm soát quyền lực."
    ]


def test_line_after_a_full_stop_and_a_blank_starts_a_paragraph():
    assert _blocks("Câu một.\n\nCâu hai.") == ["Câu một.", "Câu hai."]


def test_list_items_are_never_joined():
    assert _blocks("a) Một việc\nb) việc khác") == ["a) Một việc", "b) việc khác"]


def test_symbol_cut_after_its_hyphen_is_joined_without_a_space():
    assert _blocks("Chương trình số 17-\n\nCTr/TU của Thành ủy.") == [
        "Chương trình số 17-CTr/TU của Thành ủy."
    ]


def test_line_ending_with_a_function_word_continues_with_a_capital():
    text = "kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú (01/5/1904 - 01/5/2024), kỷ niệm 110 năm\n\nNgày sinh đồng chí Nguyễn Chí Thanh."
    assert len(_blocks(text)) == 1


WRAPPED = """I. MỤC
ĐÍCH, YÊU CẦU
1. Mục đích
a) Phát huy sức mạnh của cả hệ
thống chính trị tạo khí thế sôi nổi, khơi dậy tinh thần đoàn kết, khát vọng
phát triển mạnh mẽ của toàn dân tộc.
b) Tổ chức phát động thi đua được
triển khai sâu rộng.
I.
ĐÁNH GIÁ TÌNH HÌNH
- Thực hiện Quyết định số
2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ."""


def test_hard_wrapped_text_is_recognised():
    lines = clean_lines(WRAPPED.split("\n"), hard_paragraphs=False)
    assert is_wrapped(lines)


def test_hard_wrapped_headings_and_paragraphs_are_rebuilt():
    assert _blocks(WRAPPED) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Phát huy sức mạnh của cả hệ thống chính trị tạo khí thế sôi nổi, khơi dậy tinh thần đoàn kết, "
        "khát vọng phát triển mạnh mẽ của toàn dân tộc.",
        "b) Tổ chức phát động thi đua được triển khai sâu rộng.",
        "I. ĐÁNH GIÁ TÌNH HÌNH",
        "- Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ.",
    ]


def test_a_date_starting_a_wrapped_line_is_not_a_list_number():
    text = (
        "Căn cứ Chỉ thị 42-CT/TW ngày\n24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo;\n"
        * 4
    )
    assert (
        _blocks(text)[0]
        == "Căn cứ Chỉ thị 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo;"
    )
