"""Ruled tables on a scanned page, found by their lines and read cell by cell.

An appendix's table (units, tasks, timetable) is printed with its rules. Tesseract reads its cells as
loose words in rows, and the reader then sees text where a table stood. The rules are found here on
the cleaned page: a row of pixels mostly ink across the page is a horizontal rule, and between the
first and last of them a column of pixels mostly ink is a vertical one. Each word tesseract found
inside the grid goes to the cell that holds its centre; the table is then written as a pipe table
(lines of a cell joined by "<br>"), the shape the text reader already reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw

INK = 150  # grey level under which a pixel is ink
RULE_ROW = 0.45  # a horizontal rule: this share of the page's width in ink on one row
RULE_COLUMN = 0.6  # a vertical rule: this share of the table's height in ink on one column
RULE_HALF = 5  # half the width painted over a rule (a printed rule, blurred, is 3-6 px at 200 dpi)
MIN_ROWS = 2  # a grid of fewer rows is a frame or an underline, not a table


@dataclass
class Grid:
    """A ruled table: the y of its horizontal rules and the x of its vertical ones (page pixels)."""

    rows: list[int]
    columns: list[int]

    def holds(self, x: float, y: float) -> bool:
        return self.columns[0] < x < self.columns[-1] and self.rows[0] < y < self.rows[-1]


def _runs(values: list[int], level: float) -> list[int]:
    """The centres of the runs of neighbouring positions whose value is above `level`."""
    centres: list[int] = []
    start = None
    for position, value in enumerate([*values, 0]):
        if value > level and start is None:
            start = position
        elif value <= level and start is not None:
            centres.append((start + position - 1) // 2)
            start = None
    return centres


def _longest(pixels: list[int]) -> int:
    """The longest run of ink in a row or column of pixels."""
    best = run = 0
    for value in pixels:
        run = run + 1 if value else 0
        best = max(best, run)
    return best


def _unbroken(ink: Image.Image, box: tuple[int, int, int, int], length: float) -> bool:
    """Whether the strip `box` (a few pixels across, to allow for what tilt is left) holds a line
    of ink at least `length` long without a break: a rule, where a line of bold letters has gaps."""
    strip = ink.crop(box)
    if strip.width >= strip.height:
        pixels = list(strip.resize((strip.width, 1), Image.Resampling.BOX).tobytes())
    else:
        pixels = list(strip.resize((1, strip.height), Image.Resampling.BOX).tobytes())
    return _longest([1 if v > 0 else 0 for v in pixels]) >= length


def find_grids(grey: Image.Image) -> list[Grid]:
    """The ruled tables of a cleaned page (greyscale, tilt undone)."""
    ink = grey.convert("L").point(lambda v: 255 if v < INK else 0)
    profile = list(ink.resize((1, ink.height), Image.Resampling.BOX).tobytes())
    rows = [
        y
        for y in _runs(profile, 255 * RULE_ROW)
        if _unbroken(ink, (0, max(0, y - 2), ink.width, y + 3), RULE_ROW * ink.width)
    ]
    grids: list[Grid] = []
    group: list[int] = []
    for y in [*rows, None]:
        if y is not None and (not group or _columns(ink, group[-1], y)):
            group.append(y)
            continue
        if len(group) > MIN_ROWS:
            columns = _columns(ink, group[0], group[-1])
            if len(columns) >= 2:
                grids.append(Grid(group, columns))
        group = [y] if y is not None else []
    return grids


def erase_rules(grey: Image.Image, grids: list[Grid]) -> Image.Image:
    """The page with its tables' rules painted white: tesseract reads a ruled table's cells as text
    better without the lines (it otherwise reads some words twice or a rule as a letter)."""
    if not grids:
        return grey
    page = grey.copy()
    draw = ImageDraw.Draw(page)
    for grid in grids:
        top, bottom, left, right = grid.rows[0], grid.rows[-1], grid.columns[0], grid.columns[-1]
        for y in grid.rows:
            draw.rectangle((left - 4, y - RULE_HALF, right + 4, y + RULE_HALF), fill=255)
        for x in grid.columns:
            draw.rectangle((x - RULE_HALF, top - 4, x + RULE_HALF, bottom + 4), fill=255)
    return page


def _columns(ink: Image.Image, top: int, bottom: int) -> list[int]:
    """The x of the vertical rules that run from `top` to `bottom` (none if the band is too thin)."""
    if bottom - top < 10:
        return []
    band = ink.crop((0, top + 3, ink.width, bottom - 3))
    profile = list(band.resize((ink.width, 1), Image.Resampling.BOX).tobytes())
    height = bottom - top - 6
    return [
        x
        for x in _runs(profile, 255 * RULE_COLUMN)
        if _unbroken(ink, (max(0, x - 2), top + 3, x + 3, bottom - 3), 0.9 * height)
    ]


def table_lines(grid: Grid, data: dict[str, list[Any]]) -> list[str]:
    """The grid's cells as a pipe table, the words of each cell from tesseract's boxes."""
    cells: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not str(text).strip():
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        x, y = left + int(data["width"][i]) / 2, top + int(data["height"][i]) / 2
        if not grid.holds(x, y):
            continue
        row = sum(1 for rule in grid.rows if rule < y) - 1
        column = sum(1 for rule in grid.columns if rule < x) - 1
        cells.setdefault((row, column), []).append((top, left, str(text).strip()))
    width = len(grid.columns) - 1
    out = []
    for row in range(len(grid.rows) - 1):
        texts = [_cell_text(cells.get((row, column), [])) for column in range(width)]
        out.append("| " + " | ".join(texts) + " |")
        if row == 0:
            out.append("|" + "---|" * width)
    return out


def _cell_text(words: list[tuple[int, int, str]]) -> str:
    """A cell's words in reading order, its lines joined by "<br>" (the text reader's line break)."""
    lines: list[list[tuple[int, int, str]]] = []
    for word in sorted(words):
        if lines and abs(word[0] - lines[-1][0][0]) < 15:
            lines[-1].append(word)
        else:
            lines.append([word])
    return "<br>".join(" ".join(w[2] for w in sorted(line, key=lambda w: w[1])) for line in lines)
