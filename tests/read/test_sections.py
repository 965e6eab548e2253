"""The body's tree when a plan has parts above its Roman numerals: "A. ...", "PHẦN I"."""

from __future__ import annotations

import pytest

from kehoach.document.serialise import plan_to_dict
from kehoach.read import load_bytes, parse, parse_text
from kehoach.read.sections import part_heading
from kehoach.write.docx import render_docx, with_end_marker

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 12/KH-UBND
Quảng Ninh, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026

Căn cứ Kế hoạch số 30/KH-UBND ngày 14/02/2026 của Ủy ban nhân dân tỉnh Quảng Ninh;

"""
TAIL = """
Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""


def _tree(body: str) -> list[tuple[str, str, list]]:
    def shape(section):
        return (section.number, section.title, [shape(child) for child in section.children])

    return [shape(section) for section in parse_text(HEAD + body + TAIL).sections]


LETTERED_ABOVE_ROMAN = """A. PHẦN CHUNG
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm an toàn thực phẩm.
II. THỜI GIAN
Tháng 4 năm 2026.

B. NHIỆM VỤ CỤ THỂ
I. NỘI DUNG
1. Tuyên truyền
a) Trên Báo Quảng Ninh.
b) Trên Cổng thông tin điện tử tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì, tổng hợp kết quả, báo cáo trước ngày 15/5/2026.
2. Công an tỉnh: phối hợp kiểm tra.
"""


def test_lettered_parts_are_top_level_with_the_roman_parts_as_children():
    assert _tree(LETTERED_ABOVE_ROMAN) == [
        ("A", "PHẦN CHUNG", [("I", "MỤC ĐÍCH, YÊU CẦU", [("1", "Mục đích", [])]), ("II", "THỜI GIAN", [])]),
        ("B", "NHIỆM VỤ CỤ THỂ", [
            ("I", "NỘI DUNG", [("1", "Tuyên truyền", [])]),
            ("II", "TỔ CHỨC THỰC HIỆN", [("1", "Sở Y tế", []), ("2", "Công an tỉnh", [])]),
        ]),
    ]  # fmt: skip


def test_point_letters_stay_paragraphs_under_lettered_parts():
    plan = parse_text(HEAD + LETTERED_ABOVE_ROMAN + TAIL)
    point = plan.sections[1].children[0].children[0]
    assert point.paragraphs == ["a) Trên Báo Quảng Ninh.", "b) Trên Cổng thông tin điện tử tỉnh."]


def test_assignments_are_found_under_a_roman_part_inside_a_lettered_part():
    plan = parse_text(HEAD + LETTERED_ABOVE_ROMAN + TAIL)
    assert [(a.unit, a.role) for a in plan.assignments] == [
        ("Sở Y tế", "lead"),
        ("Công an tỉnh", "support"),
    ]
    assert plan.assignments[0].deadline is not None and plan.assignments[0].deadline.month == 5


def test_phan_parts_with_the_title_on_the_same_line():
    body = """PHẦN I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm an toàn thực phẩm.
PHẦN II: TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì thực hiện.
"""
    assert _tree(body) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", [("1", "Mục đích", [])]),
        ("II", "TỔ CHỨC THỰC HIỆN", [("1", "Sở Y tế", [])]),
    ]


def test_letters_in_a_list_inside_a_roman_section_are_not_parts():
    body = """I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm an toàn thực phẩm.
II. CÁC PHƯƠNG ÁN
A. PHƯƠNG ÁN THỨ NHẤT
B. PHƯƠNG ÁN THỨ HAI
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì thực hiện.
"""
    assert [number for number, _, _ in _tree(body)] == ["I", "II", "III"]


def test_a_sentence_starting_with_a_capital_letter_and_a_dot_is_not_a_part():
    body = """A. Nguyễn Văn B, Giám đốc Sở Y tế, làm Trưởng ban.
B. Trần Thị C, Phó Giám đốc, làm Phó ban.
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm an toàn thực phẩm.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì thực hiện.
"""
    plan = parse_text(HEAD + body + TAIL)
    assert [s.number for s in plan.sections] == ["I", "II"]
    assert plan.preamble[-1].startswith("B. Trần Thị C")


def test_a_single_lettered_heading_is_not_a_part():
    body = """A. MỤC ĐÍCH, YÊU CẦU
I. NỘI DUNG
Tuyên truyền.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì thực hiện.
"""
    assert [number for number, _, _ in _tree(body)] == ["I", "II"]


def test_letters_out_of_order_are_not_parts():
    body = """B. MỤC ĐÍCH, YÊU CẦU
I. NỘI DUNG
Tuyên truyền.
D. TỔ CHỨC THỰC HIỆN
II. PHÂN CÔNG
1. Sở Y tế: chủ trì thực hiện.
"""
    assert [number for number, _, _ in _tree(body)] == ["I", "II"]


def _reads_back(plan) -> bool:
    again = parse(load_bytes(render_docx(plan), "ke-hoach.docx"))
    return plan_to_dict(again)["sections"] == plan_to_dict(with_end_marker(plan))["sections"]


def test_lettered_parts_above_roman_parts_render_and_read_back():
    assert _reads_back(parse_text(HEAD + LETTERED_ABOVE_ROMAN + TAIL))


def test_phan_parts_above_roman_parts_render_and_read_back():
    body = LETTERED_ABOVE_ROMAN.replace("A. ", "PHẦN I. ").replace("B. ", "PHẦN II. ")
    plan = parse_text(HEAD + body + TAIL)
    assert [s.number for s in plan.sections] == ["I", "II"]
    assert _reads_back(plan)


@pytest.mark.parametrize(
    "text",
    ["PHẦN IN ẤN TÀI LIỆU", "Phần I của Kế hoạch này", "phần I", "a) Nội dung", "A. Nguyễn Văn B"],
)
def test_words_and_points_that_look_like_parts_are_not(text):
    assert part_heading(text) is None


def test_a_sub_part_named_muc_with_its_number_is_a_numbered_sub_part() -> None:
    body = (
        "Phần I. MỤC ĐÍCH, YÊU CẦU\nPhòng ngừa dịch bệnh.\nPhần II. NỘI DUNG\nMục 1. Tiêm phòng\n"
        "Tiêm phòng hai đợt.\nMục 2. Giám sát dịch bệnh\nGiám sát tại chợ.\n"
    )
    assert _tree(body)[1] == (
        "II",
        "NỘI DUNG",
        [("1", "Tiêm phòng", []), ("2", "Giám sát dịch bệnh", [])],
    )


def test_parts_counted_in_words_are_the_plans_parts() -> None:
    body = (
        "Phần thứ nhất\nMỤC ĐÍCH, YÊU CẦU\nTạo sân chơi lành mạnh.\nPhần thứ hai\n"
        "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN\n1. Tỉnh đoàn\nTổ chức sinh hoạt hè.\n"
    )
    assert _tree(body) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", []),
        ("II", "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN", [("1", "Tỉnh đoàn", [])]),
    ]
