"""Positions from the text layer: the signature gap and the blank number and date lines."""

from __future__ import annotations

import io

import pypdfium2
import pytest

from kehoach.errors import InputError
from kehoach.sign.placement import Word, _header_lines, header_lines, signature_gap


def test_gap_between_title_and_name(plan_pdf):
    gap = signature_gap(plan_pdf, "Trần Văn Minh")
    assert gap.page == 2 and gap.top - gap.bottom > 40  # four empty lines
    assert gap.centre > 595 / 2  # the right-hand column


def test_gap_found_without_the_name(plan_pdf):
    assert signature_gap(plan_pdf, None) == signature_gap(plan_pdf, "Trần Văn Minh")


def test_blank_number_and_date(plan_pdf):
    lines = header_lines(plan_pdf)
    assert (lines.symbol, lines.place, lines.year) == ("KH-UBND", "An Biên", "2025")


def _words(texts: list[str]) -> list[Word]:
    return [Word(t, 100 + 40 * i, 700, 130 + 40 * i, 713, 13, 0) for i, t in enumerate(texts)]


def test_numbered_document_is_refused():
    with pytest.raises(InputError, match="đã có số"):
        _header_lines(_words(["Số:", "12/KH-UBND", "Hà", "Nội,", "ngày", "tháng", "năm", "2025"]))


def test_dated_document_is_refused():
    with pytest.raises(InputError, match="đã có ngày"):
        _header_lines(
            _words(["Số:", "/KH-UBND", "Hà", "Nội,", "ngày", "05", "tháng", "3", "năm", "2025"])
        )


def test_document_without_signature_block_is_refused():
    blank = pypdfium2.PdfDocument.new()
    blank.new_page(595, 842)
    out = io.BytesIO()
    blank.save(out)
    with pytest.raises(InputError, match="khối chữ ký"):
        signature_gap(out.getvalue(), "Ai Đó")


def test_broken_pdf_is_one_message():
    with pytest.raises(InputError, match="PDF hỏng"):
        signature_gap(b"%PDF-1.4\n", "Ai Đó")
