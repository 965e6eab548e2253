"""The head of a plan in shapes offices type in Word: a trích yếu over two centred paragraphs, a joint
plan (Kế hoạch liên tịch) whose left column lists both bodies. Plans written for the test."""

from __future__ import annotations

import io

import docx

from kehoach.read import load_bytes, parse, parse_text


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


HEAD = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG TRỊ",
    "Số: 412/KH-UBND",
    "Quảng Trị, ngày 26 tháng 12 năm 2025",
]
BODY = [
    "Căn cứ Hướng dẫn số 215-HD/BTGDVTW ngày 05/12/2025 của Ban Tuyên giáo và Dân vận Trung ương;",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tạo không khí vui tươi.",
]


def test_a_title_typed_over_two_paragraphs_is_one_title() -> None:
    data = _docx(
        [
            *HEAD,
            "KẾ HOẠCH",
            "Tuyên truyền mừng Đảng, mừng Xuân",
            "Bính Ngọ năm 2026 trên địa bàn tỉnh",
            *BODY,
        ]
    )
    plan = parse(load_bytes(data, "ke-hoach.docx"))
    assert plan.title == "Tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ năm 2026 trên địa bàn tỉnh"
    assert plan.preamble[0].startswith("Căn cứ")


def test_a_paragraph_that_ends_a_sentence_after_the_title_is_the_preamble() -> None:
    opening = "Phát huy truyền thống quê hương, tỉnh ban hành Kế hoạch như sau:"
    data = _docx(
        [*HEAD, "KẾ HOẠCH", "Tuyên truyền mừng Đảng, mừng Xuân năm 2026", opening, *BODY[1:]]
    )
    plan = parse(load_bytes(data, "ke-hoach.docx"))
    assert plan.title == "Tuyên truyền mừng Đảng, mừng Xuân năm 2026"
    assert plan.preamble == [opening]


JOINT = """ỦY BAN NHÂN DÂN XÃ PHÚ HÒA
BAN THƯỜNG TRỰC
ỦY BAN MTTQ VIỆT NAM XÃ PHÚ HÒA
Số: 02/KHLT-UBND-MTTQ
Phú Hòa, ngày 09 tháng 3 năm 2026
KẾ HOẠCH LIÊN TỊCH
Thực hiện Cuộc vận động xây dựng nông thôn mới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Nhân dân.
"""


def test_a_joint_plans_kind_is_not_its_title() -> None:
    plan = parse_text(JOINT)
    assert plan.doc_type == "KH"
    assert plan.title == "Thực hiện Cuộc vận động xây dựng nông thôn mới năm 2026"


def test_a_joint_plans_issuer_is_the_first_body_not_a_parent_of_the_second() -> None:
    plan = parse_text(JOINT)
    assert (plan.issuer, plan.parent_issuer) == ("Ủy ban nhân dân xã Phú Hòa", None)
