"""The plan's timeline as an SVG picture drawn on the server: one bar per assignment from the issue
date to its deadline, filled by the share of its tasks reported, a diamond at the deadline, the plan's
commemorations as milestones and a line for today. Plain SVG text: no plotting library, a few ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape

from kehoach.document.dates import format_short

WIDTH = 960
LABEL_W = 250
ROW_H = 30
LEGEND_LINE = 16
TOP = 48
RIGHT = 30
FONT = "Liberation Sans, Arial, sans-serif"
COLOURS = {"accepted": "#1b7f3b", "submitted": "#f79009", "open": "#d0d5dd", "late": "#b42318"}


@dataclass
class Row:
    label: str
    deadline: date | None
    total: int
    accepted: int
    submitted: int
    late: int


@dataclass
class Phase:
    """A period of the plan ("Từ ngày 30/01/2024 - 20/02/2024: Tổ chức các hoạt động …")."""

    start: date
    end: date
    label: str


@dataclass
class Milestone:
    day: date
    label: str


def _short(text: str, limit: int = 36) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number_levels(xs: list[float], gap: float = 16) -> list[int]:
    """The row under the axis of each milestone's number, so that close numbers stack, not overlap."""
    lasts: list[float] = []
    levels = []
    for mx in xs:
        level = next((i for i, last in enumerate(lasts) if abs(mx - last) >= gap), len(lasts))
        if level == len(lasts):
            lasts.append(mx)
        lasts[level] = mx
        levels.append(level)
    return levels


def _months(start: date, end: date) -> list[date]:
    first = date(start.year, start.month, 1)
    found = []
    while first <= end:
        if first >= start:
            found.append(first)
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return found


def _month_step(begin: date, end: date, plot_w: float) -> int:
    """Months between labels so that labels stay about 70 px apart."""
    months = max((end.year - begin.year) * 12 + end.month - begin.month, 1)
    for step in (1, 2, 3, 6, 12):
        if plot_w * step / months >= 70:
            return step
    return 12


def render_svg(
    start: date,
    rows: list[Row],
    milestones: list[Milestone],
    today: date,
    title: str = "",
    phases: list[Phase] | None = None,
    legend: bool = True,
) -> str:
    """The SVG document (UTF-8 text): the plan's phases first, then one row per assignment.
    Today beyond the plan's span is an arrow at the right edge. Without `legend` the milestones'
    names are left to the page (an HTML list under the picture that wraps on a phone)."""
    phases = phases or []
    deadlines = [r.deadline for r in rows if r.deadline]
    shown = [m for m in milestones if m.day >= start]
    spans = [p.start for p in phases] + [p.end for p in phases]
    last = max([*deadlines, *spans, *(m.day for m in shown), start + timedelta(days=30)])
    begin = min([start, *deadlines, *spans]) - timedelta(days=3)
    end = last + timedelta(days=10)
    if begin <= today <= end + timedelta(days=60):
        end = max(end, today + timedelta(days=5))
    span = max((end - begin).days, 1)
    plot_w = WIDTH - LABEL_W - RIGHT
    count = len(phases) + len(rows)
    bottom = TOP + ROW_H * max(count, 1)

    def x(day: date) -> float:
        return LABEL_W + plot_w * (day - begin).days / span

    # Milestones are numbered markers on the axis and one legend line each below: long names and
    # close dates never overlap, whatever the width the picture is shown at (a phone scales it down).
    levels = _number_levels([x(m.day) for m in shown])
    stack = 11 * max(levels, default=0)
    legend_top = bottom + 30 + stack
    named = shown if legend else []
    height = (legend_top + LEGEND_LINE * len(named) if shown else bottom + 12) + 24

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="12" role="img" '
        f'aria-label="{escape(title or "Tiến độ kế hoạch", {chr(34): "&quot;"})}">',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    step = _month_step(begin, end, plot_w)
    for month in _months(begin, end):
        mx = x(month)
        out.append(
            f'<line x1="{mx:.1f}" y1="{TOP - 8}" x2="{mx:.1f}" y2="{bottom}" stroke="#eaecf0"/>'
        )
        if (month.month - 1) % step == 0:
            out.append(
                f'<text x="{mx + 3:.1f}" y="{TOP - 12}" fill="#5b6570">T{month.month}/{month.year}</text>'
            )
    for index, phase in enumerate(phases):
        y = TOP + index * ROW_H
        x0, x1 = x(phase.start), max(x(phase.end), x(phase.start) + 4)
        out.append(
            f'<text x="{LABEL_W - 8}" y="{y + 19}" text-anchor="end" fill="#175cd3">'
            f"{escape(_short(phase.label))}</text>"
            f'<rect x="{x0:.1f}" y="{y + 9}" width="{x1 - x0:.1f}" height="10" rx="5" '
            'fill="#b2ddff" stroke="#175cd3"/>'
            f'<text x="{x1 + 6:.1f}" y="{y + 19}" fill="#175cd3" font-size="11">'
            f"{format_short(phase.start)[:5]} – {format_short(phase.end)}</text>"
        )
    if phases and rows:
        sep = TOP + len(phases) * ROW_H
        out.append(f'<line x1="12" y1="{sep}" x2="{WIDTH - 12}" y2="{sep}" stroke="#d0d5dd"/>')
    for index, row in enumerate(rows, start=len(phases)):
        y = TOP + index * ROW_H
        out.append(
            f'<text x="{LABEL_W - 8}" y="{y + 19}" text-anchor="end" fill="#1d232b">'
            f"{escape(_short(row.label))}</text>"
        )
        if row.deadline is None:
            out.append(f'<text x="{LABEL_W + 4}" y="{y + 19}" fill="#5b6570">không ghi hạn</text>')
            continue
        x0, x1 = x(start), max(x(row.deadline), x(start) + 4)
        width = x1 - x0
        out.append(
            f'<rect x="{x0:.1f}" y="{y + 7}" width="{width:.1f}" height="14" rx="3" '
            f'fill="{COLOURS["open"]}"/>'
        )
        offset = x0
        for key, value in (("accepted", row.accepted), ("submitted", row.submitted)):
            if row.total and value:
                part = min(width * value / row.total, x0 + width - offset)
                out.append(
                    f'<rect x="{offset:.1f}" y="{y + 7}" width="{part:.1f}" height="14" '
                    f'fill="{COLOURS[key]}"/>'
                )
                offset += part
        if row.late:
            out.append(
                f'<rect x="{x0:.1f}" y="{y + 7}" width="{width:.1f}" height="14" rx="3" '
                f'fill="none" stroke="{COLOURS["late"]}" stroke-width="2"/>'
            )
        done = row.accepted + row.submitted
        out.append(
            f'<path d="M{x1:.1f} {y + 6} l7 8 l-7 8 l-7 -8 z" fill="#1d232b"/>'
            f'<text x="{x1 + 10:.1f}" y="{y + 19}" fill="#1d232b">{format_short(row.deadline)} · '
            f"{done}/{row.total}</text>"
        )
    for number, (milestone, level) in enumerate(zip(shown, levels, strict=True), start=1):
        mx = x(milestone.day)
        out.append(
            f'<path d="M{mx:.1f} {bottom + 4} l6 10 h-12 z" fill="#a4161a"/>'
            f'<text x="{mx:.1f}" y="{bottom + 26 + 11 * level}" text-anchor="middle" '
            f'fill="#a4161a" font-size="10" class="milestone-number">{number}</text>'
        )
        if not legend:
            continue
        line_y = legend_top + LEGEND_LINE * number - 4
        out.append(
            f'<text x="12" y="{line_y}" fill="#a4161a" font-size="11">{number}.</text>'
            f'<text x="32" y="{line_y}" fill="#a4161a" font-size="11" class="milestone-legend">'
            f"{escape(_short(milestone.label, 130))} ({format_short(milestone.day)})</text>"
        )
    if today <= end:
        tx = x(today)
        anchor = "end" if tx > WIDTH - 80 else "start"
        out.append(
            f'<line x1="{tx:.1f}" y1="{TOP - 6}" x2="{tx:.1f}" y2="{bottom}" stroke="#175cd3" '
            'stroke-width="2" stroke-dasharray="4 3"/>'
            f'<text x="{tx + (3 if anchor == "start" else -3):.1f}" y="{TOP - 26}" fill="#175cd3" '
            f'font-weight="bold" text-anchor="{anchor}">Hôm nay</text>'
        )
    else:
        out.append(
            f'<text x="{WIDTH - 6}" y="{TOP - 26}" fill="#175cd3" font-weight="bold" '
            f'text-anchor="end">Hôm nay: {format_short(today)} →</text>'
        )
    legend_y = height - 8
    legend = [("accepted", "Đã chấp nhận"), ("submitted", "Chờ duyệt"), ("open", "Chưa báo cáo")]
    lx = LABEL_W
    for key, label in legend:
        out.append(
            f'<rect x="{lx}" y="{legend_y - 9}" width="12" height="10" fill="{COLOURS[key]}"/>'
            f'<text x="{lx + 16}" y="{legend_y}" fill="#5b6570">{label}</text>'
        )
        lx += 22 + 7 * len(label)
    out.append(
        f'<rect x="{lx}" y="{legend_y - 9}" width="12" height="10" fill="none" '
        f'stroke="{COLOURS["late"]}" stroke-width="2"/><text x="{lx + 16}" y="{legend_y}" '
        'fill="#5b6570">Có đơn vị quá hạn</text>'
    )
    out.append("</svg>")
    return "".join(out)
