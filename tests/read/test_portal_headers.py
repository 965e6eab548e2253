"""Headers as web portals give them (columns wrapped mid-phrase, "Số:" alone, the place split over
two lines) and issuers whose name needs the line above it (a Sở's locality, a Ban of the Mặt trận's
committee, a Tiểu ban of an election committee). The plans are ours, written in those shapes."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.read import parse_text

BODY = """
KẾ HOẠCH
Tuyên truyền phòng, chống thiên tai năm 2025

Căn cứ Kế hoạch số 31/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh;

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: chủ trì thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""

PORTAL = (
    """ỦY BAN NHÂN
DÂN TỈNH
HÀ TĨNH
-------
CỘNG HOÀ XÃ HỘI
CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do -
Hạnh phúc
---------------
Số:
87/KH-UBND
Hồng
Lĩnh, ngày 14 tháng 4 năm 2025
"""
    + BODY
)

PARTY_PORTAL = (
    """ĐẢNG BỘ TỈNH
BẮC NINH
ĐẢNG ỦY XÃ YÊN
PHONG
*
ĐẢNG CỘNG
SẢN VIỆT NAM
Số:
15-KH/ĐU
Yên Phong, ngày 02 tháng 6 năm 2025
"""
    + BODY
)


def test_wrapped_portal_header_keeps_number_symbol_place_and_issuer():
    plan = parse_text(PORTAL)
    assert (plan.number, plan.symbol, plan.place, plan.date, plan.issuer) == (
        "87",
        "KH-UBND",
        "Hồng Lĩnh",
        date(2025, 4, 14),
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
    )


def test_wrapped_motto_is_not_taken_for_a_body():
    plan = parse_text(PORTAL)
    assert plan.parent_issuer is None
    assert "Hội" not in (plan.issuer or "")


def test_wrapped_party_motto_and_number_with_a_hyphen():
    plan = parse_text(PARTY_PORTAL)
    assert (plan.number, plan.symbol, plan.issuer, plan.parent_issuer) == (
        "15",
        "KH/ĐU",
        "Đảng ủy xã Yên Phong",
        "Đảng bộ tỉnh Bắc Ninh",
    )


@pytest.mark.parametrize(
    ("lines", "issuer", "parent"),
    [
        ("UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ", "Sở Nội vụ tỉnh Nghệ An", "UBND tỉnh Nghệ An"),
        (
            "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN\nPHÒNG VĂN HÓA - XÃ HỘI",
            "Phòng Văn hóa - Xã hội phường Hải An",
            "Ủy ban nhân dân phường Hải An",
        ),
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM TỈNH LÀO CAI\nBAN THƯỜNG TRỰC",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai",
        ),
        (
            "ỦY BAN BẦU CỬ TỈNH HÀ TĨNH\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN",
            "Tiểu ban Thông tin, Tuyên truyền Ủy ban bầu cử tỉnh Hà Tĩnh",
            "Ủy ban bầu cử tỉnh Hà Tĩnh",
        ),
        (
            "TỈNH ỦY GIA LAI\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
            "Tỉnh ủy Gia Lai",
        ),
        ("CÔNG AN TỈNH GIA LAI", "Công an tỉnh Gia Lai", None),
    ],
)
def test_issuer_keeps_its_locality_and_the_body_it_belongs_to(lines, issuer, parent):
    text = f"{lines}\nSố: 12/KH-X\nPleiku, ngày 05 tháng 3 năm 2025\n{BODY}"
    plan = parse_text(text)
    assert (plan.issuer, plan.parent_issuer) == (issuer, parent)


INTERLEAVED_MOTTO = """ỦY BAN MTTQ VIỆT NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
XÃ LƯƠNG MINH        NAM
BAN THƯỜNG TRỰC        Độc lập - Tự do - Hạnh phúc

Số: 16/KH-MTTQ-BTT
Lương Minh, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác bầu cử

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm dân chủ.
II. TỔ CHỨC THỰC HIỆN
1. Các ban công tác Mặt trận: tổ chức thực hiện.
"""


def test_a_motto_wrapped_in_its_cell_is_not_taken_into_the_issuer():
    # Rows of two columns (an OCR'd scan, pdftotext): "NAM" ends the motto, not the issuer's name.
    plan = parse_text(INTERLEAVED_MOTTO)
    assert plan.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"
    assert plan.parent_issuer == "Ủy ban MTTQ Việt Nam xã Lương Minh"
