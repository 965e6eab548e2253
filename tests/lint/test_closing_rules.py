"""Nơi nhận, the Lưu line and the signature block."""

from __future__ import annotations

from lint_helpers import lint_text

SEED_004_CLOSING = """UBND quận đề nghị Ban Tuyên giáo Quận ủy phối hợp thực hiện./.

Nơi nhận:

- UBND thành phố Hà Nội;
- Sở Văn hóa và Thể thao;
- TT. HĐND, Lãnh đạo UBND quận;
- Lưu: VT, VH&TT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đặng Khánh Hòa"""
RULES = ("recipients", "archive-line", "signature-block")


def test_seed_004_closing_passes():
    assert lint_text(SEED_004_CLOSING, *RULES) == []


def test_recipients_wants_a_semicolon():
    (finding,) = lint_text(SEED_004_CLOSING.replace("Hà Nội;", "Hà Nội,"), *RULES)
    assert (finding.rule, finding.line, finding.suggestion) == (
        "recipients",
        5,
        "- UBND thành phố Hà Nội;",
    )


def test_recipients_accepts_a_purpose_tag_and_wrapped_items():
    text = SEED_004_CLOSING.replace("Hà Nội;", "Hà Nội; (Để báo cáo)").replace(
        "- Sở Văn hóa và Thể thao;", "- Sở Văn hóa và\nThể thao (để b/c);"
    )
    assert lint_text(text, *RULES) == []


def test_recipients_wants_the_colon_of_the_label():
    (finding,) = lint_text(SEED_004_CLOSING.replace("Nơi nhận:", "Nơi nhận"), *RULES)
    assert (finding.rule, finding.line) == ("recipients", 3)


def test_archive_line_refuses_the_end_marker_of_seed_003():
    findings = lint_text(SEED_004_CLOSING.replace("VH&TT.", "VH XH./."), *RULES)
    (finding,) = [f for f in findings if f.severity == "error"]
    assert (finding.rule, finding.line, finding.suggestion) == (
        "archive-line",
        8,
        "- Lưu: VT, VHXH.",  # one corrected line: the final "./." and the code's space
    )


def test_archive_line_wants_the_final_full_stop():
    (finding,) = lint_text(SEED_004_CLOSING.replace("VH&TT.", "VH&TT"), *RULES)
    assert (finding.rule, finding.suggestion) == ("archive-line", "- Lưu: VT, VH&TT.")


def test_signature_block_refuses_party_abbreviations_in_a_state_plan():
    (finding,) = lint_text(SEED_004_CLOSING.replace("KT. CHỦ TỊCH", "K/T CHỦ TỊCH"), *RULES)
    assert (finding.rule, finding.line, finding.suggestion) == (
        "signature-block",
        11,
        "KT. CHỦ TỊCH",
    )


def test_signature_block_wants_the_full_stop_and_capitals():
    findings = lint_text(
        SEED_004_CLOSING.replace("TM. ỦY BAN NHÂN DÂN", "TM Ủy ban nhân dân"), *RULES
    )
    assert [f.suggestion for f in findings] == ["TM. Ủy ban nhân dân", "ỦY BAN NHÂN DÂN"]


def test_archive_line_accepts_the_units_own_abbreviation():
    text = "2. Phòng Văn hóa và Thông tin quận tham mưu./.\n\n" + SEED_004_CLOSING.replace(
        "VH&TT", "VHTT"
    )
    assert lint_text(text, *RULES) == []


def test_archive_line_warns_on_a_code_one_letter_off_the_unit():
    text = "2. Phòng Văn hóa và Thông tin quận tham mưu./.\n\n" + SEED_004_CLOSING.replace(
        "VH&TT", "VHTTT"
    )
    (finding,) = lint_text(text, *RULES)
    assert (finding.rule, finding.severity, finding.suggestion) == (
        "archive-line",
        "warning",
        "- Lưu: VT, VHTT.",
    )


def test_nơi_nhận_inside_the_body_is_not_the_recipients_block():
    text = "Nơi nhận hồ sơ: Văn phòng UBND phường, số 5 đường Lê Lợi\n\n" + SEED_004_CLOSING
    assert lint_text(text, *RULES) == []


def test_recipients_without_a_luu_line_do_not_swallow_the_signature():
    text = SEED_004_CLOSING.replace("- Lưu: VT, VH&TT.\n", "")
    assert lint_text(text, "recipients") == []


def test_signature_block_warns_on_a_degree_before_the_name():
    (finding,) = lint_text(SEED_004_CLOSING.replace("Đặng Khánh Hòa", "TS. Đặng Khánh Hòa"), *RULES)
    assert (finding.rule, finding.severity, finding.suggestion) == (
        "signature-block",
        "warning",
        "Đặng Khánh Hòa",
    )


# A whole plan of our own: header with number and tên loại, a body, then the closing given.
_HEAD = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 07/KH-UBND\tAn Bình, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tuyên truyền phòng chống cháy nổ năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao ý thức của người dân về phòng chống cháy nổ.
2. Bảo đảm an toàn cho các khu dân cư.
II. NỘI DUNG
1. Tuyên truyền trên hệ thống loa truyền thanh của xã.
2. Treo băng rôn tại các tuyến đường chính.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã theo dõi, đôn đốc.
2. Các thôn triển khai thực hiện./.

"""
_CLOSING = """Nơi nhận:
- UBND huyện;
- Các thôn;
- Lưu: VT, VP.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tám"""


def test_whole_plan_with_its_closing_has_no_closing_finding():
    assert lint_text(_HEAD + _CLOSING, *RULES) == []


def test_whole_plan_without_nơi_nhận_is_an_error_about_the_document():
    closing = _CLOSING.split("\n\n", 1)[1]
    (finding,) = lint_text(_HEAD + closing, "recipients")
    assert (finding.severity, finding.line) == ("error", 0)
    assert "Điều 8 khoản 2 điểm i" in finding.message


def test_nơi_nhận_without_a_lưu_line_is_an_error_with_its_article():
    (finding,) = lint_text(_HEAD + _CLOSING.replace("- Lưu: VT, VP.\n", ""), "archive-line")
    assert (finding.severity, finding.suggestion) == ("error", "- Lưu: VT.")


def test_whole_plan_without_a_signature_is_an_error():
    closing = _CLOSING.split("\n\nTM.", 1)[0]
    (finding,) = lint_text(_HEAD + closing, "signature-block")
    assert finding.severity == "error" and "Điều 8 khoản 2 điểm g" in finding.message


def test_a_fragment_is_not_told_it_lacks_a_closing():
    assert lint_text("Các thôn triển khai thực hiện./.", *RULES) == []


def test_a_recipient_ending_with_a_comma_is_told_so():
    (finding,) = lint_text(_HEAD + _CLOSING.replace("- Các thôn;", "- Các thôn,"), *RULES)
    assert "dấu phẩy" in finding.message and finding.suggestion == "- Các thôn;"


def test_vtmt_already_is_the_clerk_code():
    assert lint_text(_HEAD + _CLOSING.replace("VT, VP.", "VTMT."), *RULES) == []


def test_lưu_without_vt_nor_dot_gets_one_agreed_suggestion():
    (finding,) = lint_text(
        _HEAD + _CLOSING.replace("- Lưu: VT, VP.", "- Lưu: Ban xây dựng Đảng"), *RULES
    )
    assert finding.suggestion == "- Lưu: VT, Ban xây dựng Đảng."
    assert "dấu chấm" in finding.message and "Văn thư" in finding.message
