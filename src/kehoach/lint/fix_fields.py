"""Safe fixes applied to a plan's stored fields rather than to a file.

The site lints a plan as the .docx it would issue, so a finding's edits point at lines of that
rendered document. Each edit is carried back to the one field (a string in the plan's contract
dict) whose text sits under the edited span of that line; an edit that no field, or more than one,
could have produced is left alone, because a fix must be certain.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from kehoach.lint.fix import Applied
from kehoach.lint.rules import Edit

Path = tuple[str | int, ...]


def _strings(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _place(strings: list[tuple[Path, str]], line: str, edit: Edit) -> tuple[Path, int] | None:
    """The one field and offset in it that the edited span of `line` came from, if certain."""
    start, end = edit.column - 1, edit.column - 1 + len(edit.old)
    if line[start:end] != edit.old:
        return None
    best: dict[Path, tuple[int, int]] = {}
    for path, text in strings:
        if not text.strip():
            continue
        found = line.find(text)
        while found != -1:
            if found <= start and end <= found + len(text):
                best[path] = (len(text), start - found)
            found = line.find(text, found + 1)
    if not best:
        return None
    longest = max(length for length, _ in best.values())
    chosen = [(path, offset) for path, (length, offset) in best.items() if length == longest]
    return chosen[0] if len(chosen) == 1 else None


def _get(data: Any, path: Path) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: Path, value: str) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def fix_fields(
    data: dict[str, Any], lines: list[str], edits: list[Edit]
) -> tuple[dict[str, Any], list[Applied]]:
    """A copy of `data` with each edit made in the field it came from; `lines` are what lint read."""
    fixed = copy.deepcopy(data)
    strings = list(_strings(data))
    placed: dict[Path, list[tuple[int, Edit]]] = {}
    for edit in edits:
        if not 1 <= edit.line <= len(lines):
            continue
        where = _place(strings, lines[edit.line - 1], edit)
        if where is not None:
            placed.setdefault(where[0], []).append((where[1], edit))
    applied: list[Applied] = []
    for path, items in placed.items():
        text = _get(fixed, path)
        last_start = len(text) + 1
        for offset, edit in sorted(items, key=lambda item: -item[0]):
            if (
                offset + len(edit.old) > last_start
                or text[offset : offset + len(edit.old)] != edit.old
            ):
                continue  # overlaps an edit already made in this field
            text = text[:offset] + edit.new + text[offset + len(edit.old) :]
            last_start = offset
            applied.append(Applied(edit.line, edit.column, edit.old, edit.new))
        _set(fixed, path, text)
    return fixed, sorted(applied, key=lambda a: (a.line, a.column))
