"""Point letters, numbering and the "./." end marker."""

from __future__ import annotations

from lint_helpers import lint_text

from kehoach.lint.layout_rules import roman_value

SEED_002_POINTS = """### **2. Nội dung thi đua**

a) Tiếp tục quán triệt sâu sắc tư tưởng về thi đua yêu nước của Chủ tịch Hồ Chí Minh;

b) Tập trung tuyên truyền về kết quả, thành tựu trên tất cả các lĩnh vực;

c) Thực hiện các biện pháp thúc đẩy phong trào thi đua yêu nước rộng khắp;

d) Đẩy mạnh các phong trào thi đua do Trung ương, thành phố và quận phát động;

đ) Tập trung thực hiện các nội dung về công tác tuyên truyền, giáo dục truyền thống;

f) Triển khai, thực hiện tốt Luật Thi đua, khen thưởng.

### **III. THỜI GIAN THI ĐUA**
"""


def test_enumeration_order_finds_f_after_dd_in_seed_002():
    (finding,) = lint_text(SEED_002_POINTS, "enumeration-order")
    assert (finding.line, finding.column, finding.suggestion, finding.severity) == (
        13,
        1,
        "e)",
        "error",
    )


def test_enumeration_order_accepts_the_vietnamese_sequence():
    assert lint_text(SEED_002_POINTS.replace("f)", "e)"), "enumeration-order") == []


def test_enumeration_order_warns_when_dd_is_left_out():
    text = SEED_002_POINTS.replace("đ) Tập", "e) Tập").replace("f) Triển", "g) Triển")
    (finding,) = lint_text(text, "enumeration-order")
    assert (finding.line, finding.severity, finding.suggestion) == (11, "warning", "đ)")


def test_enumeration_order_finds_a_skipped_letter():
    (finding,) = lint_text(
        SEED_002_POINTS.replace("c) Thực", "d) Thực")
        .replace("d) Đẩy", "đ) Đẩy")
        .replace("đ) Tập", "e) Tập")
        .replace("f) Triển", "g) Triển"),
        "enumeration-order",
    )
    assert (finding.line, finding.suggestion) == (7, "c)")


def test_enumeration_order_restarts_under_each_heading():
    text = "1. Mục đích\na) Một\nb) Hai\n2. Yêu cầu\na) Ba\nb) Bốn"
    assert lint_text(text, "enumeration-order") == []


def test_roman_values():
    assert [roman_value(r) for r in ("I", "IV", "IX", "XIV", "IIII")] == [1, 4, 9, 14, None]


def test_numbering_gap_finds_a_missing_part():
    text = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n2. Yêu cầu\nII. NỘI DUNG\nIV. TỔ CHỨC THỰC HIỆN"
    (finding,) = lint_text(text, "numbering-gap")
    assert (finding.line, finding.suggestion) == (5, "III.")


def test_numbering_gap_finds_a_repeated_part_and_a_skipped_item():
    # corpus LaHieu11 04: "II. ĐỐI TƯỢNG …" then "II. NỘI DUNG …"; 01: items 1, 2, 3, 5
    text = "I. A\nII. B\n1. x\n2. y\n3. z\n5. w\nII. C"
    findings = lint_text(text, "numbering-gap")
    assert [(f.line, f.suggestion) for f in findings] == [(6, "4."), (7, "III.")]


def test_numbering_gap_accepts_nested_lists_and_wrapped_headings():
    text = "I.\nMỤC ĐÍCH\n1. Mục đích\n1. 100% cán bộ\n2. 100% xã\n2. Yêu cầu\n2.1. Một\n2.2. Hai\n3. Ba\nII. NỘI DUNG"
    assert lint_text(text, "numbering-gap") == []


CLOSING = """Trên đây là Kế hoạch phát động phong trào thi đua trên địa bàn quận Dương Kinh./.

Nơi nhận:

- Ban Thi đua, khen thưởng - SNV;
- Lưu: VT, NV.
"""


def test_end_marker_accepts_seed_002s_closing():
    assert lint_text(CLOSING, "end-marker") == []


def test_end_marker_finds_a_missing_marker():
    (finding,) = lint_text(CLOSING.replace("Dương Kinh./.", "Dương Kinh."), "end-marker")
    assert finding.line == 1 and finding.suggestion.endswith("Dương Kinh./.")


def test_numbering_gap_starts_again_for_a_new_part():
    text = "PHẦN THỨ NHẤT\nI. Kết quả\nII. Tồn tại\nPhần thứ hai\nI. Mục tiêu\nII. Nhiệm vụ\nI. Một phần khác"
    assert lint_text(text, "numbering-gap") == []


def test_end_marker_looks_past_a_signature_written_before_the_recipients():
    text = CLOSING.replace(
        "\n\nNơi nhận:",
        "\n\nTM. ỦY BAN NHÂN DÂN\nPhó Chủ tịch Thường trực\nNguyễn Minh Phương\n\nNơi nhận:",
    )
    assert lint_text(text, "end-marker") == []


def test_numbering_gap_is_not_reset_by_a_sentence_about_parts():
    # Phụ lục I of the decree: "Phần thứ nhất bao gồm từ “Kính gửi”, …" is a sentence, not a heading
    text = "I. A\nII. B\nPhần thứ nhất bao gồm từ “Kính gửi”, sau đó là tên các cơ quan, tổ chức\nIV. D"
    (finding,) = lint_text(text, "numbering-gap")
    assert finding.line == 4


def test_end_marker_ignores_noi_nhan_as_a_table_cell():
    text = "Dấu của cơ quan, tổ chức trình bày tại ô số 8\n7\nNơi nhận\n\nb) Sơ đồ"
    assert lint_text(text, "end-marker", "recipients") == []


def test_numbering_gap_finds_a_skipped_third_level_number():
    text = "1. NỘI DUNG\n1.1. Tết\n1.1.1. Lễ ông Công, ông Táo.\n1.1.3. Đêm Giao thừa.\n"
    (finding,) = lint_text(text, "numbering-gap")
    assert finding.suggestion == "1.1.2."


def test_numbering_gap_accepts_third_level_numbers_in_order_under_each_sub_part():
    text = "1. NỘI DUNG\n1.1. Tết\n1.1.1. Lễ.\n1.1.2. Hội.\n1.2. Xuân\n1.2.1. Hoa.\n2. TỔ CHỨC\n2.1. Sở Y tế\n"
    assert lint_text(text, "numbering-gap") == []
