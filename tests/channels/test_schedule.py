"""Broadcast sessions per loudspeaker cluster, and the playlist exports."""

from __future__ import annotations

import csv
import io
from datetime import date, time

import pytest
import yaml
from tests.channels.conftest import EXAMPLE

from kehoach.channels.schedule import (
    ClusterSchedule,
    csv_text,
    m3u,
    schedules_from_list,
    schedules_from_text,
    sessions,
)
from kehoach.errors import InputError


def _example() -> list[ClusterSchedule]:
    return schedules_from_list(yaml.safe_load(EXAMPLE.read_text("utf-8"))["schedule"])


def test_sessions_count_days_times_and_weekdays() -> None:
    found = sessions(_example())
    # 30/01–03/02/2024: 5 days × 2 times, plus Mon/Wed/Fri/Sun only (31/01 Wed, 02/02 Fri) × 1
    assert len(found) == 10 + 2


def test_yaml_sexagesimal_times_are_read_as_clock_times() -> None:
    plan = schedules_from_list([{"from": date(2025, 5, 1), "times": [1050]}])[0]
    assert plan.times == (time(17, 30),)


def test_m3u_lists_each_repeat() -> None:
    found = sessions(_example())
    text = m3u(found, "tin.wav", "Tin", 90)
    assert text.startswith("#EXTM3U")
    assert text.count("\ntin.wav") == sum(s.repeats for s in found)


def test_csv_names_the_vietnamese_weekday() -> None:
    rows = list(
        csv.reader(
            io.StringIO(csv_text(sessions(_example()), "tin.wav", "Tin", 90).lstrip("\ufeff"))
        )
    )
    assert rows[1][:4] == ["Cụm loa tổ dân phố 1-6", "Thứ ba", "30/01/2024", "06:00"]


def test_end_before_start_is_refused() -> None:
    with pytest.raises(InputError):
        schedules_from_list([{"from": date(2025, 5, 2), "to": date(2025, 5, 1)}])


def test_schedule_typed_as_lines() -> None:
    plans = schedules_from_text(
        "Cụm loa tổ dân phố 1-6 | 30/01/2025 - 03/02/2025 | 06:00, 17h30 | 2 lần\n\nCụm loa chợ | 01/02/2025 | 7:00"
    )
    assert [len(sessions([p])) for p in plans] == [10, 1]
    assert plans[0].repeats == 2 and plans[0].times == (time(6, 0), time(17, 30))


@pytest.mark.parametrize(
    "text", ["Cụm loa 1 | 31/02/2025 | 06:00", "Cụm loa 1 | 06:00", "Cụm loa | 01/02/2025 | 25:00"]
)
def test_a_wrong_line_is_one_clear_error(text: str) -> None:
    with pytest.raises(InputError):
        schedules_from_text(text)
