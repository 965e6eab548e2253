"""OCR's slips put right from the shapes of the language, and what a writer wrote left alone."""

from __future__ import annotations

from kehoach.read import parse_text
from kehoach.read.ocr_text import (
    PAGE_BREAK,
    drop_stray_mark,
    is_speck,
    join_tables,
    mend_capitals,
    mend_line,
    mend_lines,
    mend_marks,
    mend_name,
    mend_numeral,
    mend_quarters,
    mend_symbols,
)


def test_a_speck_read_as_an_apostrophe_before_a_line_is_dropped():
    assert drop_stray_mark("'VLNCN trên địa bàn tỉnh.") == "VLNCN trên địa bàn tỉnh."
    assert drop_stray_mark("'Đời đời nhớ ơn' là khẩu hiệu") == "'Đời đời nhớ ơn' là khẩu hiệu"


def test_a_list_dash_read_as_a_tilde_is_a_dash():
    assert drop_stray_mark("~ Ủy ban bầu cử xã;") == "- Ủy ban bầu cử xã;"


def test_a_repeated_numeral_the_writer_wrote_stays():
    # The .docx numbers its parts so: a scan's reading keeps them as written.
    lines = [
        "I. MỤC ĐÍCH",
        "II. ĐỐI TƯỢNG",
        "II. NỘI DUNG",
        "IV. HÌNH THỨC",
        "V. TỔ CHỨC",
        "V. BÁO CÁO",
    ]
    assert mend_lines(lines) == lines


def test_a_numeral_glued_to_its_heading_gets_its_space():
    assert mend_numeral("I.MỤC ĐÍCH, YÊU CẦU") == "I. MỤC ĐÍCH, YÊU CẦU"


def test_a_numeral_that_lost_its_dot_gets_it_back_before_a_capital_heading():
    assert mend_numeral("II NỘI DUNG") == "II. NỘI DUNG"
    assert mend_numeral("V Lê Văn A") == "V Lê Văn A"


def test_a_numeral_read_as_letters_is_a_numeral_again():
    assert mend_numeral("HI. TỔ CHỨC THỰC HIỆN") == "III. TỔ CHỨC THỰC HIỆN"
    assert mend_numeral("H. NỘI DUNG") == "II. NỘI DUNG"
    assert mend_numeral("l. MỤC ĐÍCH") == "I. MỤC ĐÍCH"


def test_a_point_or_a_sentence_is_no_numeral():
    for line in ("1. Mục đích", "H. Nội dung chính", "HIV. PHÒNG CHỐNG", "1. NỘI DUNG"):
        assert mend_numeral(line) == line


def test_a_symbol_keeps_its_digits_and_its_slash():
    assert (
        mend_symbols("Nghị quyết số 101/2025/UBTVQHI5 ngày")
        == "Nghị quyết số 101/2025/UBTVQH15 ngày"
    )
    assert mend_symbols("số 102/2025NQLT-UBTVQH15-CP") == "số 102/2025/NQLT-UBTVQH15-CP"
    assert mend_symbols("Quyết định số 2O3/QĐ-UBND") == "Quyết định số 203/QĐ-UBND"


def test_words_and_a_roman_quarter_are_not_symbols():
    for line in ("quý II/2026, Phụ lục I-1", "Ban Chỉ đạo 35 - Ban Tổ chức", "Công văn 12/UBND-VX"):
        assert mend_symbols(line) == line


def test_an_icelandic_eth_is_a_vietnamese_d():
    assert mend_marks("Kế hoạch số 21-KH/ĐÐU") == "Kế hoạch số 21-KH/ĐU"
    assert mend_marks("19/GÐN-VK") == "19/GĐN-VK"


def test_a_double_quote_after_a_time_is_its_apostrophe():
    assert mend_marks("Từ 13h30” ngày 02/6/2026") == "Từ 13h30’ ngày 02/6/2026"
    assert mend_marks("khẩu hiệu “Năm 2026” được") == "khẩu hiệu “Năm 2026” được"


def test_an_em_dash_between_words_is_an_en_dash():
    assert mend_marks("kinh tế — xã hội; 2026 — 2031") == "kinh tế – xã hội; 2026 – 2031"
    assert mend_marks("nhiệm kỳ 2026 —- 2031") == "nhiệm kỳ 2026 – 2031"
    assert mend_marks("Hà Nội - Hải Phòng; a -- b") == "Hà Nội - Hải Phòng; a – b"


def test_a_capital_post_gets_its_marks_back_column_by_column():
    assert (
        mend_capitals("Nơi nhận:        TM. UY BAN NHÂN DÂN")
        == "Nơi nhận:        TM. ỦY BAN NHÂN DÂN"
    )
    assert mend_capitals("PHO CHU TỊCH") == "PHÓ CHỦ TỊCH"
    assert mend_capitals("KT. CHỦ TICH") == "KT. CHỦ TỊCH"


def test_a_writers_own_spelling_of_a_capital_body_stays():
    assert mend_capitals("TM. UỶ BAN NHÂN DÂN") == "TM. UỶ BAN NHÂN DÂN"
    assert (
        mend_capitals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    assert mend_capitals("Chủ tich xã") == "Chủ tich xã"  # not capital text: left to the writer


def test_uy_ban_is_uy_ban_with_its_hook():
    assert mend_line("của Uy ban MTTQ Việt Nam xã; uy ban") == "của Ủy ban MTTQ Việt Nam xã; ủy ban"
    assert mend_line("uy tín của Uỷ ban") == "uy tín của Uỷ ban"


def test_quarter_one_is_roman_where_the_plan_writes_quarters_so():
    lines = ["Quý IV/2025 và Quý 1/2026;", "đến quý 1/2026."]
    assert mend_quarters(lines) == ["Quý IV/2025 và Quý I/2026;", "đến quý I/2026."]
    assert mend_quarters(["trong quý 1/2026, quý 2/2026"]) == ["trong quý 1/2026, quý 2/2026"]


def test_a_speck_is_no_line():
    assert [is_speck(t) for t in ("l", "^", "nà", "2", "-", "Số:")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert mend_line("- Các tổ chức thành viên;        l") == "- Các tổ chức thành viên;"


def test_a_doubled_dash_is_one_dash():
    assert (
        drop_stray_mark("- - Thời gian hoàn thành: quý I/2026")
        == "- Thời gian hoàn thành: quý I/2026"
    )


def test_mended_lines_read_as_the_writer_wrote_them():
    lines = [
        "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ LƯƠNG MINH        Độc lập - Tự do - Hạnh phúc",
        "Số: 16/KH-UBND        Lương Minh, ngày 10 tháng 12 năm 2025",
        "KẾ HOẠCH",
        "Tổ chức hội nghị",
        "Căn cứ Nghị quyết số 101/2025/UBTVQHI5 ngày 26/9/2025 của Uy ban Thường vụ Quốc hội;",
        "I.MỤC ĐÍCH",
        "Bảo đảm dân chủ.",
        "H. NỘI DUNG",
        "Hoàn thành trong Quý IV/2025 và Quý 1/2026.",
        "HI. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng: chủ trì thực hiện.",
        "l",
        "Nơi nhận:        TM. UY BAN NHÂN DÂN",
        "- UBND tỉnh (b/c);        KT. CHỦ TICH",
        "- Lưu: VT.        PHO CHU TỊCH",
        "        Lan Thị Vân",
    ]
    plan = parse_text("\n".join(mend_lines(lines)))
    assert [s.number for s in plan.sections] == ["I", "II", "III"]
    assert plan.bases[0].symbol == "2025/UBTVQH15"
    assert plan.bases[0].issuer == "Ủy ban Thường vụ Quốc hội"
    assert plan.recipients == ["UBND tỉnh"]
    assert (plan.signature.body, plan.signature.head, plan.signature.title) == (
        "ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )


def test_a_signers_middle_name_thi_gets_its_dot_back():
    assert mend_name("Lan Thi Vân") == "Lan Thị Vân"
    assert (
        mend_line("- Các ấp;        Nguyễn Thi Thanh Lịch")
        == "- Các ấp;        Nguyễn Thị Thanh Lịch"
    )


def test_thi_elsewhere_stays():
    for text in ("Thi đua yêu nước", "Hội Thi Tay Nghề", "Lan Thi", "Ban Tổ chức Hội thi Văn nghệ"):
        assert mend_name(text) == text


def test_a_speck_before_the_signers_name_is_dropped():
    assert mend_line("nà        Lan Thi Vân") == "        Lan Thị Vân"


def test_a_table_run_on_over_a_page_break_is_one_table():
    first = ["| TT | Nhiệm vụ |", "|---|---|", "| 1 | Rà soát |", ""]
    second = ["| TT | Nhiệm vụ |", "|---|---|", "| 2 | Kiểm tra |", ""]
    assert join_tables([*first, PAGE_BREAK, "4", "", *second]) == [
        "| TT | Nhiệm vụ |",
        "|---|---|",
        "| 1 | Rà soát |",
        "| 2 | Kiểm tra |",
        "",
    ]
    # Without a repeated header, the next page's first row is a row of the table.
    assert join_tables([*first, PAGE_BREAK, *second[2:3], "|---|---|"])[2:] == [
        "| 1 | Rà soát |",
        "| 2 | Kiểm tra |",
    ]


def test_two_tables_on_one_page_or_of_other_columns_stay_two():
    one = ["| TT | Nhiệm vụ |", "|---|---|", "| 1 | Rà soát |", ""]
    other = ["| TT | Đơn vị | Thời gian |", "|---|---|---|", "| 1 | Sở | Quý I |"]
    assert join_tables([*one, *one]) == [*one, *one]
    assert join_tables([*one, PAGE_BREAK, *other]) == [*one, *other]
