"""Task blocks in the content: "- Cơ quan thực hiện: X chủ trì, phối hợp với Y" gives X the lead with
partners Y, each block its own task text and deadline. Plans written for the test."""

from __future__ import annotations

from datetime import date

from kehoach.read import parse_text

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 12/KH-UBND
Hà Nam, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG
1. Tuyên truyền trên phương tiện thông tin đại chúng
- Nội dung: kỹ năng an toàn khi bơi lội.
- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã, phường.
- Thời gian thực hiện: trước ngày 30/6/2026.
2. Dạy bơi an toàn
- Mở lớp dạy bơi miễn phí cho học sinh tiểu học.
Đơn vị chủ trì thực hiện: Sở Giáo dục và Đào tạo.
Đơn vị phối hợp thực hiện: Sở Y tế; các cơ quan, đơn vị liên quan.
- Kiểm tra các điểm bơi công cộng.
Thời gian thực hiện: tháng 7 năm 2026.
Đơn vị thực hiện: Ủy ban nhân dân các xã, phường.
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Theo dõi, tổng hợp.
"""


def _tasks():
    return [a for a in parse_text(PLAN).assignments if a.unit != "Sở Y tế" or a.role != "lead"]


def test_the_unit_before_chu_tri_leads_and_the_units_after_phoi_hop_voi_support() -> None:
    lead = next(a for a in _tasks() if a.unit == "Sở Văn hóa, Thể thao và Du lịch")
    assert (lead.role, lead.partners) == (
        "lead",
        ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã, phường"],
    )
    assert lead.deadline == date(2026, 6, 30)


def test_the_task_text_is_the_block_it_belongs_to_not_another_heading() -> None:
    first = next(a for a in _tasks() if a.unit == "Sở Văn hóa, Thể thao và Du lịch")
    assert first.text == "1. Tuyên truyền trên phương tiện thông tin đại chúng"
    second = [
        a for a in _tasks() if a.unit == "Ủy ban nhân dân các xã, phường" and a.role != "support"
    ]
    assert [a.text for a in second] == ["Kiểm tra các điểm bơi công cộng."]


def test_a_label_with_tham_muu_or_thuc_hien_after_its_role_is_read() -> None:
    lead = next(a for a in _tasks() if a.unit == "Sở Giáo dục và Đào tạo" and a.role == "lead")
    assert lead.text == "2. Dạy bơi an toàn"
    assert lead.partners == ["Sở Y tế", "các cơ quan, đơn vị liên quan"]


def test_a_time_line_after_the_labels_dates_the_block() -> None:
    second = next(a for a in _tasks() if a.text == "Kiểm tra các điểm bơi công cộng.")
    assert second.deadline == date(2026, 7, 31)


TABLE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN

Số: 88/KH-UBND

Ninh Thuận, ngày 14 tháng 4 năm 2026

KẾ HOẠCH
Chuyển đổi số năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Phân công nhiệm vụ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |
|---|---|---|---|---|
| 1 | Số hóa hồ sơ thủ tục hành chính | Ủy ban nhân dân các xã, phường | Sở Khoa học và Công nghệ | Trước ngày 30/9/2026 |
| 2 | Tập huấn kỹ năng số | Sở Khoa học và Công nghệ | Tỉnh đoàn; Sở Nội vụ | Thường xuyên |
"""


def test_a_task_table_gives_one_task_per_row_with_its_lead_partners_and_deadline() -> None:
    rows = [a for a in parse_text(TABLE_PLAN, "plan.md").assignments if a.role == "lead"]
    assert [(a.unit, a.text, a.partners, a.deadline) for a in rows] == [
        (
            "Ủy ban nhân dân các xã, phường",
            "Số hóa hồ sơ thủ tục hành chính",
            ["Sở Khoa học và Công nghệ"],
            date(2026, 9, 30),
        ),
        ("Sở Khoa học và Công nghệ", "Tập huấn kỹ năng số", ["Tỉnh đoàn", "Sở Nội vụ"], None),
    ]


BODY_TABLE_PLAN = """UBND TỈNH ĐỒNG THÁP
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 87/KH-SVHTTDL
Đồng Tháp, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện công tác thông tin cơ sở năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Đưa thông tin thiết yếu đến người dân.
II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Rà soát danh sách cụm loa | UBND các xã, phường | Sở Văn hóa, Thể thao và Du lịch | Tháng 3/2026 |
| 2 | Tập huấn nghiệp vụ | Sở Văn hóa, Thể thao và Du lịch | UBND các xã, phường | Quý II năm 2026 |

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở bố trí kinh phí.
"""


def test_a_table_with_a_lead_column_gives_out_work_under_any_title() -> None:
    tasks = parse_text(BODY_TABLE_PLAN, "ke-hoach.md").assignments
    rows = [(a.unit, a.text, a.deadline, a.partners) for a in tasks if a.unit != "Văn phòng Sở"]
    assert rows == [
        (
            "UBND các xã, phường",
            "Rà soát danh sách cụm loa",
            date(2026, 3, 31),
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch",
            "Tập huấn nghiệp vụ",
            date(2026, 6, 30),
            ["UBND các xã, phường"],
        ),
    ]


def test_a_task_table_before_the_implementation_part_comes_first() -> None:
    units = [a.unit for a in parse_text(BODY_TABLE_PLAN, "ke-hoach.md").assignments]
    assert units[-1] == "Văn phòng Sở"
