"""Closing and layout rules on shapes met in unseen plans: footnotes between the body and Nơi nhận,
Party recipients, Nơi nhận beside the signature's column, a signature block without the name."""

from __future__ import annotations

import unicodedata

from lint_helpers import lint_text

from kehoach.lint import lint_source
from kehoach.read import load_bytes

HEAD = (
    "UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền\n"
)
BODY = "I. MỤC ĐÍCH\nTuyên truyền sâu rộng đến Nhân dân trên địa bàn xã.\n"
END = "Trên đây là Kế hoạch tuyên truyền của Ủy ban nhân dân xã An Bình./.\n"
CLOSING = (
    "Nơi nhận:\n- Đảng ủy xã;\n- Lưu: VT, VHXH.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
)


def test_footnote_after_the_end_marker_is_not_the_body_end():
    text = (
        HEAD + BODY + END + "__________\n1 Theo Luật Địa chất và Khoáng sản năm 2024.\n" + CLOSING
    )
    assert lint_text(text, "end-marker") == []


def test_party_recipients_end_with_commas_and_lưu_without_colon():
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY PHƯỜNG HẠ LONG\nSố 12-KH/ĐU\nHạ Long, ngày 16 tháng 01 năm 2026\n"
        "KẾ HOẠCH\nTuyên truyền\n" + BODY + "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (để b/c),\n"
        "- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nVũ Quốc Trung\n"
    )
    assert lint_text(text, "recipients", "archive-line", "end-marker", "signature-block") == []


def test_state_recipients_still_need_semicolons():
    text = HEAD + BODY + END + CLOSING.replace("- Đảng ủy xã;", "- Đảng ủy xã,")
    assert [f.line for f in lint_text(text, "recipients")] == [10]


def test_recipients_beside_the_signature_column_are_read_from_the_left_column():
    text = (
        HEAD
        + BODY
        + END.replace("./.", ".")
        + ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Đảng ủy xã;\tCHỦ TỊCH\n- Lưu: VHXH.\tNguyễn Văn An\n")
    )
    found = {(f.rule, f.line) for f in lint_text(text, "recipients", "archive-line", "end-marker")}
    assert found == {("end-marker", 8), ("archive-line", 11)}


def test_signature_without_the_name_is_an_error_when_the_plan_is_numbered():
    text = HEAD + BODY + END + CLOSING.replace("Nguyễn Văn An", "")
    [finding] = lint_text(text, "signature-block")
    assert (finding.line, finding.severity) == (13, "error")


def test_signature_without_the_name_is_a_warning_on_a_draft():
    text = (HEAD + BODY + END + CLOSING.replace("Nguyễn Văn An", "")).replace("12/KH", "/KH")
    [finding] = lint_text(text, "signature-block")
    assert finding.severity == "warning"


def test_signature_with_the_name_is_clean():
    assert lint_text(HEAD + BODY + END + CLOSING, "signature-block") == []


def test_two_word_phrase_written_twice_is_a_warning():
    # corpus: "hoạt động quản trị quản trị, sản xuất, kinh doanh"
    [finding] = lint_text(
        "Đưa toàn bộ hoạt động quản trị quản trị, sản xuất lên nền tảng số.", "repeated-word"
    )
    assert (finding.severity, finding.suggestion) == ("warning", "quản trị")


def test_phrase_repeated_across_table_columns_is_not_flagged():
    # corpus: "Quyết định kiểm tra   kiểm tra" (two columns of a table)
    assert lint_text("Quyết định kiểm tra   kiểm tra", "repeated-word") == []


def test_phrase_repeated_at_a_sentence_start_is_flagged():
    [finding] = lint_text("Tuyên truyền tuyên truyền sâu rộng đến cán bộ.", "repeated-word")
    assert finding.suggestion == "Tuyên truyền"


def test_anniversary_written_as_lan_thu_is_counted():
    text = "Kỷ niệm lần thứ 79 Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025)."
    [finding] = lint_text(text, "anniversary-count")
    assert (finding.column, finding.suggestion) == (17, "80")  # at "79"


def test_lunar_date_is_paired_with_the_solar_date_of_its_own_sentence():
    text = (
        "Treo cờ từ ngày 30/8/2025 đến hết ngày 02/9/2025. Tết Nguyên tiêu (ngày 03/3/2026, "
        "tức ngày 16 tháng Giêng năm Bính Ngọ)."
    )
    [finding] = lint_text(text, "lunar-date")
    assert finding.suggestion == "ngày 15 tháng 01"


def test_decomposed_text_in_utf16_without_bom_is_reported():
    text = unicodedata.normalize("NFD", HEAD + BODY + END + CLOSING)
    for encoding in ("utf-16-le", "utf-16-be", "utf-16"):
        source = load_bytes(text.encode(encoding), "plan.txt")
        (finding,) = [f for f in lint_source(source, select=["unicode"]) if f.severity == "warning"]
        assert finding.line == 1 and "dòng 1, " in finding.message and ", 7," in finding.message
