"""Tesseract's word boxes laid out as lines in the reading order of the .docx.

Tesseract finds the header's two columns sometimes as one line ("UBND TỈNH X CỘNG HÒA XÃ HỘI ...") and
sometimes as blocks in either order. The reader of text files already knows the header's shape when
the columns stand side by side, separated by a wide gap (pdftotext's layout, a portal's table copied as
text). So the boxes are put back on the page: lines side by side share a row, left column first, and a
gap of several letters between two words becomes that column gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def _boxes(data: dict[str, list[Any]]) -> list[_Box]:
    words: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) == 5 and str(text).strip():
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            words.setdefault(key, []).append(i)
    boxes = []
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


def layout_lines(data: dict[str, list[Any]]) -> list[str]:
    """The page's lines from tesseract's word boxes (`image_to_data`), laid out as a text file lays
    out a two-column header: lines side by side on the page share a row, in order from the left,
    separated by a column gap; a blank line between paragraphs. So the issuer's column comes before
    the motto's, as in the .docx, whatever order tesseract found the blocks in."""
    rows: list[list[_Box]] = []
    for box in sorted(_boxes(data), key=lambda b: (b.top, b.left)):
        row = rows[-1] if rows else None
        if row is not None:
            overlap = min(box.bottom, *(b.bottom for b in row)) - max(
                box.top, *(b.top for b in row)
            )
            smaller = min(box.bottom - box.top, *(b.bottom - b.top for b in row))
            apart = all(box.left >= b.right or box.right <= b.left for b in row)
            if apart and overlap >= smaller / 2:
                row.append(box)
                continue
        rows.append([box])
    lines: list[str] = []
    previous: set[tuple[int, int]] = set()
    for row in rows:
        row.sort(key=lambda b: b.left)
        paragraphs = {b.paragraph for b in row}
        if lines and not paragraphs & previous:
            lines.append("")
        lines.append(COLUMN_GAP.join(b.text for b in row))
        previous = paragraphs
    return lines
