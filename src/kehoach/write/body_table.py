"""A table in the body (figures, timetable, units and deadlines) as WordprocessingML.

Nghị định 30 has no table model for the body; we follow the usual practice of its documents: Times
New Roman one point below the body (13 pt in a 14 pt document, 12 pt in a 13 pt one), single borders
on every cell, a bold centred header row repeated on each page, numbers centred, the table as wide
as the text with column widths fitted to their contents. A caption, if any, is a centred bold
paragraph in the "Caption" style just above the table (that style is how a reader finds it again).
"""

from __future__ import annotations

import re

from kehoach.document.model import Table
from kehoach.write import xml_parts
from kehoach.write.layout import text_width_cm

CM = 567
CELL_MARGIN = 85  # 0.15 cm left and right inside each cell
MIN_COLUMN = 680  # 1.2 cm: room for a short number
CAPTION_STYLE = "Caption"
_NUMBER = re.compile(r"^[\d\s.,%/+-]+$")


def _cell_lines(cell: str) -> list[str]:
    return cell.split("\n") if cell else [""]


def _wants(cell: str, size: int, bold: bool) -> tuple[float, float]:
    """(width of the longest line, width of the longest word) of a cell, in twips, margins added."""
    lines = _cell_lines(cell)
    line = max(text_width_cm(text, size, bold) for text in lines)
    word = max((text_width_cm(w, size, bold) for text in lines for w in text.split()), default=0.0)
    pad = 2 * CELL_MARGIN + 30
    return line * CM + pad, word * CM + pad


def column_widths(table: Table, size: int, total: int) -> list[int]:
    """Widths in twips that add up to `total`: each column gets at least its longest word, and the
    rest goes where the body's text is longest, so number columns stay narrow and long text wraps."""
    columns = table.columns
    if columns == 0:
        return []
    desired = [float(MIN_COLUMN)] * columns
    minimum = [float(MIN_COLUMN)] * columns
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        for c, cell in enumerate(row):
            line, word = _wants(cell, size, header)
            # A header may wrap onto two lines; the body's lines say how wide a column wants to be.
            desired[c] = max(desired[c], max(word, line / 2) if header else line)
            minimum[c] = max(minimum[c], min(word, total / columns))
    if sum(desired) <= total:
        widths = [d * total / sum(desired) for d in desired]
    else:
        spare = max(total - sum(minimum), 0.0)
        extra = [d - m for d, m in zip(desired, minimum, strict=True)]
        scale = spare / sum(extra) if sum(extra) else 0.0
        widths = [m + e * scale for m, e in zip(minimum, extra, strict=True)]
        if sum(widths) > total:  # even the longest words do not fit: share the width evenly
            widths = [total / columns] * columns
    out = [int(w) for w in widths]
    out[-1] += total - sum(out)
    return out


def _run(text: str, size: int, bold: bool) -> str:
    props = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:r><w:rPr>{xml_parts.FONTS}{props}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{xml_parts.xml_text(text)}</w:t></w:r>'
    )


def _cell(cell: str, width: int, size: int, header: bool) -> str:
    jc = "center" if header or _NUMBER.match(cell or "-") else "left"
    ppr = (
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="{jc}"/></w:pPr>'
    )
    paragraphs = "".join(
        f"<w:p>{ppr}{_run(text, size, header) if text else ''}</w:p>" for text in _cell_lines(cell)
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        f"{paragraphs}</w:tc>"
    )


def caption_xml(caption: str, size: int) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{CAPTION_STYLE}"/><w:keepNext/>'
        '<w:spacing w:before="120" w:after="60" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        f"{_run(caption, size, True)}</w:p>"
    )


def table_xml(table: Table, size: int, text_width: int) -> str:
    """The caption paragraph (if any) and the bordered table, `size` in half-points."""
    columns = table.columns
    if columns == 0:
        return ""
    widths = column_widths(table, size, text_width)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = []
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        padded = list(row) + [""] * (columns - len(row))
        cells = "".join(
            _cell(cell, width, size, header) for cell, width in zip(padded, widths, strict=True)
        )
        props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
        rows.append(f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>")
    caption = caption_xml(table.caption, size) if table.caption else ""
    return (
        f"{caption}<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{text_width}" w:type="dxa"/><w:jc w:val="center"/>'
        f"<w:tblBorders>{borders}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/><w:tblCellMar>'
        f'<w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/>'
        '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        # Word needs a paragraph between two tables, and the text after a table reads better spaced.
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>'
    )
