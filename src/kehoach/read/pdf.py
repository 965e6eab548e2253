"""Lines of a PDF's text layer (pypdfium2); a scan without one is read by OCR (read/ocr.py). An
encrypted file is refused."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.read.ocr import ocr_pdf, unread_note
from kehoach.read.pdf_safety import check_pdf_streams
from kehoach.read.pdf_tables import Part, assemble, page_parts
from kehoach.read.source import Progress, Source, check_text_length

MAX_PAGES = 500


def pdfium() -> Any:
    """pypdfium2, loaded the first time a PDF is read: its binding costs a tenth of a second that
    every `kehoach` run reading only text or .docx would otherwise pay at start."""
    return importlib.import_module("pypdfium2")


@dataclass
class PdfText:
    lines: list[str]
    ocr: bool = False  # the text came from OCR of a scan
    unread_pages: list[int] = field(default_factory=list)


def pdf_source(data: bytes, name: str, progress: Progress | None = None) -> Source:
    """The Source of a PDF: its text layer's lines, or OCR's with a note naming the pages it could
    not read."""
    text = read_pdf(data, name, progress)
    notes = [unread_note(text.unread_pages)] if text.unread_pages else []
    return Source(name, "pdf", text.lines, data, text.ocr, notes)


def pdf_lines(data: bytes, name: str) -> list[str]:
    """One entry per line of the text layer, page after page (page numbers kept: they are text)."""
    return read_pdf(data, name).lines


def read_pdf(data: bytes, name: str, progress: Progress | None = None) -> PdfText:
    """The PDF's text: its text layer, or what OCR reads on its page images (`progress` is told of
    each page read)."""
    check_pdf_streams(data, name)
    pypdfium2 = pdfium()
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        message = str(error).lower()
        if "password" in message or "security" in message or "encrypt" in message:
            raise InputError(
                f"{name}: tệp PDF được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi thử lại."
            ) from None
        raise InputError(
            f"{name}: tệp PDF hỏng hoặc không đọc được. Hãy xuất lại PDF từ tệp gốc (hoặc tải lên tệp .docx) rồi thử lần nữa."
        ) from None
    try:
        lines = _document_lines(document, name)
        if sum(len(line.strip()) for line in lines) < 20:
            scanned = ocr_pdf(document, name, progress)
            return PdfText(scanned.lines, True, scanned.unread_pages)
    except pypdfium2.PdfiumError:
        raise InputError(
            f"{name}: tệp PDF hỏng, không đọc được trang. Hãy xuất lại PDF từ tệp gốc (hoặc tải lên tệp .docx) rồi thử lần nữa."
        ) from None
    finally:
        document.close()
    return PdfText([nfc(line) for line in lines])


def _document_lines(document: Any, name: str) -> list[str]:
    if len(document) > MAX_PAGES:
        raise InputError(f"{name}: tệp PDF quá dài ({len(document)} trang; tối đa {MAX_PAGES}).")
    pages: list[list[Part]] = []
    tables = False
    characters = 0
    for page in document:
        textpage = page.get_textpage()
        # PDFium writes U+0002 for a hyphen it considers a line-break hyphen.
        text = textpage.get_text_bounded().replace("\x02", "-")
        parts = page_parts(page, textpage) if text.strip() else None
        tables = tables or parts is not None
        pages.append(parts or [Part(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))])
        textpage.close()
        page.close()
        characters += len(text)
        check_text_length(characters, name)  # stop at the page that passes it, not at page 499
    if tables:
        return assemble(pages)
    return [line for parts in pages for part in parts for line in part.lines]
