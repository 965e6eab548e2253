"""Section II's body: the units' work merged by content item and rewritten as report sentences, and
the units that had nothing to report summed up in one line."""

from __future__ import annotations

from kehoach.document.model import Plan
from kehoach.report.figures import FigureSpec, UnitResult, figure_phrase
from kehoach.report.inputs import UnitWork
from kehoach.report.items import OTHER, ContentItem, best_item, content_items
from kehoach.report.sentences import join_predicates, report_sentence, split_sentences, unit_list

MAX_NAMED = 20
# Beyond this many units (a city's report on thousands of wards' groups) the words of the first ones
# are written out and the others are counted: their figures are all in the per-unit table.
MAX_DETAILED = 300
_ALL = "Kết quả thực hiện các nhiệm vụ được giao"


def no_activity_units(works: list[UnitWork], results: list[UnitResult]) -> list[str]:
    """Units whose every accepted report said "không phát sinh", in the order given."""
    quiet: dict[str, bool] = {}
    for work in works:
        quiet[work.unit] = quiet.get(work.unit, True) and work.no_activity and not work.text.strip()
    for result in results:
        if result.unit in quiet and any(v for v in result.figures.values()):
            quiet[result.unit] = False
    return [unit for unit, is_quiet in quiet.items() if is_quiet]


def no_activity_line(works: list[UnitWork], results: list[UnitResult]) -> str:
    """ "Công an phường và Trạm Y tế phường không phát sinh nội dung thực hiện trong kỳ báo cáo."."""
    units = no_activity_units(works, results)
    if not units:
        return ""
    who = unit_list(units) if len(units) <= MAX_NAMED else f"{len(units)} cơ quan, đơn vị"
    return f"{who[:1].upper()}{who[1:]} không phát sinh nội dung thực hiện trong kỳ báo cáo."


def _figures_sentence(result: UnitResult, specs: list[FigureSpec]) -> str:
    shown = [
        figure_phrase(spec, result.figures[spec.key])
        for spec in specs
        if result.figures.get(spec.key) and not spec.is_budget
    ]
    return f"{result.unit} đã thực hiện {', '.join(shown)}." if shown else ""


def results_by_item(
    plan: Plan, works: list[UnitWork], results: list[UnitResult], specs: list[FigureSpec]
) -> tuple[list[tuple[str, list[str]]], int]:
    """(item title, paragraphs) for every content item of the plan, then the work matching none;
    and how many more units reported than are written out (MAX_DETAILED)."""
    items = content_items(plan)
    other = ContentItem("", OTHER if items else _ALL)
    buckets: dict[str, dict[str, list[str]]] = {item.title: {} for item in [*items, other]}
    task_items: dict[str, ContentItem | None] = {}
    written: set[str] = set()
    counted: set[str] = set()
    for work in works:
        if work.no_activity and not work.text.strip():
            continue
        if work.unit not in written and len(written) >= MAX_DETAILED:
            counted.add(work.unit)
            continue
        if work.task not in task_items:
            task_items[work.task] = best_item(items, work.task)
        fallback = task_items[work.task] or other
        for sentence in split_sentences(work.text):
            item = best_item(items, sentence) or fallback
            buckets[item.title].setdefault(work.unit, []).append(
                report_sentence(work.unit, sentence)
            )
            written.add(work.unit)
    for result in results:
        if result.unit in written or result.unit in counted:
            continue
        if len(written) >= MAX_DETAILED:
            counted.add(result.unit)
            continue
        sentence = _figures_sentence(result, specs)
        if sentence:
            labels = " ".join(spec.label for spec in specs if result.figures.get(spec.key))
            item = best_item(items, labels) or other
            buckets[item.title].setdefault(result.unit, []).append(sentence)
            written.add(result.unit)
    out: list[tuple[str, list[str]]] = []
    for item in [*items, other]:
        units = buckets[item.title]
        if item is other and not units:
            continue
        out.append(
            (item.title, [f"- {join_predicates(unit, said)}" for unit, said in units.items()])
        )
    return out, len(counted)
