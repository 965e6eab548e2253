"""The work of a calendar plan: its waves of events and one task per duty and wave, each with its date.

Events a week or less apart make one wave ("đợt"), as ward plans group them ("Kỷ niệm 96 năm Ngày thành
lập Đảng và đón Tết"); each duty of occasion_duties.yaml that recurs per event becomes a task per wave,
dated from the wave's first event (earlier by the duty's `days_before`, moved back to a working day), so
the banners for a festival in March are not due in January. A duty once for the period is one task.
Each task has one lead unit (the first of the rule's `units` the profile has) and its partners.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kehoach.calendar.commemorations import Occasion
from kehoach.cascade.deadlines import working_days_before
from kehoach.cascade.profile import Profile
from kehoach.document.dates import format_short
from kehoach.errors import InputError

DUTIES_FILE = Path(__file__).resolve().parent / "occasion_duties.yaml"
ROUND = ("năm tròn", "năm lẻ 5")
WAVE_GAP = 7  # days between two events of one wave
BROADCAST_DAYS = 7  # a wave's propaganda starts this many days before its first event


@dataclass(frozen=True)
class DutyRule:
    units: tuple[str, ...]
    duty: str
    per_event: bool
    days_before: int
    round_only: bool = False
    when: str = "trước ngày"
    partners: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wave:
    """Events close together, propagated as one "đợt"."""

    number: int
    occasions: tuple[Occasion, ...]

    @property
    def first(self) -> date:
        return self.occasions[0].date

    @property
    def last(self) -> date:
        return self.occasions[-1].date

    @property
    def start(self) -> date:
        return due(self.first, BROADCAST_DAYS)


@dataclass(frozen=True)
class Task:
    """One duty of one unit for one wave (None: the whole period), with its partners and date."""

    rule: DutyRule
    unit: str  # unit id
    partners: tuple[str, ...]
    wave: Wave | None
    events: tuple[Occasion, ...]
    deadline: date


@cache
def duty_rules(path: Path = DUTIES_FILE) -> tuple[tuple[DutyRule, ...], str]:
    """The duty table and the sentence for units it does not name."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = tuple(
            DutyRule(
                tuple(item["units"]),
                " ".join(str(item["duty"]).split()),
                bool(item.get("per_event", True)),
                int(item.get("days_before", 0)),
                bool(item.get("round_only", False)),
                str(item.get("when", "trước ngày")),
                tuple(item.get("partners", ())),
            )
            for item in data["duties"]
        )
        return rules, str(data["other"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        raise InputError(f"Bảng nhiệm vụ {path} không hợp lệ ({error}).") from None


def due(event: date, days_before: int) -> date:
    """A working day `days_before` calendar days before the event (earlier if that day is off)."""
    return working_days_before(event - timedelta(days=days_before), 0)


def event_name(occasion: Occasion) -> str:
    if occasion.count is not None:
        return f"{occasion.count} năm {occasion.commemoration.name}"
    return occasion.commemoration.name


def waves(occasions: list[Occasion], gap: int = WAVE_GAP) -> list[Wave]:
    """The occasions (sorted by date) in waves: a new wave where the next event is more than `gap`
    days after the previous one."""
    groups: list[list[Occasion]] = []
    for occasion in sorted(occasions, key=lambda o: o.date):
        if groups and (occasion.date - groups[-1][-1].date).days <= gap:
            groups[-1].append(occasion)
        else:
            groups.append([occasion])
    return [Wave(i, tuple(g)) for i, g in enumerate(groups, start=1)]


def _resolve(unit_ids: tuple[str, ...], profile: Profile) -> str | None:
    for unit_id in unit_ids:
        unit_id = profile.lead_unit if unit_id == "@lead" else unit_id
        if profile.unit(unit_id) is not None:
            return unit_id
    return None


def tasks(occasion_waves: list[Wave], profile: Profile) -> list[Task]:
    """Every task of the plan, in the table's order (rule by rule, wave by wave)."""
    rules, _ = duty_rules()
    found: list[Task] = []
    for rule in rules:
        unit = _resolve(rule.units, profile)
        if unit is None:
            continue
        partners = tuple(
            dict.fromkeys(
                p
                for p in (_resolve((pid,), profile) for pid in rule.partners)
                if p is not None and p != unit
            )
        )
        chosen = [
            (
                wave,
                tuple(
                    o for o in wave.occasions if not rule.round_only or o.anniversary_class in ROUND
                ),
            )
            for wave in occasion_waves
        ]
        chosen = [(wave, events) for wave, events in chosen if events]
        if not chosen:
            continue
        if rule.per_event:
            for wave, events in chosen:
                deadline = due(events[0].date, rule.days_before)
                found.append(Task(rule, unit, partners, wave, events, deadline))
        else:
            events = tuple(o for _, group in chosen for o in group)
            deadline = due(events[0].date, rule.days_before)
            found.append(Task(rule, unit, partners, None, events, deadline))
    return found


def wave_label(wave: Wave, several: bool) -> str:
    """ "đợt 2" where the plan has several waves, else ""."""
    return f"đợt {wave.number}" if several else ""


def task_text(task: Task, level: str, lead: str, several: bool) -> str:
    """What the table's "Nhiệm vụ" column says: the duty and the events it is for."""
    duty = task.rule.duty.format(level=level, lead=lead)
    if task.wave is None:
        return f"{duty}."
    label = wave_label(task.wave, several)
    names = "; ".join(event_name(o) for o in task.events)
    return f"{duty} ({label + ': ' if label else ''}{names})."


def unit_lines(
    unit_tasks: list[Task], level: str, lead: str, several: bool, names: dict[str, str]
) -> list[str]:
    """The unit's part of TỔ CHỨC THỰC HIỆN: each duty once, with its partners and a date per wave."""
    lines: list[str] = []
    for rule in dict.fromkeys(t.rule for t in unit_tasks):
        mine = [t for t in unit_tasks if t.rule == rule]
        duty = rule.duty.format(level=level, lead=lead)
        partners = [names[p] for p in mine[0].partners]
        if partners:
            duty += f", phối hợp với {', '.join(partners)}"
        first = mine[0]
        if first.wave is None:
            lines.append(f"{duty}, {rule.when} {format_short(first.deadline)}.")
        elif rule.round_only:
            dated = "; ".join(
                f"{event_name(o)} {rule.when} {format_short(due(o.date, rule.days_before))}"
                for t in mine
                for o in t.events
            )
            lines.append(f"{duty}: {dated}.")
        elif several:
            dated = "; ".join(
                f"{wave_label(t.wave, several)} {rule.when} {format_short(t.deadline)}"
                for t in mine
                if t.wave is not None
            )
            lines.append(f"{duty}: {dated}.")
        else:
            lines.append(f"{duty}, {rule.when} {format_short(first.deadline)}.")
    return lines
