"""Slogans: occasion templates with counts filled in, general slogans by year and scope, sources."""

from __future__ import annotations

from datetime import date

from kehoach.calendar.commemorations import occasions, quarter_range
from kehoach.calendar.slogans import load_templates, slogans_for, suggest


def test_party_founding_slogan_has_the_count_and_dates_of_the_year() -> None:
    texts = slogans_for(occasions(date(2025, 2, 1), date(2025, 2, 28)))
    assert (
        "Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)!"
        in texts
    )


def test_seed_000_quarter_gets_the_tet_slogan_with_the_year_name() -> None:
    texts = slogans_for(occasions(*quarter_range(2024, 1), scope="hai-phong"), scope="hai-phong")
    assert "Mừng đất nước đổi mới, mừng Đảng quang vinh, mừng Xuân Giáp Thìn!" in texts
    assert (
        "Nhiệt liệt chào mừng 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)!"
        in texts
    )


def test_occasion_slogans_come_before_general_ones_and_none_repeats() -> None:
    result = suggest(occasions(*quarter_range(2025, 2)))
    tied = [s.occasion is not None for s in result]
    assert tied == sorted(tied, reverse=True)
    texts = [s.text for s in result]
    assert len(texts) == len(set(texts))


def test_general_slogans_follow_the_year() -> None:
    texts_2024 = slogans_for([], year=2024)
    texts_2026 = slogans_for([], year=2026)
    assert any("kinh tế - xã hội năm 2024!" in t for t in texts_2024)
    congress_xiii = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng!"
    assert any(congress_xiii in t for t in texts_2024)
    assert not any(congress_xiii in t for t in texts_2026)


def test_local_slogans_only_for_their_scope() -> None:
    hai_phong = slogans_for([], scope="hai-phong", year=2024)
    national = slogans_for([], year=2024)
    assert any("Hải Phòng" in t for t in hai_phong)
    assert not any("Hải Phòng" in t for t in national)


def test_round_anniversaries_without_their_own_template_get_the_generic_one() -> None:
    texts = slogans_for(occasions(*quarter_range(2025, 2), scope="hai-phong"))
    assert (
        "Nhiệt liệt chào mừng 70 năm Ngày giải phóng Hải Phòng (13/05/1955 - 13/05/2025)!" in texts
    )


def test_death_days_are_never_celebrated() -> None:
    texts = slogans_for(occasions(*quarter_range(2024, 1)))
    assert not any("Tô Hiệu" in t for t in texts)


def test_every_template_names_its_source() -> None:
    templates = load_templates()
    assert len(templates) >= 30
    assert all(t.source.strip() for t in templates)
