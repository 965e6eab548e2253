"""The readers of the kinds of file that need a heavy library, imported when a file of that kind is read.

A .docx is read with lxml, a PDF with pypdfium2 and, for a scan, Pillow and tesseract: together a
fifth of a second to import, which a run reading only text (`kehoach parse plan.txt`, the site's
pasted text) would otherwise pay at every start. The functions here are the parser's only way to
those readers, typed as the readers define them.
"""

from __future__ import annotations

import importlib
from typing import Any

from kehoach.read.source import Progress, Source, TableSpan

READERS = {"docx": "kehoach.read.docx", "pdf": "kehoach.read.pdf"}


def reader(kind: str) -> Any:
    """The module that reads files of `kind` ("docx" or "pdf"), imported the first time it is asked for."""
    return importlib.import_module(READERS[kind])


def docx_lines(data: bytes, name: str) -> list[str]:
    """One entry per .docx paragraph (see read/docx.py)."""
    lines: list[str] = reader("docx").docx_lines(data, name)
    return lines


def docx_package(data: bytes, name: str) -> object:
    """The opened parts of a .docx, read with its lines (see read/docx.py, Package)."""
    return reader("docx").docx_package(data, name)


def bold_leads(data: bytes, name: str) -> list[str | None]:
    """The bold run-in heading of each .docx paragraph, or None (see read/docx.py)."""
    leads: list[str | None] = reader("docx").bold_leads(data, name)
    return leads


def docx_tables(data: bytes, name: str, within: tuple[int, int] | None = None) -> list[TableSpan]:
    """The .docx body's tables (see read/docx.py)."""
    spans: list[TableSpan] = reader("docx").docx_tables(data, name, within)
    return spans


def pdf_source(data: bytes, name: str, progress: Progress | None = None) -> Source:
    """The Source of a PDF, from its text layer or by OCR (see read/pdf.py)."""
    source: Source = reader("pdf").pdf_source(data, name, progress)
    return source
