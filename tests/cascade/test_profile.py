"""Unit profiles: the two examples load, and bad profiles give one clear Vietnamese message."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cascade_helpers import HA_NOI, HAI_PHONG

from kehoach.cascade import load_profile, profile_from_dict
from kehoach.errors import InputError


def _example() -> dict:
    return yaml.safe_load(HAI_PHONG.read_text(encoding="utf-8"))


def test_hai_phong_profile_names_the_ward_and_its_level() -> None:
    profile = load_profile(HAI_PHONG)
    assert profile.name == "Ủy ban nhân dân phường Lê Chân"
    assert (profile.level, profile.place, profile.area) == ("phường", "Lê Chân", "phường Lê Chân")
    assert profile.parent == "Ủy ban nhân dân thành phố Hải Phòng"


def test_hai_phong_profile_has_the_two_level_units() -> None:
    names = [u.name for u in load_profile(HAI_PHONG).units]
    assert "Phòng Văn hóa - Xã hội" in names
    assert "Phòng Kinh tế, Hạ tầng và Đô thị" in names
    assert "Công an phường" in names


def test_ha_noi_profile_signs_for_the_chair() -> None:
    signature = load_profile(HA_NOI).signature
    assert (signature.authority, signature.capacity, signature.head, signature.title) == (
        "TM.",
        "KT.",
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )


def test_lead_unit_resolves_to_phong_van_hoa_xa_hoi() -> None:
    assert load_profile(HA_NOI).lead.name == "Phòng Văn hóa - Xã hội"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Không tìm thấy hồ sơ đơn vị"):
        load_profile(tmp_path / "none.yaml")


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: [x\nlevel: phường\n", encoding="utf-8")
    with pytest.raises(InputError, match="không phải YAML hợp lệ"):
        load_profile(path)


def test_missing_name_is_named() -> None:
    data = _example()
    del data["name"]
    with pytest.raises(InputError, match="thiếu trường bắt buộc 'name'"):
        profile_from_dict(data)


def test_unknown_level_lists_the_accepted_ones() -> None:
    data = _example() | {"level": "thôn"}
    with pytest.raises(InputError, match="cấp 'thôn' không hợp lệ"):
        profile_from_dict(data)


def test_top_level_unit_cannot_cascade() -> None:
    data = _example() | {"level": "tỉnh"}
    with pytest.raises(InputError, match="cấp trên cùng"):
        profile_from_dict(data)


def test_lead_unit_must_exist() -> None:
    data = _example() | {"lead_unit": "khong-co"}
    with pytest.raises(InputError, match="'lead_unit' là 'khong-co'"):
        profile_from_dict(data)


def test_duplicate_unit_id_is_refused() -> None:
    data = _example()
    data["units"].append({"id": "vhxh", "name": "Phòng khác"})
    with pytest.raises(InputError, match="mã đơn vị 'vhxh' bị trùng"):
        profile_from_dict(data)


def test_vice_chair_signing_without_kt_is_refused() -> None:
    data = _example()
    data["signer"] = {"title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn A"}
    with pytest.raises(InputError, match="không ký thay"):
        profile_from_dict(data)


def test_lead_days_out_of_range_is_refused() -> None:
    data = _example() | {"deadline_lead_days": -2}
    with pytest.raises(InputError, match="deadline_lead_days"):
        profile_from_dict(data)


def test_profile_that_is_a_list_is_refused() -> None:
    with pytest.raises(InputError, match="bảng khóa: giá trị"):
        profile_from_dict(["name"])


def test_the_wards_own_commemorations_are_read() -> None:
    data = yaml.safe_load(HAI_PHONG.read_text(encoding="utf-8"))
    data["commemorations"] = ["le-hoi-choi-trau-do-son"]
    assert profile_from_dict(data).commemorations == ["le-hoi-choi-trau-do-son"]
