"""Commemorations: the shipped data, occasions of a range, anniversary classes, event matching."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from conftest import REFERENCE, needs_shared
from kehoach.calendar.commemorations import (
    FIVE,
    OTHER,
    ROUND,
    Occasion,
    anniversary_class,
    anniversary_dates,
    by_id,
    load_commemorations,
    match_event,
    occasions,
    quarter_range,
)
from kehoach.calendar.lunar import lunar_to_solar
from kehoach.errors import InputError

SHARED_DATA = REFERENCE / "commemorations.yaml"


def _by_id(items: list[Occasion]) -> dict[str, Occasion]:
    return {o.commemoration.id: o for o in items}


def test_every_shipped_entry_keeps_a_source_or_is_marked_unverified() -> None:
    entries = load_commemorations()
    assert len(entries) >= 100
    assert all(c.sources or c.verify for c in entries)


@needs_shared(SHARED_DATA)
def test_the_package_ships_every_entry_of_the_shared_reference_with_the_same_dates() -> None:
    shared = yaml.safe_load(SHARED_DATA.read_text(encoding="utf-8"))["entries"]
    ours = {c.id: c for c in load_commemorations()}
    for raw in shared:
        ours_entry = ours[raw["id"]]
        assert ours_entry.name == raw["name_vi"]
        assert (ours_entry.start.isoformat() if ours_entry.start else None) == raw["date"]
        # An entry is only ever marked verified here by adding the source that verifies it.
        shared_verify = bool(raw.get("verify"))
        added_source = len(ours_entry.sources) > len(raw["source"] or [])
        assert ours_entry.verify == shared_verify or (shared_verify and added_source)


@pytest.mark.parametrize(
    ("count", "round_only", "expected"),
    [
        (90, False, ROUND),
        (95, False, FIVE),
        (94, False, OTHER),
        (95, True, OTHER),
        (70, True, ROUND),
    ],
)
def test_anniversary_class_follows_decrees_145_and_111(
    count: int, round_only: bool, expected: str
) -> None:
    assert anniversary_class(count, round_only) == expected


def test_party_founding_in_2025_is_95_years_odd_five_with_the_plan_phrase() -> None:
    found = _by_id(occasions(date(2025, 2, 1), date(2025, 2, 28)))
    party = found["ngay-thanh-lap-dang"]
    assert (party.date, party.count, party.anniversary_class) == (date(2025, 2, 3), 95, FIVE)
    assert party.phrase == (
        "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"
    )


def test_seed_000_count_94_years_of_the_party_comes_from_the_calendar() -> None:
    party = _by_id(occasions(*quarter_range(2024, 1)))["ngay-thanh-lap-dang"]
    assert party.count == 94
    assert party.phrase.endswith("(03/02/1930 - 03/02/2024)")


def test_sector_founding_day_ending_in_5_is_not_odd_five() -> None:
    youth = _by_id(occasions(date(2025, 1, 1), date(2025, 12, 31)))
    # Hải quân 1955: 70 năm tròn in 2025; Đoàn 1931: 94 in 2025; Hội LHPN 1930: 95 -> năm khác (NĐ 111/2018).
    assert youth["thanh-lap-hai-quan"].anniversary_class == ROUND
    assert youth["thanh-lap-hoi-lhpn"].count == 95
    assert youth["thanh-lap-hoi-lhpn"].anniversary_class == OTHER


def test_leaders_birthdays_are_listed_only_from_100_years() -> None:
    year_2011 = _by_id(occasions(date(2011, 1, 1), date(2011, 12, 31)))
    year_2025 = _by_id(occasions(date(2025, 1, 1), date(2025, 12, 31)))
    assert "ngay-sinh-nguyen-van-linh" not in year_2011  # 96 years
    assert year_2025["ngay-sinh-nguyen-van-linh"].count == 110


def test_lunar_occasions_get_their_solar_date_of_the_year() -> None:
    found = _by_id(occasions(*quarter_range(2024, 1), scope="hai-phong"))
    assert found["tet-nguyen-dan"].date == date(2024, 2, 10)
    assert found["le-hoi-nu-tuong-le-chan"].date == lunar_to_solar(2024, 2, 7) == date(2024, 3, 16)
    hung_kings = _by_id(occasions(*quarter_range(2025, 2)))["gio-to-hung-vuong"]
    assert hung_kings.date == date(2025, 4, 7)
    assert hung_kings.count is None


def test_local_scope_includes_national_and_excludes_other_cities() -> None:
    hai_phong = _by_id(occasions(*quarter_range(2025), scope="hai-phong"))
    national = _by_id(occasions(*quarter_range(2025)))
    assert "giai-phong-hai-phong" in hai_phong and "giai-phong-hai-phong" not in national
    assert "ngay-thanh-lap-dang" in hai_phong
    assert "giai-phong-thu-do" not in hai_phong


def test_hai_phong_liberation_70_years_matches_seed_002() -> None:
    liberation = _by_id(occasions(*quarter_range(2025, 2), scope="hai-phong"))[
        "giai-phong-hai-phong"
    ]
    assert liberation.phrase == "Kỷ niệm 70 năm Ngày giải phóng Hải Phòng (13/05/1955 - 13/05/2025)"
    assert liberation.anniversary_class == ROUND


def test_events_not_yet_happened_give_no_occasion() -> None:
    found = _by_id(occasions(date(2025, 1, 1), date(2025, 12, 31), scope="hai-phong"))
    assert "hop-nhat-hai-phong-hai-duong" not in found


def test_unverified_entries_are_flagged() -> None:
    women = _by_id(occasions(*quarter_range(2025, 1)))["quoc-te-phu-nu"]
    assert women.commemoration.verify and not women.commemoration.verified


def test_month_only_entry_is_listed_as_approximate() -> None:
    party_committee = _by_id(occasions(*quarter_range(2030, 2), scope="hai-phong"))[
        "thanh-lap-dang-bo-hai-phong"
    ]
    assert party_committee.approximate
    assert party_committee.count == 100
    assert "(04/1930 - 04/2030)" in party_committee.phrase


def test_bad_scope_and_inverted_range_are_input_errors() -> None:
    with pytest.raises(InputError):
        occasions(date(2025, 1, 1), date(2025, 2, 1), scope="da-nang")
    with pytest.raises(InputError):
        occasions(date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(InputError):
        quarter_range(2025, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("94 năm Ngày thành lập Đảng Cộng sản Việt Nam", "ngay-thanh-lap-dang"),
        ("94 NAM NGAY THANH LAP DANG CONG SAN VIET NAM", "ngay-thanh-lap-dang"),
        ("kỷ niệm 94 năm ngày Thành lập Đảng", "ngay-thanh-lap-dang"),
        ("Ngày thành lập Đảng bộ thành phố Hà Nội", "thanh-lap-dang-bo-ha-noi"),
        ("70 năm Ngày Giải phóng Hải Phòng", "giai-phong-hai-phong"),
        ("50 năm Ngày Giải phóng hoàn toàn miền Nam, thống nhất đất nước", "giai-phong-mien-nam"),
        ("120 năm Ngày sinh đồng chí Trần Phú", "ngay-sinh-tran-phu"),
        ("79 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9", "cach-mang-thang-tam"),
        (
            "Chiến thắng Hà Nội - Điện Biên Phủ trên không",
            "chien-thang-ha-noi-dien-bien-phu-tren-khong",
        ),
        ("70 năm Ngày Chiến thắng Điện Biên Phủ", "chien-thang-dien-bien-phu"),
    ],
)
def test_match_event_finds_the_commemoration_a_phrase_names(text: str, expected: str) -> None:
    found = match_event(text)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "thành lập Đảng bộ quận Lê Chân",
        "Ngày hội văn hóa phường",
        "Ngày sinh Chủ tịch nước Trần Đức Lương",  # not Lê Đức Anh: the title alone names no one
        "",
    ],
)
def test_match_event_returns_none_for_unknown_events(text: str) -> None:
    assert match_event(text) is None


def test_anniversary_dates_give_the_expected_start_and_end() -> None:
    assert anniversary_dates(by_id("ngay-thanh-lap-dang"), 2025) == (
        date(1930, 2, 3),
        date(2025, 2, 3),
    )
    assert anniversary_dates(by_id("tet-nguyen-dan"), 2025) is None


def test_seed_004_geneva_date_differs_from_the_official_one() -> None:
    geneva = match_event("70 năm Ngày ký Hiệp định Giơ-ne-vơ về đình chỉ chiến sự ở Việt Nam")
    assert geneva is not None
    assert anniversary_dates(geneva, 2024) == (date(1954, 7, 21), date(2024, 7, 21))
