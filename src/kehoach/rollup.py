"""The result report (Báo cáo kết quả, BC) of an issued plan, built from the units' accepted reports.

Pure Python on the document model: the web app collects the figures and texts, this module shapes them
into a Plan with doc_type "BC" that the same renderer lays out with Nghị định 30's rules. The figures
are a real table (`figures_table`: TT, unit, one column per figure with its counting word, a total row)
in section I.1; what each unit did stays in words in I.2. `figures_table_rows` gives the bare rows for
screens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Reference, Section, Table
from kehoach.document.text import clean


@dataclass(frozen=True)
class FigureSpec:
    """One figure the plan asks units to report: key, label and counting word."""

    key: str  # "phat_thanh"
    label: str  # "Buổi phát thanh"
    measure: str = ""  # "buổi"


@dataclass
class UnitResult:
    """What one unit reported (accepted reports only) for the plan."""

    unit: str
    figures: dict[str, int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    no_activity: bool = False  # every accepted report said "không phát sinh"


@dataclass
class Outstanding:
    """A task without an accepted report at the time of the roll-up."""

    unit: str
    task: str
    deadline: date | None = None
    state: str = "chưa báo cáo"


def totals(results: list[UnitResult], specs: list[FigureSpec]) -> dict[str, int]:
    """Sum of every figure over all units, in the order of the specs."""
    summed = {spec.key: 0 for spec in specs}
    for result in results:
        for key, value in result.figures.items():
            if key in summed:
                summed[key] += int(value)
    return summed


def figures_table_rows(results: list[UnitResult], specs: list[FigureSpec]) -> list[list[str]]:
    """The figures table: a header row, one row per unit, a total row."""
    rows = [["Đơn vị", *[spec.label for spec in specs]]]
    for result in results:
        rows.append([result.unit, *[str(result.figures.get(spec.key, 0)) for spec in specs]])
    overall = totals(results, specs)
    rows.append(["Tổng cộng", *[str(overall[spec.key]) for spec in specs]])
    return rows


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 1.500: the Vietnamese thousands separator


def _figure_phrase(spec: FigureSpec, value: int) -> str:
    measure = f" {spec.measure}" if spec.measure else ""
    return f"{spec.label}: {_number(value)}{measure}"


def figures_table(results: list[UnitResult], specs: list[FigureSpec]) -> Table:
    """The BC's figures table: TT, Đơn vị, a column per figure ("Buổi phát thanh (buổi)"), one row
    per unit, and "Tổng cộng"; numbers with the Vietnamese thousands separator."""
    header = ["TT", "Đơn vị"]
    header += [f"{spec.label} ({spec.measure})" if spec.measure else spec.label for spec in specs]
    rows = [header]
    for index, result in enumerate(results, start=1):
        values = [_number(int(result.figures.get(spec.key, 0))) for spec in specs]
        rows.append([str(index), result.unit, *values])
    overall = totals(results, specs)
    rows.append(["", "Tổng cộng", *[_number(overall[spec.key]) for spec in specs]])
    return Table(rows=rows, header_rows=1)


def _unit_paragraphs(result: UnitResult, specs: list[FigureSpec]) -> list[str]:
    if result.no_activity and not result.texts and not any(result.figures.values()):
        return [f"- {result.unit}: không phát sinh."]
    shown = [
        _figure_phrase(spec, result.figures[spec.key])
        for spec in specs
        if result.figures.get(spec.key)
    ]
    lead = f"- {result.unit}: " + ("; ".join(shown) if shown else "không có số liệu")
    paragraphs = [lead.rstrip(".") + "."]
    paragraphs.extend(clean(text) for text in result.texts if clean(text))
    return paragraphs


def _outstanding_paragraphs(outstanding: list[Outstanding]) -> list[str]:
    if not outstanding:
        return ["Các đơn vị đã báo cáo đầy đủ các nhiệm vụ được giao."]
    lines = []
    for item in outstanding:
        due = f", hạn {format_short(item.deadline)}" if item.deadline else ""
        lines.append(f"- {item.unit}: {clean(item.task).rstrip('.')} ({item.state}{due}).")
    return lines


def _plan_reference(plan: Plan) -> Reference:
    return Reference(
        kind="Kế hoạch",
        number=plan.number,
        symbol=plan.symbol,
        date=plan.date,
        issuer=plan.issuer,
        text=plan_citation(plan),
    )


def plan_citation(plan: Plan) -> str:
    """ "Kế hoạch số 05/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân phường Lê Chân"."""
    parts = ["Kế hoạch"]
    if plan.number:
        parts.append(f"số {plan.number}/{plan.symbol or plan.doc_type}")
    if plan.date:
        parts.append(f"ngày {format_short(plan.date)}")
    if plan.issuer:
        parts.append(f"của {plan.issuer}")
    return " ".join(parts)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def build_result_report(
    plan: Plan,
    specs: list[FigureSpec],
    results: list[UnitResult],
    outstanding: list[Outstanding],
    today: date | None = None,
) -> Plan:
    """A BC document for `plan`: figures overall and by unit, what each unit did, what is outstanding."""
    citation = plan_citation(plan)
    topic = _lower_first(clean(plan.title or ""))
    reported = [r for r in results if r.figures or r.texts or r.no_activity]
    summary = (
        f"Có {len(reported)} đơn vị đã có báo cáo được chấp nhận; "
        f"{len(outstanding)} nhiệm vụ chưa hoàn thành báo cáo."
    )
    if specs:
        figures = Section("1", "Số liệu tổng hợp", tables=[figures_table(results, specs)])
    else:
        figures = Section("1", "Số liệu tổng hợp", ["Kế hoạch không yêu cầu báo cáo số liệu."])
    unit_lines: list[str] = []
    for result in reported:
        unit_lines.extend(_unit_paragraphs(result, specs))
    if not unit_lines:
        unit_lines = ["Chưa có đơn vị nào có báo cáo được chấp nhận."]
    sections = [
        Section(
            "I",
            "KẾT QUẢ THỰC HIỆN",
            [summary],
            [
                figures,
                Section("2", "Kết quả của các đơn vị", unit_lines),
            ],
        ),
        Section("II", "NHỮNG NHIỆM VỤ CHƯA HOÀN THÀNH", _outstanding_paragraphs(outstanding)),
        Section(
            "III",
            "ĐÁNH GIÁ, ĐỀ XUẤT",
            ["Ủy ban nhân dân đánh giá chung và đề xuất, kiến nghị (chuyên viên bổ sung)."],
        ),
    ]
    preamble = [
        f"Thực hiện {citation} về {topic}, {plan.issuer or 'Ủy ban nhân dân'} "
        "báo cáo kết quả thực hiện như sau:"
    ]
    title = f"Kết quả thực hiện {citation.split(' của ')[0]} về {topic}"
    return Plan(
        doc_type="BC",
        number=None,
        symbol=f"BC-{plan.symbol.split('-', 1)[1]}"
        if plan.symbol and "-" in plan.symbol
        else "BC-UBND",
        issuer=plan.issuer,
        parent_issuer=plan.parent_issuer,
        place=plan.place,
        date=today,
        year=(today.year if today else plan.year),
        title=title,
        bases=[_plan_reference(plan)],
        references=[_plan_reference(plan)],
        sections=sections,
        preamble=preamble,
        # The usual last sentence of a BC; it also ends the body, so III keeps its paragraph on reading.
        closing=[f"Trên đây là báo cáo kết quả thực hiện {citation}."],
        recipients=list(plan.recipients),
        archive=list(plan.archive),
        signature=plan.signature,
    )
