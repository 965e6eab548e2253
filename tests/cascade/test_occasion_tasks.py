"""Waves of events and the tasks of a calendar plan, one per duty and wave."""

from __future__ import annotations

from datetime import date
from functools import cache

from cascade_helpers import hai_phong

from kehoach.calendar.commemorations import Occasion, occasions
from kehoach.cascade.occasion_tasks import due, tasks, waves


@cache
def _q1() -> list[Occasion]:
    return occasions(date(2026, 1, 1), date(2026, 3, 31), "hai-phong")


def _pick(*ids: str) -> list[Occasion]:
    return [o for o in _q1() if o.commemoration.id in ids]


def test_a_wave_ends_where_the_next_event_is_more_than_a_week_away() -> None:
    found = waves(_pick("ngay-sinh-nguyen-duc-canh", "ngay-thanh-lap-dang", "tet-nguyen-dan"))
    assert [[o.date.day for o in w.occasions] for w in found] == [[2, 3], [17]]


def test_a_due_date_falls_back_to_a_working_day() -> None:
    assert due(date(2026, 2, 3), 2) == date(2026, 1, 30)  # Sunday 01/02 -> Friday 30/01


def test_a_duty_for_the_period_is_one_task_and_a_duty_per_event_one_per_wave() -> None:
    found = waves(_pick("ngay-thanh-lap-dang", "le-hoi-nu-tuong-le-chan"))
    plan_tasks = tasks(found, hai_phong())
    loudspeakers = [t for t in plan_tasks if "loa" in t.rule.duty]
    health = [t for t in plan_tasks if t.unit == "tram-y-te"]
    assert len(loudspeakers) == 2 and len(health) == 1 and health[0].wave is None


def test_round_only_duties_skip_a_wave_without_a_round_anniversary() -> None:
    found = waves(
        _pick("ngay-sinh-nguyen-duc-canh", "le-hoi-nu-tuong-le-chan")
    )  # 118 years, a festival
    assert not [t for t in tasks(found, hai_phong()) if t.rule.round_only]


def test_partners_are_only_the_profiles_units_and_never_the_lead() -> None:
    profile = hai_phong()
    ids = {u.id for u in profile.units}
    for task in tasks(waves(_pick("ngay-thanh-lap-dang")), profile):
        assert set(task.partners) <= ids - {task.unit}
