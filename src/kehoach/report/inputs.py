"""What a result report is drafted from: the plan, the units' accepted work, what is still missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kehoach.document.model import Plan, Reference
from kehoach.report.figures import FigureSpec, UnitResult
from kehoach.report.periods import Period


@dataclass
class UnitWork:
    """One accepted report of a unit on one assigned task, in the unit's words."""

    unit: str
    task: str = ""  # the task as the plan assigned it
    text: str = ""  # what was done
    no_activity: bool = False  # "không phát sinh"
    difficulties: str = ""  # khó khăn, vướng mắc
    causes: str = ""  # nguyên nhân
    proposals: str = ""  # kiến nghị, đề xuất


@dataclass
class Outstanding:
    """A task without an accepted report when the report is drafted."""

    unit: str
    task: str
    deadline: date | None = None
    state: str = "chưa báo cáo"


@dataclass
class ReportInputs:
    """Everything the draft needs; what is left empty is derived from the plan or marked to write."""

    plan: Plan  # our issued plan
    specs: list[FigureSpec] = field(default_factory=list)
    results: list[UnitResult] = field(default_factory=list)  # figures per unit
    works: list[UnitWork] = field(default_factory=list)
    outstanding: list[Outstanding] = field(default_factory=list)
    assigned_units: list[str] = field(default_factory=list)  # every unit given a task
    request: Reference | None = None  # the upper document that asked for the report
    follow_ups: list[Reference] = field(default_factory=list)  # documents we issued after the plan
    period: Period | None = None  # the period reported on; None = the plan's own
    today: date | None = None  # the report's date; None = left for the Văn thư
    leaders: list[str] = field(default_factory=list)  # our leaders in Nơi nhận
