"""Nominations checked against the rules with the recorded history (kehoach.web.emulation.awards)."""

from __future__ import annotations

import pytest

from kehoach.web.emulation import awards
from kehoach.web.emulation.models import AwardRecord, Nomination
from web.emulation.test_flow import post

pytestmark = pytest.mark.django_db


def test_consecutive_check_reads_the_recorded_history(ward, launched, units) -> None:
    for year in (2023, 2024):
        AwardRecord.objects.create(
            organisation=ward,
            name="Đỗ Minh Tuấn",
            award="chien_si_thi_dua_co_so",
            year=year,
            unit_name=units[0].name,
        )
    history = awards.history(ward.pk, ["Đỗ Minh Tuấn"])
    assert history.years_with(
        ("individual", "đỗ minh tuấn", units[0].name.lower()), "chien_si_thi_dua_co_so"
    ) == {2023, 2024}


def test_a_nomination_over_the_unadopted_ratio_is_kept_with_a_warning(
    client, launched, units, unit_reporters
) -> None:
    names = ["Lý Văn An", "Mạc Thị Bé", "Kiều Văn Cảnh", "Tạ Thị Duyên", "Âu Văn Em", "Lã Thị Gấm"]
    reporter, unit = unit_reporters[0], units[0]
    for name in [*names, "Ninh Văn Hậu"]:
        post(client, reporter, "emulation:nominate", launched.pk, {
            "unit": unit.pk, "name": name, "award": "lao_dong_tien_tien", "rating": "hoan_thanh_tot",
        })  # fmt: skip
    for name in names[:2]:
        response = post(client, reporter, "emulation:nominate", launched.pk, {
            "unit": unit.pk, "name": name, "award": "chien_si_thi_dua_co_so",
            "initiative": "Sáng kiến số hóa",
        })  # fmt: skip
    flash = client.get(response.url).content.decode()
    assert "Đã đề nghị Chiến sĩ thi đua cơ sở cho Mạc Thị Bé; cần xem lại: Cảnh báo:" in flash
    assert not Nomination.objects.filter(state=Nomination.State.REFUSED).exists()
