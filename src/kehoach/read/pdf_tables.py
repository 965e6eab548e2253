"""Ruled tables in a PDF's text layer, read cell by cell.

A plan exported to PDF keeps its task table ("Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời
gian") as text in reading order only: the cells' words come out one line after another and the reader
saw paragraphs where a table stood. The rules are found on the page drawn in grey (`ocr_tables`, the
same finder as for scans); each character of the text layer goes to the cell that holds its centre;
the table is written as a pipe table, the shape the text reader reads. A table that runs on over a
page break is one table: the next page's header row, if repeated, is dropped, and a first row without
its number (the rest of the last row's cells) goes on that row.

Only pages drawing enough lines are looked at, so a plan without tables costs nothing more.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from kehoach.read.ocr_tables import Grid, find_grids

SCALE = 200 / 72  # the finder's thresholds are set for pages at 200 dpi
MIN_PATHS = 8  # fewer drawn lines than this on a page: no ruled table (a rule under the header)


@dataclass
class Part:
    """Lines of text between tables, or a table's rows (its cells' texts)."""

    lines: list[str] = field(default_factory=list)
    rows: list[list[str]] | None = None


def _raw() -> Any:
    return importlib.import_module("pypdfium2.raw")


def page_parts(page: Any, textpage: Any) -> list[Part] | None:
    """The page as text and tables in reading order, or None when it draws no ruled table."""
    raw = _raw()
    paths = 0
    for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=1):
        paths += 1
        if paths >= MIN_PATHS:
            break
    if paths < MIN_PATHS:
        return None
    grids = find_grids(page.render(scale=SCALE, grayscale=True).to_pil())
    if not grids:
        return None
    width, height = page.get_size()
    grids.sort(key=lambda grid: grid.rows[0])
    parts: list[Part] = []
    top = height
    for grid in grids:
        parts.append(Part(_band(textpage, width, grid.rows[0] / SCALE, top, height)))
        parts.append(Part(rows=_rows(textpage, grid, height)))
        top = height - grid.rows[-1] / SCALE
    parts.append(Part(_band(textpage, width, height, top, height)))
    return parts


def _band(textpage: Any, width: float, below: float, top: float, height: float) -> list[str]:
    """The text lines between `top` (PDF points from the bottom) and the rule `below` points from
    the page's top."""
    bottom = height - below
    if top - bottom < 1:
        return []
    text = textpage.get_text_bounded(0, bottom, width, top).replace("\x02", "-")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _rows(textpage: Any, grid: Grid, height: float) -> list[list[str]]:
    """Each cell's text: the characters whose centre it holds, in the text layer's order."""
    cells: dict[tuple[int, int], list[str]] = {}
    last: tuple[int, int] | None = None
    for index in range(textpage.count_chars()):
        character = textpage.get_text_range(index, 1)
        left, bottom, right, top = textpage.get_charbox(index)
        x, y = (left + right) / 2 * SCALE, (height - (bottom + top) / 2) * SCALE
        if character in "\r\n" or right <= left:
            if last is not None:
                cells[last].append(" ")
            continue
        if not grid.holds(x, y):
            last = None
            continue
        row = sum(1 for rule in grid.rows if rule < y) - 1
        column = sum(1 for rule in grid.columns if rule < x) - 1
        last = (row, column)
        cells.setdefault(last, []).append("-" if character == "\x02" else character)
    return [
        [
            " ".join("".join(cells.get((row, column), [])).split())
            for column in range(len(grid.columns) - 1)
        ]
        for row in range(len(grid.rows) - 1)
    ]


def _blank(lines: list[str]) -> bool:
    """Nothing but blank lines and a page number."""
    return all(not line.strip() or line.strip().isdigit() for line in lines)


def assemble(pages: list[list[Part]]) -> list[str]:
    """The document's lines, its tables as pipe tables, a table run on over a page break as one."""
    out: list[Part] = []
    for parts in pages:
        for part in parts:
            previous = out[-1] if out else None
            if (
                part.rows
                and previous is not None
                and previous.rows
                and len(part.rows[0]) == len(previous.rows[0])
            ):
                rows = part.rows[1:] if part.rows[0] == previous.rows[0] else part.rows
                if rows and not rows[0][0] and len(previous.rows) > 1:
                    last = previous.rows[-1]
                    previous.rows[-1] = [
                        " ".join(f"{a} {b}".split()) for a, b in zip(last, rows[0], strict=True)
                    ]
                    rows = rows[1:]
                previous.rows.extend(rows)
                continue
            if part.rows is None and _blank(part.lines) and previous is not None and previous.rows:
                continue  # between a table's end on one page and its rest on the next
            out.append(part)
    lines: list[str] = []
    for part in out:
        if part.rows is None:
            lines.extend(part.lines)
            continue
        lines.append("")
        for number, row in enumerate(part.rows):
            lines.append("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")
            if number == 0:
                lines.append("|" + "---|" * len(row))
        lines.append("")
    return lines
