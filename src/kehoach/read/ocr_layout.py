"""Tesseract's word boxes laid out as lines in the reading order of the .docx.

Tesseract finds the header's two columns sometimes as one line ("UBND TỈNH X CỘNG HÒA XÃ HỘI ...") and
sometimes as blocks in either order. The reader of text files already knows the header's shape when
the columns stand side by side, separated by a wide gap (pdftotext's layout, a portal's table copied as
text). So the boxes are put back on the page: lines side by side share a row, left column first, and a
gap of several letters between two words becomes that column gap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kehoach.read.ocr_tables import Grid, table_lines

COLUMN_GAP = (
    " " * 8
)  # what the text reader takes for the gap between two columns (3 spaces or more)


@dataclass
class _Box:
    """One line tesseract found: where it stands and its words, wide gaps kept as COLUMN_GAP."""

    top: int
    bottom: int
    left: int
    right: int
    text: str
    paragraph: tuple[int, int]


def parse_tsv(tsv: str) -> dict[str, list[Any]]:
    """Tesseract's TSV output as columns (the shape of pytesseract's image_to_data dict)."""
    rows = [line.split("\t") for line in tsv.splitlines() if line]
    if not rows:
        return {"text": []}
    names = rows[0]
    data: dict[str, list[Any]] = {name: [] for name in names}
    for row in rows[1:]:
        row = (row + [""] * len(names))[: len(names)]
        for name, value in zip(names, row, strict=True):
            data[name].append(value)
    return data


def _in_grid(data: dict[str, list[Any]], i: int, grids: Sequence[Grid]) -> bool:
    x = int(data["left"][i]) + int(data["width"][i]) / 2
    y = int(data["top"][i]) + int(data["height"][i]) / 2
    return any(grid.holds(x, y) for grid in grids)


def _boxes(data: dict[str, list[Any]], grids: Sequence[Grid] = ()) -> list[_Box]:
    """Tesseract's lines as boxes, words inside a ruled table left out; each table one box whose
    text is its pipe table (ocr_tables)."""
    words: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) == 5 and str(text).strip() and not _in_grid(data, i, grids):
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            words.setdefault(key, []).append(i)
    boxes = [
        _Box(
            g.rows[0],
            g.rows[-1],
            g.columns[0],
            g.columns[-1],
            "\n".join(table_lines(g, data)),
            (-1, n),
        )
        for n, g in enumerate(grids)
    ]
    for (block, par, _), indexes in words.items():
        indexes.sort(key=lambda i: int(data["left"][i]))
        heights = sorted(int(data["height"][i]) for i in indexes)
        height = heights[len(heights) // 2]
        text = str(data["text"][indexes[0]]).strip()
        for before, i in zip(indexes, indexes[1:], strict=False):
            gap = int(data["left"][i]) - int(data["left"][before]) - int(data["width"][before])
            # Tesseract joins the header's two columns into one line ("UBND TỈNH X CỘNG HÒA ..."):
            # a gap of several letters' width between two words is the gap between the columns.
            text += (COLUMN_GAP if gap > 2.5 * height else " ") + str(data["text"][i]).strip()
        first, _, rest = text.partition(" ")
        numeral = _strokes(
            first, int(data["width"][indexes[0]]), int(data["height"][indexes[0]]), rest.isupper()
        )
        text = numeral + text[len(first) :]
        tops = [int(data["top"][i]) for i in indexes]
        last = indexes[-1]
        boxes.append(
            _Box(
                min(tops),
                max(t + int(data["height"][i]) for t, i in zip(tops, indexes, strict=True)),
                int(data["left"][indexes[0]]),
                int(data["left"][last]) + int(data["width"][last]),
                text,
                (block, par),
            )
        )
    return boxes


def _strokes(word: str, width: int, height: int, heading: bool) -> str:
    """A numeral of strokes ("I.", "II.", "III.") as wide as its box: a blurred bold "II." is read
    "I." (or "IH.", "HI.", "l.") though its box holds two strokes (a stroke and its gap take about
    half the letters' height; "I." alone about 0.8 of it). A numeral read as other letters is
    mended only before a capital heading ("l." before a sentence may be the point "1.")."""
    if not _STROKES.match(word) or height <= 0:
        return word
    strokes = 1 + round((width / height - 0.8) / 0.53)
    if set(word) <= {"I", "."}:
        return "I" * strokes + "." if len(word) - 1 < strokes <= 3 else word
    return "I" * strokes + "." if heading and 1 <= strokes <= 3 else word


_STROKES = re.compile(r"^[IHl|]{1,4}\.$")


def layout_lines(data: dict[str, list[Any]], grids: Sequence[Grid] = ()) -> list[str]:
    """The page's lines from tesseract's word boxes (`image_to_data`), laid out as a text file lays
    out a two-column header: lines side by side on the page share a row, in order from the left,
    separated by a column gap; a blank line between paragraphs. So the issuer's column comes before
    the motto's, as in the .docx, whatever order tesseract found the blocks in."""
    rows: list[list[_Box]] = []
    for box in sorted(_boxes(data, grids), key=lambda b: (b.top, b.left)):
        row = rows[-1] if rows else None
        if row is not None and not any(b.paragraph[0] < 0 for b in [box, *row]):
            overlap = min(box.bottom, *(b.bottom for b in row)) - max(
                box.top, *(b.top for b in row)
            )
            smaller = min(box.bottom - box.top, *(b.bottom - b.top for b in row))
            apart = all(box.left >= b.right or box.right <= b.left for b in row)
            if apart and overlap >= smaller / 2:
                row.append(box)
                continue
        rows.append([box])
    left, right, height = _margins(rows)
    lines: list[str] = []
    previous: set[tuple[int, int]] = set()
    above: list[_Box] = []
    for row in rows:
        row.sort(key=lambda b: b.left)
        paragraphs = {b.paragraph for b in row}
        if row[0].paragraph[0] < 0:  # a ruled table: its pipe rows, a paragraph of their own
            lines += ["", *row[0].text.split("\n"), ""]
            previous, above = paragraphs, []
            continue
        if lines and _goes_on(above, row, left, right, height):
            before = lines[-1]
            glue = "" if before.endswith("-") and not before.endswith(" -") else " "
            lines[-1] = before + glue + row[0].text
        else:
            if lines and not paragraphs & previous:
                lines.append("")
            lines.append(COLUMN_GAP.join(b.text for b in row))
        previous = paragraphs
        above = row
    return lines


def _margins(rows: list[list[_Box]]) -> tuple[int, int, int]:
    """The body's left and right margins and its line height: the right margin is where a quarter
    of the lines (three at least) end together, as justified text does; 0 where none do (ragged
    text: then no line is taken to go on by its length). The left is where most lines start."""
    singles = [
        row[0]
        for row in rows
        if len(row) == 1 and COLUMN_GAP not in row[0].text and row[0].paragraph[0] >= 0
    ]
    if len(singles) < 4:
        return 0, 0, 0
    height = sorted(b.bottom - b.top for b in singles)[len(singles) // 2]
    rights = sorted((b.right for b in singles), reverse=True)
    # Justified lines end within a few pixels of each other; ragged text has no such margin.
    enough = max(3, len(singles) // 4)
    right = next(
        (
            r
            for i, r in enumerate(rights)
            if sum(1 for x in rights[i:] if x >= r - height // 2) >= enough
        ),
        0,
    )
    lefts = sorted(b.left for b in singles)
    return lefts[len(lefts) // 10], right, height


def _goes_on(above: list[_Box], row: list[_Box], left: int, right: int, height: int) -> bool:
    """Whether `row` goes on with the paragraph of the line `above`: a justified line that runs to
    the right margin is not its paragraph's last, so the line under it, starting at the left
    margin, is the same paragraph — whatever tesseract's paragraphs say ("... bảo hiểm xã hội." +
    "Tăng cường ..." is one paragraph when the first line is full)."""
    if not right or len(above) != 1 or len(row) != 1:
        return False
    prev, box = above[0], row[0]
    if COLUMN_GAP in prev.text or COLUMN_GAP in box.text:
        return False  # two columns (a header, a table's row): not a paragraph of the body
    full = prev.right >= right - 1.5 * height and prev.right - prev.left >= 0.6 * (right - left)
    return full and box.left <= left + height and 0 <= box.top - prev.bottom < 1.5 * height
