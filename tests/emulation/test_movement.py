"""A movement drafted from seed 002's emulation plan, and from a plan of our own in another shape."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import FIXTURES
from kehoach.emulation.movement import END, movement_from_plan
from kehoach.read import parse_text, read_plan

SEED = next((FIXTURES / "seeds").glob("002_*.txt"))


@pytest.fixture(scope="module")
def seed_movement():
    return movement_from_plan(read_plan(SEED))


def test_slogan_is_the_quoted_khau_hieu_thi_dua(seed_movement) -> None:
    assert seed_movement.slogan.startswith(
        "Đảng bộ, chính quyền, quân và dân quận Dương Kinh thi đua"
    )


def test_criteria_are_the_lettered_contents(seed_movement) -> None:
    assert [c.key for c in seed_movement.criteria] == ["a", "b", "c", "d", "đ", "f"]
    assert seed_movement.criteria[1].label.startswith("Tập trung tuyên truyền")


def test_period_ends_on_the_date_the_plan_gives(seed_movement) -> None:
    assert seed_movement.end == date(2025, 5, 13)


def test_award_stages_say_what_and_by_whom(seed_movement) -> None:
    during, end = seed_movement.stages
    assert during.awards == ["giay_khen"] and during.decided_by == "Chủ tịch Ủy ban nhân dân quận"
    assert end.when == END and end.awards == ["bang_khen_tinh"]
    assert end.decided_by == "Chủ tịch Ủy ban nhân dân thành phố"


def test_title_drops_phat_dong_and_follow_up_is_noi_vu(seed_movement) -> None:
    assert seed_movement.title.startswith("Phong trào thi đua đặc biệt")
    assert seed_movement.follow_up == "Phòng Nội vụ quận"


OWN_PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN
Số: 21/KH-UBND
An Biên, ngày 03 tháng 02 năm 2026
KẾ HOẠCH
Phát động phong trào thi đua "Phường An Biên xanh - sạch - đẹp" năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Khơi dậy tinh thần tự giác của Nhân dân.
II. KHẨU HIỆU
"An Biên chung tay vì phố phường xanh, sạch, đẹp"
III. NỘI DUNG
1. Mỗi tổ dân phố trồng mới ít nhất 20 cây xanh.
2. Tổ chức tổng vệ sinh vào Chủ nhật cuối tháng.
IV. THỜI GIAN
Từ ngày 10/02/2026 đến ngày 30/11/2026.
V. KHEN THƯỞNG
Kết thúc phong trào, Chủ tịch Ủy ban nhân dân phường tặng Giấy khen cho các tập thể, cá nhân tiêu biểu.
VI. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội phường: theo dõi phong trào thi đua, thẩm định hồ sơ khen thưởng.
2. Các tổ dân phố: đăng ký thi đua trước ngày 20/02/2026.
"""


def test_own_plan_in_another_shape() -> None:
    movement = movement_from_plan(parse_text(OWN_PLAN))
    assert movement.slogan == "An Biên chung tay vì phố phường xanh, sạch, đẹp"
    assert [c.key for c in movement.criteria] == ["1", "2"]
    assert (movement.start, movement.end) == (date(2026, 2, 10), date(2026, 11, 30))
    assert movement.awards == ["giay_khen"]
    assert movement.stages[0].when == END
    assert movement.follow_up.startswith("Phòng Văn hóa - Xã hội")
