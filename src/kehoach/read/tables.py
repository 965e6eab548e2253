"""Tables in a plan's body: found in the file, then set in the body's lines as one placeholder each.

The lines (Source.lines) keep every cell as an entry of its own, because lint counts them; the parser
instead sees one placeholder line where a body table stands, so that the section reader can attach the
table to the section it belongs to, between the right paragraphs. Tables outside the body (the header,
the signature) are left alone. A .docx gives its tables; a markdown pipe table ("| a | b |" over
"|---|---|") is read from the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kehoach.document.model import Table
from kehoach.read.kinds import docx_tables
from kehoach.read.source import Source, TableSpan
from kehoach.read.text import Line

PLACEHOLDER = "- \ufffc"  # a list marker (never joined to the line before) and an object mark
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    cells = []
    for cell in inner.split("|"):
        parts = [" ".join(part.replace("**", "").split()) for part in _BR.split(cell)]
        cells.append("\n".join(part for part in parts if part))
    return cells


def markdown_tables(lines: list[str]) -> list[TableSpan]:
    """Pipe tables: a header row, a rule row ("|---|:--:|"), then rows, each starting with "|"."""
    out = []
    index = 0
    while index + 1 < len(lines):
        head, rule = lines[index], lines[index + 1]
        if not (head.lstrip().startswith("|") and _PIPE_RULE.match(rule) and "-" in rule):
            index += 1
            continue
        end = index + 2
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        rows = [_pipe_cells(head)] + [_pipe_cells(line) for line in lines[index + 2 : end]]
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        header = 1 if any(rows[0]) else 0
        out.append(TableSpan(index, end, rows if header else rows[1:], header))
        index = end
    return out


def find_tables(source: Source, within: tuple[int, int] | None = None) -> list[TableSpan]:
    """The tables of a file, or those inside the entries `within` = (first, end) of its lines."""
    if source.kind == "docx" and source.raw:
        return docx_tables(source.raw, source.name, within)
    # OCR and a PDF's text layer (pdf_tables) write ruled tables as pipe tables
    if source.kind in ("text", "markdown", "pdf") or source.ocr:
        if "|" not in "\n".join(source.lines):
            return []
        return markdown_tables(source.lines)
    return []


TableFinder = Callable[[tuple[int, int]], list[TableSpan]]


def table_finder(source: Source) -> TableFinder:
    """find_tables for one source; a text's pipe tables are read once, not once per part asked for
    (the placer keeps only the spans inside the part it asks about)."""
    if source.kind == "docx":
        return lambda within: find_tables(source, within)
    spans: list[list[TableSpan]] = []

    def finder(within: tuple[int, int]) -> list[TableSpan]:
        if not spans:
            spans.append(find_tables(source))
        return spans[0]

    return finder


def place_tables(
    lines: list[Line], finder: TableFinder | None, hard: bool, until: int | None = None
) -> tuple[list[Line], dict[str, Table]]:
    """The body's lines with each table that lies wholly inside them replaced by a placeholder line,
    and the tables by placeholder text. A table must have two rows or two columns: a one-cell table
    is a frame around text, and stays text. `until` extends the range to that entry of the file (the
    end of the document, whose last table may end in empty cells)."""
    if finder is None or not lines:
        return lines, {}
    spans = finder((lines[0].index, max(lines[-1].index + 1, until or 0)))
    if not spans:
        return lines, {}
    indexes = {line.index for line in lines}
    low, high = lines[0].index, max(lines[-1].index, (until or 0) - 1)
    tables: dict[str, Table] = {}
    starts: dict[int, tuple[TableSpan, str]] = {}
    covered: set[int] = set()
    for span in spans:
        if span.first < low or span.end - 1 > high:
            continue
        if len(span.rows) < 2 and max((len(row) for row in span.rows), default=0) < 2:
            continue
        if not any(i in indexes for i in range(span.first, span.end)):
            continue
        key = f"{PLACEHOLDER}{len(tables)}."
        tables[key] = Table(
            rows=[list(row) for row in span.rows],
            header_rows=span.header_rows,
            caption=span.caption,
        )
        starts[span.first] = (span, key)
        covered.update(range(span.first, span.end))
    if not tables:
        return lines, {}
    out: list[Line] = []
    placed: set[int] = set()
    for line in lines:
        if line.index not in covered:
            out.append(line)
            continue
        for first, (span, key) in starts.items():
            if first <= line.index < span.end and first not in placed:
                placed.add(first)
                out.append(Line(key, line.index, blank_before=True, hard=hard, raw=key))
    return out, tables


def table_lines(table: Table) -> list[str]:
    """The table's text as lines: its caption, then each cell's lines row by row."""
    lines = [table.caption] if table.caption else []
    lines.extend(line for row in table.rows for cell in row for line in cell.split("\n") if line)
    return lines
