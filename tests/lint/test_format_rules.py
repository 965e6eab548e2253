"""Header and capitalisation rules on real header lines, and on copies with one thing changed."""

from __future__ import annotations

from lint_helpers import lint_text

CORPUS_HEADER = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
-------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 0124/KH-UBND
Đắk Lắk, ngày 18
tháng 11 năm 2025

KẾ HOẠCH
"""
HEADER_RULES = ("number-format", "date-line", "doc-type-symbol")


def test_a_real_header_passes():
    assert lint_text(CORPUS_HEADER, *HEADER_RULES) == []


def test_a_draft_header_with_blank_number_and_day_passes():
    assert (
        lint_text("Số: /KH-UBND\n\nQuận Lê Chân, ngày tháng năm 2024\n\nKẾ HOẠCH", *HEADER_RULES)
        == []
    )


def test_number_format_wants_a_leading_zero():
    (finding,) = lint_text(CORPUS_HEADER.replace("0124/", "5/"), "number-format")
    assert (finding.line, finding.column, finding.suggestion) == (8, 5, "05/KH-UBND")


def test_number_format_refuses_spaces_and_a_year():
    spaced = lint_text(CORPUS_HEADER.replace("0124/KH-UBND", "0124/KH - UBND"), "number-format")
    assert [f.suggestion for f in spaced] == ["0124/KH-UBND"]
    (year,) = lint_text(CORPUS_HEADER.replace("0124/KH", "12/2025/KH"), "number-format")
    assert year.suggestion == "12/KH-UBND"


def test_number_format_wants_the_colon():
    (finding,) = lint_text(CORPUS_HEADER.replace("Số: 0124", "Số 0124"), "number-format")
    assert finding.suggestion == "Số:"


def test_doc_type_symbol_matches_the_type_line():
    (finding,) = lint_text(CORPUS_HEADER.replace("/KH-", "/QĐ-"), "doc-type-symbol")
    assert (finding.line, finding.suggestion) == (8, "KH")


def test_doc_type_symbol_skips_party_documents():
    party = "ĐẢNG BỘ PHƯỜNG HẢI AN\nSố 89-KH/ĐU\nHải An, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH"
    assert lint_text(party, *HEADER_RULES, "signature-block") == []


def test_date_line_pads_day_and_january():
    text = CORPUS_HEADER.replace("ngày 18\ntháng 11", "ngày 8\ntháng 1")
    findings = lint_text(text, "date-line")
    assert [(f.line, f.suggestion, f.severity) for f in findings] == [
        (9, "08", "error"),
        (10, "01", "error"),
    ]


def test_date_line_warns_on_a_padded_march():
    (finding,) = lint_text(CORPUS_HEADER.replace("tháng 11", "tháng 03"), "date-line")
    assert (finding.severity, finding.suggestion) == ("warning", "3")


def test_date_line_wants_the_comma_after_the_place():
    (finding,) = lint_text(CORPUS_HEADER.replace("Đắk Lắk, ngày", "Đắk Lắk ngày"), "date-line")
    assert (finding.line, finding.suggestion) == (9, ",")


def test_date_line_ignores_dates_inside_the_text():
    text = (
        CORPUS_HEADER
        + "\nThực hiện Quyết định số 2437/QĐ-TTg ngày 4 tháng 1 năm 2025 của Thủ tướng"
    )
    assert lint_text(text, "date-line") == []


SEED_000_LINE_99 = (
    "- Tham mưu giúp Ủy ban Nhân dân quận chỉ đạo và phối hợp với các đơn vị liên quan tham gia các "
    "hoạt động do thành phố tổ chức."
)


def test_capitalisation_finds_uy_ban_nhan_dan_of_seed_000():
    (finding,) = lint_text(SEED_000_LINE_99, "capitalisation")
    assert (finding.column, finding.suggestion, finding.severity) == (
        17,
        "Ủy ban nhân dân",
        "error",
    )


def test_capitalisation_accepts_nhan_dan_meaning_the_people():
    # seed 000 line 19: "Nhân dân" capitalised is the decree's own special noun
    text = "tạo không khí phấn khởi, tin tưởng, thi đua yêu nước trong các tầng lớp Nhân dân trong quận."
    assert (
        lint_text(
            text + "\nỦY BAN NHÂN DÂN\n" + SEED_000_LINE_99.replace("Nhân dân", "nhân dân"),
            "capitalisation",
        )
        == []
    )


def test_capitalisation_finds_mat_tran_to_quoc_in_lower_case():
    text = "Ban Thường trực Ủy ban Mặt trận tổ quốc Việt Nam xã"
    (finding,) = lint_text(text, "capitalisation")
    assert finding.suggestion == "Mặt trận Tổ quốc"


def test_capitalisation_finds_viet_nam_in_lower_case():
    # corpus 179-KH-UBND line 1962
    (finding,) = lint_text("Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II", "capitalisation")
    assert (finding.column, finding.suggestion) == (20, "Việt Nam")
