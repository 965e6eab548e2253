"""Duties of ours no line of the upper plan gives: the lead unit's, the profile's standing ones."""

from __future__ import annotations

from datetime import date

from cascade_helpers import hai_phong

from kehoach.cascade.assignments import Distribution
from kehoach.cascade.own_duties import lead_duties, standing_duties
from kehoach.cascade.reporting import Due


def test_the_lead_unit_runs_the_plan_and_reports_up_before_the_upper_date() -> None:
    due = Due(
        date(2026, 11, 6), date(2026, 11, 12), "trước ngày 06/11/2026", "trước ngày 12/11/2026"
    )
    run, report = lead_duties(hai_phong(), [due])
    assert run.text.startswith("Chủ trì, tham mưu Ủy ban nhân dân phường Lê Chân")
    assert report.deadline == date(2026, 11, 12) and "trước ngày 12/11/2026" in report.text


def test_a_units_standing_duty_from_the_profile_is_given_in_every_plan() -> None:
    result = Distribution()
    standing_duties(hai_phong(), result)
    assert result.by_unit["tdp"][0].text.startswith("Phổ biến nội dung Kế hoạch đến các hộ dân")
