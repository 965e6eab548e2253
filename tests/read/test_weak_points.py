"""Weak points found on plans the reader had not seen: footnote numbers glued to words, a unit's
name cut before its last word, UTF-16 without a byte order mark, the motto on the issuer's line,
units listed under a lettered part heading, a unit cut inside its sentence."""

from __future__ import annotations

import pytest

from kehoach.errors import InputError
from kehoach.read import load_bytes, parse_text
from kehoach.read.source import decode_text
from kehoach.read.text import strip_footnote_marks

PLAN = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/KH-UBND Nghệ An, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Quản lý khoáng sản1 năm 2026

Căn cứ Luật Địa chất và Khoáng sản năm 2024;
I. MỤC TIÊU
Nội dung.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường3: chủ trì tham mưu.
2. Sở Văn hóa, Thể thao và Du
Lịch: phối hợp tuyên truyền.
3. Sở Ngoại
Vụ: chủ trì đón khách.
4. Các sở, ban, ngành tỉnh có liên quan theo chức năng, nhiệm vụ phối hợp thực hiện.
5. Công an tỉnh4 chủ trì bảo đảm an ninh.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_footnote_numbers_glued_to_words_are_dropped():
    plan = parse_text(PLAN)
    assert plan.title == "Quản lý khoáng sản năm 2026"
    units = [a.unit for a in plan.assignments]
    assert units[0] == "Sở Nông nghiệp và Môi trường"
    assert units[-1] == "Công an tỉnh"


def test_glued_digits_that_are_not_footnotes_stay():
    for text in ("500 m2 và 3 km2", "COVID-19", "H5N1", "số 18/2008/QH12", "năm 2024", "thôn 3,"):
        assert strip_footnote_marks(text) == text


def test_unit_name_cut_before_a_capitalised_last_word_is_joined():
    units = [a.unit for a in parse_text(PLAN).assignments]
    assert units[1:3] == ["Sở Văn hóa, Thể thao và Du Lịch", "Sở Ngoại Vụ"]


def test_heading_followed_by_a_capitalised_sentence_is_not_joined():
    text = PLAN.replace(
        "3. Sở Ngoại\nVụ: chủ trì đón khách.", "3. Sở Ngoại vụ\nChủ trì: đón khách."
    )
    units = [a.unit for a in parse_text(text).assignments]
    assert "Sở Ngoại vụ" in units


def test_unit_cut_before_theo_chuc_nang():
    units = [a.unit for a in parse_text(PLAN).assignments]
    assert "Các sở, ban, ngành tỉnh có liên quan" in units


def test_issuer_and_motto_on_one_line():
    plan = parse_text(PLAN)
    assert (plan.issuer, plan.number, plan.place) == (
        "Ủy ban nhân dân tỉnh Nghệ An",
        "12",
        "Nghệ An",
    )


def test_utf16_without_bom_both_byte_orders():
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_text(PLAN.encode(encoding), "x.txt") == PLAN
        assert load_bytes(PLAN.encode(encoding), "x.txt").lines[1].startswith("Số: 12/KH-UBND")


def test_lettered_part_heading_opens_the_units_after_it():
    text = (
        "UBND TỈNH QUẢNG NINH\nSố: 5/KH-UBND\nQuảng Ninh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền\n\n"
        "A. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng.\nB. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí.\n"
        "2. Công an tỉnh: bảo đảm an ninh.\n"
    )
    assert [a.unit for a in parse_text(text).assignments] == ["Sở Tài chính", "Công an tỉnh"]


def test_binary_data_shaped_like_utf16_is_refused():
    data = bytes(b for value in range(2000) for b in (value % 32, 0))  # 16-bit numbers, no text
    with pytest.raises(InputError):
        load_bytes(data, "numbers.txt")
