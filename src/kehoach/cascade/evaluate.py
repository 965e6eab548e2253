"""Measures of a draft a ward can send: what in its body still belongs to the upper level.

Counted per draft: lines whose subject is an upper body, lines that reach down to levels a ward does not
have, footnote marks, assignments to units outside the profile (as lead or partner), assignments without a
deadline, assignment items without exactly one lead unit, tasks no unit can act on (a bare lead-in "Chủ
trì:", or one task text led by two units), and whether the report section is there with dates. Used by
the corpus test and `bench/evaluate_cascade.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach.cascade import levels
from kehoach.cascade.profile import Profile
from kehoach.cascade.scale import upper_subject
from kehoach.document.model import Assignment, Plan

_DATED = re.compile(r"trước ngày \d{1,2}(?:/\d{1,2}(?:/\d{4})?| của tháng)")
_REPORT = "CHẾ ĐỘ BÁO CÁO"
_OWN_REPORT = re.compile(r"(?:báo cáo|gửi) kết quả thực hiện về ")


@dataclass
class Measure:
    """The figures of one draft; `examples` keeps the first offending lines for a reader."""

    upper_actors: int = 0
    reach_downs: int = 0
    footnotes: int = 0
    outside_profile: int = 0
    without_deadline: int = 0
    not_one_lead: int = 0  # assignment items without exactly one lead unit
    unactionable: int = 0  # "Chủ trì:" alone, or the same task led by two units
    report_dated: bool = False
    examples: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return (
            self.upper_actors
            == self.reach_downs
            == self.footnotes
            == self.outside_profile
            == self.without_deadline
            == self.not_one_lead
            == self.unactionable
            == 0
            and self.report_dated
        )


def _body_lines(plan: Plan) -> list[str]:
    return [t for s in plan.all_sections() for t in [s.title, *s.paragraphs] if t.strip()]


def _leads(assignment: Assignment) -> int:
    """How many lead units one item names: its unit when it leads, plus any partner written "chủ trì"."""
    own = 1 if assignment.role == "lead" and assignment.unit.strip() else 0
    return own + sum("chủ trì" in p.lower() for p in assignment.partners)


def _no_work(assignment: Assignment) -> bool:
    """A task that says nothing to do: a mark (".") or only its own unit's name ("Đề nghị Ủy ban Mặt
    trận Tổ quốc Việt Nam phường", a heading copied as its duty)."""
    words = _WORD.findall(assignment.text)
    named = set(_WORD.findall(assignment.unit.lower())) | {"đề", "nghị", "giao"}
    return len(words) < 2 or {w.lower() for w in words} <= named


_WORD = re.compile(r"\w+")


def _task_key(assignment: Assignment) -> str:
    """The task's words; each unit's report of its own results is its own task."""
    text = assignment.text.strip().rstrip(".").lower()
    return f"{assignment.unit}: {text}" if _OWN_REPORT.match(text) else text


def measure(plan: Plan, profile: Profile) -> Measure:
    """The figures of one draft against its profile."""
    result = Measure()
    for line in _body_lines(plan):
        found = []
        if upper_subject(line):
            result.upper_actors += 1
            found.append("upper")
        if levels.reaches_down(line):
            result.reach_downs += 1
            found.append("down")
        if levels.FOOTNOTE.search(line):
            result.footnotes += 1
            found.append("footnote")
        if found and len(result.examples) < 5:
            result.examples.append(f"{'/'.join(found)}: {line[:120]}")
    names = {u.name for u in profile.units}
    result.outside_profile = sum(
        a.unit not in names or any(p not in names for p in a.partners) for a in plan.assignments
    )
    result.not_one_lead = sum(_leads(a) != 1 for a in plan.assignments)
    result.without_deadline = sum(a.deadline is None for a in plan.assignments)
    leads: dict[str, set[str]] = {}
    for a in plan.assignments:
        leads.setdefault(_task_key(a), set()).add(a.unit)
    result.unactionable = sum(
        a.text.strip().endswith(":") or len(leads[_task_key(a)]) > 1 or _no_work(a)
        for a in plan.assignments
    )
    report = next((s for s in plan.sections if s.title == _REPORT), None)
    if report is not None:
        lines = [p for part in report.walk() for p in part.paragraphs]
        result.report_dated = len(lines) >= 2 and all(_DATED.search(p) for p in lines)
    return result
