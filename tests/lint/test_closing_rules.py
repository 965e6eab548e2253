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
        "- Lưu: VT, VH XH.",
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
        "VHTT",
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
