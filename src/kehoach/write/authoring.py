"""Plans a person writes and keeps in git: YAML (or JSON) mapping one-to-one onto the kehoach.plan/1 contract.

The file holds the contract's keys (DESIGN.md §3, plus the model's parent_issuer, preamble, closing) and an
optional `header:` mapping for what only the renderer needs (upper-case issuer lines, drafter code, margins).
Any other file (.txt, .md, .docx, .pdf) goes through the reader.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kehoach.document.model import Plan
from kehoach.document.serialise import SCHEMA, plan_from_dict
from kehoach.errors import InputError
from kehoach.read import read_plan
from kehoach.write.header import Header, header_from_dict

AUTHORING_SUFFIXES = (".yaml", ".yml", ".json")
_CONTRACT_KEYS = set(
    [
        "schema",
        "doc_type",
        "number",
        "symbol",
        "issuer",
        "place",
        "date",
        "year",
        "title",
        "bases",
        "references",
        "sections",
        "assignments",
        "slogans",
        "anniversaries",
        "recipients",
        "archive",
        "signature",
        "parent_issuer",
        "preamble",
        "closing",
        "review",
        # extensions plan_to_dict writes (document/serialise.py): a draft's appendix table among them
        "month",
        "attachment_note",
        "recipient_lines",
        "national",
        "appendices",
    ]
)


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings, as the contract has them."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _load_mapping(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: tệp không phải văn bản UTF-8.") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path.name}: JSON lỗi ở dòng {error.lineno}: {error.msg}.") from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" ở dòng {mark.line + 1}" if mark is not None else ""
            problem = getattr(error, "problem", None) or "cú pháp không hợp lệ"
            raise InputError(f"{path.name}: YAML lỗi{where}: {problem}.") from None
        except ValueError as error:  # a scalar YAML could not convert, e.g. the date 2025-13-45
            raise InputError(f"{path.name}: giá trị không hợp lệ: {error}.") from None
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: cần một bảng khóa: giá trị ở cấp ngoài cùng.")
    return _plain(data)


def plan_from_mapping(data: dict[str, Any], name: str = "<plan>") -> tuple[Plan, Header]:
    """The plan and its header from an authoring mapping; unknown keys are refused so typos show."""
    unknown = sorted(set(data) - _CONTRACT_KEYS - {"header"})
    if unknown:
        raise InputError(f"{name}: khóa không biết: {', '.join(unknown)}.")
    header = header_from_dict(data.get("header"))
    contract = {k: v for k, v in data.items() if k != "header"}
    contract.setdefault("schema", SCHEMA)
    try:
        plan = plan_from_dict(contract)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise InputError(f"{name}: kế hoạch không hợp lệ: {error}.") from None
    if plan.year is None and plan.date is not None:
        plan.year = plan.date.year
    return plan, header


def load_plan_and_header(path: str | Path) -> tuple[Plan, Header | None]:
    """Plan and header from YAML/JSON (header from its `header:` mapping) or any file the reader reads."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"không tìm thấy tệp {path}.")
    if path.suffix.lower() in AUTHORING_SUFFIXES:
        return plan_from_mapping(_load_mapping(path), path.name)
    return read_plan(path), None


def load_plan_file(path: str | Path) -> Plan:
    """The plan in a YAML or JSON authoring file, a `kehoach parse --json` output, or any readable plan."""
    return load_plan_and_header(path)[0]
