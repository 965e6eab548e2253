"""The rule table: which upper assignments are ours, counterparts, and topics of duties."""

from __future__ import annotations

from pathlib import Path

import pytest
from cascade_helpers import ha_noi, hai_phong

from kehoach.cascade.mapping import load_mapping, mapping_from_dict, normalise
from kehoach.errors import InputError

MAPPING = load_mapping()


@pytest.mark.parametrize(
    "unit",
    [
        "Ủy ban nhân dân các xã, phường",
        "UBND các xã/phường",
        "UBND cấp xã",
        "UBND 11 phường",
        "Ủy ban nhân dân các phường",
        "UBND các phường, xã, đặc khu",
        "Phòng Văn hoá và Thông tin quận, Cổng thông tin điện tử quận và Ủy ban nhân dân các phường",
    ],
)
def test_names_of_our_level_concern_a_ward(unit: str) -> None:
    assert MAPPING.concerns_us(unit, "phường") == "explicit"


def test_vague_local_bodies_are_only_inferred() -> None:
    assert (
        MAPPING.concerns_us("Các cơ quan, đơn vị, địa phương, doanh nghiệp", "phường") == "inferred"
    )


@pytest.mark.parametrize("unit", ["Sở Nội vụ", "Ủy ban nhân dân tỉnh", "Công an tỉnh"])
def test_upper_bodies_do_not_concern_a_ward(unit: str) -> None:
    assert MAPPING.concerns_us(unit, "phường") is None


def test_district_names_concern_a_district_not_a_ward() -> None:
    assert MAPPING.concerns_us("UBND các quận, huyện", "quận") == "explicit"
    assert MAPPING.concerns_us("UBND các quận, huyện", "phường") is None


@pytest.mark.parametrize(
    ("upper", "ours"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch", "vhxh"),
        ("Sở Văn hóa và Thể thao", "vhxh"),
        ("Phòng Văn hóa và Thông tin quận", "vhxh"),
        ("Sở Nội vụ", "vhxh"),
        ("Sở Tài chính", "kinh-te"),
        ("Công an thành phố", "cong-an"),
        ("Bộ Chỉ huy Quân sự thành phố", "quan-su"),
    ],
)
def test_counterparts_of_upper_units(upper: str, ours: str) -> None:
    assert MAPPING.counterpart(upper, hai_phong())[0] == ours


def test_counterpart_missing_from_the_profile_reports_the_rule() -> None:
    unit_id, phrase = MAPPING.counterpart(
        "Sở Y tế", ha_noi()
    )  # Thanh Xuân's profile has no Trạm Y tế
    assert unit_id == "vhxh" and phrase == "Sở Y tế"  # falls back to the next id of the rule


def test_unknown_upper_unit_has_no_counterpart() -> None:
    assert MAPPING.counterpart("Cục Thống kê", hai_phong()) == (None, None)


@pytest.mark.parametrize(
    ("duty", "ours"),
    [
        ("Bố trí kinh phí tổ chức các hoạt động", "kinh-te"),
        ("Bảo đảm an ninh, trật tự trong dịp lễ", "cong-an"),
        ("Đẩy mạnh tuyên truyền trên hệ thống loa truyền thanh", "vhxh"),
        ("Treo cờ, pa nô, khẩu hiệu trên các tuyến đường", "ttdv"),
        ("Đăng tin trên Cổng thông tin điện tử phường", "van-phong"),
        ("Lựa chọn, biểu dương, khen thưởng kịp thời các tập thể", "vhxh"),
        ("Xây dựng kế hoạch triển khai", "vhxh"),  # the fallback topic: the lead unit
    ],
)
def test_duties_route_by_their_first_keyword(duty: str, ours: str) -> None:
    assert MAPPING.route(duty, hai_phong())[0] == ours


def test_duty_without_keyword_is_not_routed() -> None:
    assert MAPPING.route("Làm các việc khác được giao", hai_phong()) == (None, None)


def test_normalise_spells_out_abbreviations() -> None:
    assert normalise("UBND các xã/phường") == "uy ban nhan dan cac xa, phuong"


def test_table_without_ours_is_refused() -> None:
    with pytest.raises(InputError, match="thiếu 'ours'"):
        mapping_from_dict({"units": []})


def test_rule_without_target_is_refused() -> None:
    with pytest.raises(InputError, match=r"units\[0\]"):
        mapping_from_dict({"ours": {"phường": ["các phường"]}, "units": [{"upper": ["Sở Nội vụ"]}]})


def test_bad_regular_expression_is_an_input_error() -> None:
    with pytest.raises(InputError, match="không hợp lệ"):
        mapping_from_dict({"ours": {"phường": ["re:(unclosed"]}})


def test_missing_table_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Không tìm thấy bảng ánh xạ"):
        load_mapping(tmp_path / "mapping.yaml")


def test_a_one_syllable_keyword_is_matched_with_its_marks() -> None:
    """ "bão" (storm) folded is "bao": "báo cáo", "bảo đảm" are no storm; "lũ" is not "lưu"."""
    body = "Báo cáo kết quả. Bảo đảm kinh phí. Lưu hồ sơ. Báo cáo định kỳ. Bảo đảm an toàn."
    concerned = [
        rule.name for _, rule in MAPPING.concerned("Thông tin cơ sở năm 2026", body, hai_phong())
    ]
    assert "thiên tai, cứu nạn" not in concerned


def test_a_storm_in_the_title_still_concerns_the_police() -> None:
    concerned = [
        rule.name for _, rule in MAPPING.concerned("Phòng, chống bão năm 2026", "", hai_phong())
    ]
    assert "thiên tai, cứu nạn" in concerned
