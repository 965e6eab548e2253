"""The report's tables as an Excel workbook, as people pass them around: Vietnamese headers, real
numbers with a thousands format, % đạt with one decimal, a blank cell where nothing was reported."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kehoach.document.model import Table

_INTEGER = re.compile(r"^\d{1,3}(?:\.\d{3})*$|^\d+$")
_DECIMAL = re.compile(r"^\d+,\d+$")
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "0.0"


def cell_value(text: str) -> int | float | str | None:
    """ "1.500" -> 1500, "37,5" -> 37.5, "" -> None (blank), other text as it is."""
    text = text.strip()
    if not text:
        return None
    if _INTEGER.match(text):
        return int(text.replace(".", ""))
    if _DECIMAL.match(text):
        return float(text.replace(",", "."))
    return text


def workbook(sheets: list[tuple[str, Table]]) -> bytes:
    """One sheet per table (name ≤ 31 characters), header rows bold, numbers as numbers."""
    book = Workbook()
    book.remove(book.active)
    for name, table in sheets:
        sheet = book.create_sheet(name[:31])
        row_offset = 1
        if table.caption:
            sheet.cell(1, 1, table.caption).font = Font(bold=True)
            row_offset = 2
        widths: dict[int, int] = {}
        for r, row in enumerate(table.rows):
            header = r < table.header_rows
            for c, text in enumerate(row, start=1):
                value: int | float | str | None = text if header else cell_value(text)
                cell = sheet.cell(r + row_offset, c, value)
                if header:
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                elif isinstance(value, int):
                    cell.number_format = INTEGER_FORMAT
                elif isinstance(value, float):
                    cell.number_format = DECIMAL_FORMAT
                widths[c] = max(widths.get(c, 6), min(len(text) + 2, 60))
        for c, width in widths.items():
            sheet.column_dimensions[get_column_letter(c)].width = width
        sheet.freeze_panes = sheet.cell(row_offset + table.header_rows, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
