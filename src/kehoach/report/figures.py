"""The figures of a result report: what the plan asked (chỉ tiêu), what each unit reported, totals.

A figure nobody reported is blank, never 0: "0 buổi" is a result, a blank is a missing report. A unit
is only shown the indicators assigned to it (`FigureSpec.units`, empty = every unit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kehoach.document.model import Table
from kehoach.document.text import fold

BUDGET_MEASURES = ("đồng", "nghìn đồng", "triệu đồng", "tỷ đồng")


@dataclass(frozen=True)
class FigureSpec:
    """One figure the plan asks units to report: key, label, counting word, target, assignees."""

    key: str  # "phat_thanh"
    label: str  # "Buổi phát thanh"
    measure: str = ""  # "buổi"
    target: int | None = None  # the plan's chỉ tiêu for the whole plan; None = no target set
    units: tuple[str, ...] = ()  # names of the units that report it; empty = every unit

    @property
    def is_budget(self) -> bool:
        return fold(self.measure) in {fold(m) for m in BUDGET_MEASURES} or self.key == "kinh_phi"

    def applies_to(self, unit: str) -> bool:
        return not self.units or fold(unit) in {fold(u) for u in self.units}

    @property
    def heading(self) -> str:
        return f"{self.label} ({self.measure})" if self.measure else self.label


@dataclass
class UnitResult:
    """What one unit reported in accepted reports: figures (only keys reported) and words."""

    unit: str
    figures: dict[str, int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    no_activity: bool = False  # every accepted report of the unit said "không phát sinh"


def number(value: int | None) -> str:
    """1.500 with the Vietnamese thousands separator; None stays blank."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


def percent(done: int | None, target: int | None) -> str:
    """ "85,5" (% đạt) or blank when there is no target or nothing reported."""
    if done is None or not target:
        return ""
    value = round(100 * done / target, 1)
    text = f"{value:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def totals(results: Iterable[UnitResult], specs: list[FigureSpec]) -> dict[str, int | None]:
    """Each figure summed over the units that reported it; None when no unit did."""
    summed: dict[str, int | None] = {spec.key: None for spec in specs}
    for result in results:
        for key, value in result.figures.items():
            if key in summed and value is not None:
                summed[key] = (summed[key] or 0) + int(value)
    return summed


def figure_phrase(spec: FigureSpec, value: int) -> str:
    """ "12 buổi phát thanh", "1.500 lượt người tham dự", "20 cái băng rôn, pa-nô"."""
    label = spec.label[:1].lower() + spec.label[1:]
    measure = spec.measure.strip()
    if not measure or fold(label).startswith(fold(measure)):
        return f"{number(value)} {label}"
    return f"{number(value)} {measure} {label}"


def targets_table(results: list[UnitResult], specs: list[FigureSpec]) -> Table:
    """Per indicator: the plan's target, what was done and % đạt (blank where there is no target)."""
    overall = totals(results, specs)
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"]]
    for index, spec in enumerate(specs, start=1):
        done = overall[spec.key]
        rows.append(
            [
                str(index),
                spec.label,
                spec.measure,
                number(spec.target),
                number(done),
                percent(done, spec.target),
            ]
        )
    return Table(rows=rows, header_rows=1, caption="Bảng 1. Kết quả thực hiện các chỉ tiêu")


def unit_table(results: list[UnitResult], specs: list[FigureSpec]) -> Table:
    """TT, unit, one column per figure, a row per unit and "Tổng cộng"; blank where not reported."""
    rows = [["TT", "Đơn vị", *[spec.heading for spec in specs]]]
    shown = [r for r in results if r.figures or not r.no_activity]  # "không phát sinh": no row
    for index, result in enumerate(shown, start=1):
        cells = [
            number(result.figures.get(spec.key)) if spec.applies_to(result.unit) else ""
            for spec in specs
        ]
        rows.append([str(index), result.unit, *cells])
    overall = totals(results, specs)
    rows.append(["", "Tổng cộng", *[number(overall[spec.key]) for spec in specs]])
    return Table(rows=rows, header_rows=1, caption="Bảng 2. Số liệu của các đơn vị")


def table_rows(results: list[UnitResult], specs: list[FigureSpec]) -> list[list[str]]:
    """The unit table's rows without TT, for screens."""
    return [row[1:] for row in unit_table(results, specs).rows]
