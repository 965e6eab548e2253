"""The upper level's places and channels at a ward's scale."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cascade_helpers import hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.places import at_our_scale
from kehoach.document.model import Plan
from kehoach.read import read_plan

PLANS = Path(__file__).parent / "plans"


@cache
def _tet() -> Plan:
    return cascade(read_plan(PLANS / "tinh-tet-binh-ngo.docx"), hai_phong())


def _lines(plan: Plan) -> list[str]:
    return [s.title for s in plan.all_sections()] + [
        p for s in plan.all_sections() for p in s.paragraphs
    ]


def test_the_upper_levels_centre_is_the_wards() -> None:
    assert any(line.startswith("Tại trung tâm phường") for line in _lines(_tet()))
    assert not any("trung tâm hành chính tỉnh" in line for line in _lines(_tet()))


def test_a_square_of_the_city_is_the_wards_centre() -> None:
    line = "Ra quân tại Quảng trường trung tâm thành phố Huế và tại các tổ dân phố."
    assert at_our_scale(line, "thành phố", "Huế", "phường") == (
        "Ra quân tại trung tâm phường và tại các tổ dân phố."
    )


def test_the_upper_levels_media_are_the_wards_channels() -> None:
    text = " ".join(_lines(_tet()))
    assert "Mở chuyên trang, chuyên mục trên hệ thống loa truyền thanh, trang thông tin" in text
    assert "Truyền hình Quảng Trị" not in text and "Cổng Thông tin điện tử tỉnh" not in text


def test_the_wards_own_page_stays() -> None:
    line = "Đăng tải trên Trang thông tin điện tử phường."
    assert at_our_scale(line, "tỉnh", "Nghệ An", "phường") == line


def test_the_localities_under_the_upper_level_are_the_residential_groups() -> None:
    tasks = " ".join(a.text for a in _tet().assignments)
    assert "khẩu hiệu cho các tổ dân phố" in tasks and "các địa phương" not in tasks


def test_other_localities_and_what_they_own_stay() -> None:
    line = "Học tập kinh nghiệm các địa phương khác; kết nối với cổng của quốc gia, của các địa phương."
    assert at_our_scale(line, "tỉnh", None, "phường") == line
