"""Shapes of plans the corpus has few or none of: a Party committee's plan, a short date line,
a number left as dots, a Source built by another program with decomposed text."""

from __future__ import annotations

import unicodedata
from datetime import date

from kehoach.read import Source, parse, parse_text

PARTY_PLAN = """ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HẢI AN
*
Số 92-KH/ĐU                       Hải An, ngày 06 tháng 4 năm 2026

KẾ HOẠCH
tuyên truyền Chương trình hành động số 17-CTr/TU

Thực hiện Chương trình hành động số 17-CTr/TU ngày 6/3/2026 của Ban Chấp hành Đảng bộ thành phố, Ban Thường vụ Đảng ủy phường xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tuyên truyền.
II. TỔ CHỨC THỰC HIỆN
1. Ban Xây dựng Đảng Đảng ủy phường: chủ trì tham mưu.
2. Các chi bộ: tổ chức quán triệt.

Nơi nhận:                                 T/M BAN THƯỜNG VỤ
- Ban Thường vụ Thành ủy (để b/c),          PHÓ BÍ THƯ
- Lưu Văn phòng Đảng ủy.

                                           Nguyễn Văn B
"""


def test_party_plan_header():
    plan = parse_text(PARTY_PLAN)
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        "92",
        "KH/ĐU",
        "Hải An",
        date(2026, 4, 6),
    )
    assert plan.parent_issuer == "Đảng bộ thành phố Hải Phòng"
    assert plan.issuer == "Đảng ủy phường Hải An"


def test_party_signature_without_a_dot_after_t_m():
    signature = parse_text(PARTY_PLAN).signature
    assert (signature.authority, signature.body, signature.title, signature.name) == (
        "TM.",
        "BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Văn B",
    )


def test_issuer_of_a_basis_stops_before_the_next_body_after_a_comma():
    assert [b.issuer for b in parse_text(PARTY_PLAN).bases] == ["Ban Chấp hành Đảng bộ thành phố"]


SHORT = """UBND TỈNH NGHỆ AN
Số: …/KH-UBND
Nghệ An, ngày 05/3/2026
KẾ HOẠCH
Tuyên truyền

I. MỤC TIÊU
Nội dung.
II. NHIỆM VỤ, GIẢI PHÁP
Nội dung.
III. TRÁCH NHIỆM THỰC HIỆN
1. Sở Tài chính: bố trí kinh phí trước ngày 30/6/2026.
"""


def test_number_written_as_dots_is_blank_and_short_date_line_is_read():
    plan = parse_text(SHORT)
    assert (plan.number, plan.symbol, plan.place, plan.date) == (
        None,
        "KH-UBND",
        "Nghệ An",
        date(2026, 3, 5),
    )
    assert plan.issuer == "UBND tỉnh Nghệ An"


def test_responsibility_heading_gives_assignments_with_deadline():
    [assignment] = parse_text(SHORT).assignments
    assert (assignment.unit, assignment.deadline) == ("Sở Tài chính", date(2026, 6, 30))


def test_source_lines_in_nfd_are_normalised_before_parsing():
    lines = [unicodedata.normalize("NFD", line) for line in SHORT.split("\n")]
    assert lines[5] != "I. MỤC TIÊU"
    plan = parse(Source(name="nfd", kind="text", lines=lines))
    assert plan.sections[1].title == "NHIỆM VỤ, GIẢI PHÁP"


SLASHED = """UBND XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tuyên truyền
I- MỤC ĐÍCH, YÊU CẦU
1/ Mục đích
Nội dung.
II/ TỔ CHỨC THỰC HIỆN
1/ Công an xã: chủ trì.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An (Đã ký)
"""


def test_numbers_written_with_a_dash_or_slash_are_sections():
    plan = parse_text(SLASHED)
    assert plan.title == "Tuyên truyền"
    assert [(s.number, s.title) for s in plan.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert [(c.number, c.title) for c in plan.sections[0].children] == [("1", "Mục đích")]


def test_signed_mark_after_the_name_is_dropped():
    assert parse_text(SLASHED).signature.name == "Nguyễn Văn An"


MARKDOWN_TABLES = """| **ỦY BAN NHÂN DÂN**<br>**PHƯỜNG AN BIÊN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 15/KH-UBND | An Biên, ngày 05 tháng 3 năm 2026 |

**KẾ HOẠCH**
Tuyên truyền kỷ niệm

I. MỤC ĐÍCH
Nội dung.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: chủ trì.

| **Nơi nhận:**<br>- UBND quận;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Nguyễn Văn A** |
"""


def test_markdown_tables_with_line_breaks_are_read_cell_by_cell():
    plan = parse_text(MARKDOWN_TABLES, "ke-hoach.md")
    assert (plan.issuer, plan.number, plan.symbol, plan.place, plan.date) == (
        "Ủy ban nhân dân phường An Biên",
        "15",
        "KH-UBND",
        "An Biên",
        date(2026, 3, 5),
    )
    assert (plan.recipients, plan.archive) == (["UBND quận"], ["VT"])
    assert (plan.signature.title, plan.signature.name) == ("CHỦ TỊCH", "Nguyễn Văn A")


GROUPED = """UBND TỈNH X
Số: 5/KH-UBND
X, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tuyên truyền

I. MỤC ĐÍCH
Nội dung.

II. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của các sở, ngành
a) Sở Tài chính: bố trí kinh phí.
b) Sở Nội vụ: chủ trì khen thưởng.
2. Trách nhiệm của UBND cấp xã
- Tổ chức tuyên truyền tại địa phương.
"""


def test_units_grouped_under_a_responsibility_heading():
    assert [(a.unit, a.role, a.text) for a in parse_text(GROUPED).assignments] == [
        ("Sở Tài chính", None, "bố trí kinh phí."),
        ("Sở Nội vụ", "lead", "chủ trì khen thưởng."),
        ("UBND cấp xã", None, "- Tổ chức tuyên truyền tại địa phương."),
    ]


def test_bare_committee_in_the_header_is_completed_from_the_body_and_place():
    text = """ỦY BAN NHÂN DÂN
Số: /KH-UBND
Hải An, ngày tháng năm 2026
KẾ HOẠCH
Tuyên truyền
Ủy ban nhân dân phường ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Nội dung.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: chủ trì.
"""
    assert parse_text(text).issuer == "Ủy ban nhân dân phường Hải An"
