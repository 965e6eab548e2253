"""Unit report files: what `kehoach report` drafts a BC from without the site, one file per unit.

A unit's report as YAML (or JSON) with the fields of the site's report form, English keys as in the
plan's authoring format (examples/bao-cao-don-vi/ has one per shape):

    schema: kehoach.unit-report/1        # optional
    unit: Công an phường                 # the unit, as the plan's assignments name it
    period: quý I năm 2025               # optional: a recurring report's period
    no_activity: false                   # "không phát sinh": true, and nothing else is needed
    figures: {Buổi phát thanh: 12, Băng rôn, pa-nô: 4}   # by label; "(buổi)" after a label = measure
    text: Đã phát thanh 12 buổi ...      # kết quả thực hiện
    difficulties: ...                    # khó khăn, vướng mắc
    causes: ...                          # nguyên nhân
    proposals: ...                       # kiến nghị, đề xuất

Files are small and hostile shapes are refused with one line: too big, not UTF-8, YAML aliases (a
"billion laughs" bomb), a number that is not a count. Everything becomes a ReportInputs for build_report.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kehoach.document.model import Plan
from kehoach.document.text import clean, fold
from kehoach.errors import InputError
from kehoach.report.figures import FigureSpec, UnitResult
from kehoach.report.inputs import Outstanding, ReportInputs, UnitWork
from kehoach.report.periods import Period, from_code, period_in

SCHEMA = "kehoach.unit-report/1"
SUFFIXES = (".yaml", ".yml", ".json")
MAX_BYTES = 256 * 1024
MAX_FILES = 5000
MAX_VALUE = 10**12
KEYS = {
    "schema",
    "unit",
    "task",
    "period",
    "no_activity",
    "figures",
    "text",
    "difficulties",
    "causes",
    "proposals",
}
_HEADING = re.compile(r"^(?P<label>.+?)\s*\((?P<measure>[^()]*)\)\s*$")


@dataclass
class UnitReportFile:
    """One unit's report as read from its file."""

    unit: str
    name: str = ""  # the file's name, for messages
    task: str = ""
    period: Period | None = None
    no_activity: bool = False
    figures: dict[str, int] = field(default_factory=dict)  # by label as written
    text: str = ""
    difficulties: str = ""
    causes: str = ""
    proposals: str = ""


class _NoAliases(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases: a report has no use for them, and nested aliases
    expand to billions of nodes from a few hundred bytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("alias")
        return super().compose_node(parent, index)


# Numbers with a dot stay text so that "1.250" (one thousand two hundred fifty, as Vietnamese write it)
# is never read as the float 1.25; _count reads the dot as the thousands separator.
_NoAliases.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:float"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _mapping(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path.name}: tệp quá lớn ({size // 1024} KB); báo cáo của một đơn vị tối đa "
                f"{MAX_BYTES // 1024} KB."
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"không đọc được {path.name}: {error.strerror or error}.") from None
    if not raw.strip():
        raise InputError(f"{path.name} rỗng: ghi báo cáo của đơn vị (unit, figures, text).")
    if b"\x00" in raw:
        raise InputError(f"{path.name} không phải tệp văn bản YAML hoặc JSON.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} không phải UTF-8: lưu lại tệp với bảng mã UTF-8.") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, _NoAliases)  # noqa: S506 - a SafeLoader
    except json.JSONDecodeError as error:
        raise InputError(f"{path.name}: JSON lỗi ở dòng {error.lineno}: sửa lại cú pháp.") from None
    except (yaml.YAMLError, ValueError, RecursionError):
        raise InputError(
            f"{path.name} không đúng cú pháp YAML (hoặc dùng & và *): sửa lại theo mẫu."
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: cần các khóa unit, figures, text ... ở cấp ngoài cùng.")
    return data


def _text(data: dict[str, Any], key: str, name: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InputError(f"{name}: “{key}” phải là một đoạn văn bản.")
    return clean(str(value))[:20000]


def _count(value: Any, label: str, name: str) -> int | None:
    """A figure: a whole number ≥ 0 ("1.500" with the Vietnamese separator too); blank = not reported."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
        raise InputError(f"{name}: số liệu “{label}” phải là số nguyên, không phải {value!r}.")
    if isinstance(value, str):
        digits = value.strip()
        if _GROUPED.match(digits):
            digits = digits.replace(".", "")
        if not digits.isdigit() or not digits.isascii():
            raise InputError(
                f"{name}: số liệu “{label}” phải là số nguyên (ví dụ 1250 hoặc 1.250), "
                f"không phải “{value[:40]}”."
            )
        value = int(digits)
    if not isinstance(value, (int, float)) or not 0 <= value <= MAX_VALUE:
        raise InputError(f"{name}: số liệu “{label}” phải là số từ 0 đến {MAX_VALUE:,}.")
    return int(value)


def _period(value: Any, name: str) -> Period | None:
    if value in (None, ""):
        return None
    found = from_code(str(value)) or period_in(str(value))
    if found is None:
        raise InputError(
            f"{name}: không hiểu kỳ báo cáo “{str(value)[:40]}”; ghi như “quý I năm 2025”, "
            "“tháng 3 năm 2025”, “6 tháng đầu năm 2025” hoặc “năm 2025”."
        )
    return found


def read_unit_report(path: str | Path) -> UnitReportFile:
    """One unit's report file; InputError (one line, what to do) when it cannot be used."""
    path = Path(path)
    data = _mapping(path)
    name = path.name
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise InputError(f"{name}: khóa không biết: {', '.join(unknown)[:120]}.")
    if data.get("schema") not in (None, SCHEMA):
        raise InputError(f"{name}: schema phải là {SCHEMA}.")
    unit = _text(data, "unit", name)
    if not unit:
        raise InputError(f"{name}: thiếu “unit”: ghi tên đơn vị báo cáo như trong kế hoạch.")
    figures = data.get("figures") or {}
    if not isinstance(figures, dict):
        raise InputError(f"{name}: “figures” phải là các dòng “tên số liệu: số”.")
    counted = {}
    for label, value in figures.items():
        label = clean(str(label))[:120]
        number = _count(value, label, name)
        if label and number is not None:
            counted[label] = number
    no_activity = data.get("no_activity", False)
    if not isinstance(no_activity, bool):
        raise InputError(f"{name}: “no_activity” là true (không phát sinh) hoặc false.")
    return UnitReportFile(
        unit=unit,
        name=name,
        task=_text(data, "task", name),
        period=_period(data.get("period"), name),
        no_activity=no_activity,
        figures=counted,
        text=_text(data, "text", name),
        difficulties=_text(data, "difficulties", name),
        causes=_text(data, "causes", name),
        proposals=_text(data, "proposals", name),
    )


def read_folder(folder: str | Path) -> list[UnitReportFile]:
    """Every report file of a folder (.yaml, .yml, .json), in name order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"không có thư mục báo cáo {folder}: cần một thư mục, mỗi đơn vị một tệp.")
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
    except OSError as error:
        raise InputError(f"không đọc được thư mục {folder}: {error.strerror or error}.") from None
    if len(paths) > MAX_FILES:
        raise InputError(f"{folder}: quá nhiều tệp ({len(paths)}); tối đa {MAX_FILES}.")
    if not paths:
        raise InputError(f"thư mục {folder} không có tệp báo cáo .yaml hoặc .json nào.")
    return [read_unit_report(p) for p in paths if p.is_file()]


def _key(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(label).lower()).strip("_")[:36] or "so_lieu"


def spec_of(heading: str) -> FigureSpec:
    """ "Buổi phát thanh (buổi)" → label and measure."""
    match = _HEADING.match(heading)
    label, measure = (match["label"], match["measure"]) if match else (heading, "")
    return FigureSpec(_key(label), clean(label), clean(measure))


def read_figure_specs(path: str | Path) -> list[FigureSpec]:
    """The figures and targets (chỉ tiêu) of the plan: a list of {label, measure, target}."""
    path = Path(path)
    data = _mapping(path) if path.suffix.lower() == ".json" else None
    if data is None:
        raw = path.read_bytes() if path.is_file() else b""
        try:
            data = yaml.load(raw.decode("utf-8-sig"), _NoAliases)  # noqa: S506 - a SafeLoader
        except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError):
            raise InputError(
                f"{path.name}: cần danh sách số liệu dạng YAML (label, measure, target)."
            ) from None
    items = data.get("figures") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise InputError(
            f"{path.name}: cần danh sách số liệu: - label: ..., measure: ..., target: ..."
        )
    specs = []
    for item in items[:50]:
        if not isinstance(item, dict) or not clean(str(item.get("label") or "")):
            raise InputError(f"{path.name}: mỗi số liệu cần “label” (tên số liệu).")
        label = clean(str(item["label"]))[:80]
        target = _count(item.get("target"), label, path.name)
        measure = clean(str(item.get("measure") or ""))[:30]
        specs.append(FigureSpec(_key(label), label, measure, target))
    return specs


def _match(label: str, specs: list[FigureSpec]) -> FigureSpec | None:
    folded = fold(label)
    return next((s for s in specs if folded in {fold(s.label), fold(s.heading), fold(s.key)}), None)


def _in(period: Period | None, own: Period | None) -> bool:
    return period is None or own is None or period.contains(own)


def report_inputs(
    plan: Plan,
    reports: list[UnitReportFile],
    specs: list[FigureSpec] | None = None,
    period: Period | None = None,
    today: date | None = None,
) -> ReportInputs:
    """What build_report needs, from the plan and its units' files: figures summed per unit, texts
    in the plan's order of units, the units of the plan's assignments without a report outstanding."""
    chosen = [r for r in reports if _in(period, r.period)]
    specs = list(specs or [])
    given = bool(specs)
    for report in chosen:
        for label in report.figures:
            if _match(label, specs) is None:
                if given:
                    known = "; ".join(s.label for s in specs)
                    raise InputError(
                        f"{report.name}: số liệu “{label}” không có trong danh mục ({known[:200]})."
                    )
                specs.append(spec_of(label))
    order = {fold(a.unit): n for n, a in enumerate(plan.assignments)}
    chosen.sort(key=lambda r: (order.get(fold(r.unit), len(order)), fold(r.unit)))
    results: dict[str, UnitResult] = {}
    works = []
    for report in chosen:
        works.append(
            UnitWork(report.unit, report.task, report.text, report.no_activity,
                     report.difficulties, report.causes, report.proposals)
        )  # fmt: skip
        result = results.setdefault(fold(report.unit), UnitResult(report.unit, no_activity=True))
        result.no_activity = result.no_activity and report.no_activity
        for label, value in report.figures.items():
            spec = _match(label, specs)
            if spec is not None:
                result.figures[spec.key] = result.figures.get(spec.key, 0) + value
    assigned = list(dict.fromkeys(clean(a.unit) for a in plan.assignments if clean(a.unit)))
    reported = {fold(clean(r.unit)) for r in chosen}
    outstanding = [
        Outstanding(a.unit, a.text, a.deadline)
        for a in plan.assignments
        if clean(a.unit) and fold(clean(a.unit)) not in reported
    ]
    return ReportInputs(
        plan=plan,
        specs=specs,
        results=list(results.values()),
        works=works,
        outstanding=outstanding,
        assigned_units=assigned,
        period=period,
        today=today,
    )
