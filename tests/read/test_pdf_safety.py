"""A PDF whose streams would inflate into gigabytes is refused before pdfium opens it; ordinary
pages, fonts and images (a blank scanned page compresses a thousandfold) pass."""

from __future__ import annotations

import zlib

import pytest

from hostile import _pages_pdf, _pdf, flate_bomb_pdf, text_heavy_pdf
from kehoach.errors import InputError
from kehoach.read import load_bytes
from kehoach.read.pdf_safety import check_pdf_streams


def test_a_flate_bomb_is_refused_in_one_sentence():
    with pytest.raises(InputError, match="phần nén bất thường") as refused:
        check_pdf_streams(flate_bomb_pdf(inflated_megabytes=80), "bom.pdf")
    assert "\n" not in str(refused.value)


def test_a_stream_a_thousand_times_its_size_is_refused_below_the_size_limit():
    with pytest.raises(InputError):
        check_pdf_streams(flate_bomb_pdf(inflated_megabytes=8), "bom-nho.pdf")


def test_an_ordinary_page_passes():
    check_pdf_streams(_pages_pdf(3, b"BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET\n" * 200), "kh.pdf")


def test_the_image_of_a_blank_scanned_page_passes():
    blank = zlib.compress(b"\xff" * (2480 * 3508 * 3), 9)  # A4 at 300 dpi, RGB, all white
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % len(blank)
        + blank
        + b"\nendstream"
    )
    check_pdf_streams(_pdf([b"<< /Type /Catalog >>", image]), "scan.pdf")


def test_a_pdf_with_more_text_than_any_plan_stops_early_with_one_sentence():
    with pytest.raises(InputError, match="văn bản quá dài"):
        load_bytes(text_heavy_pdf(), "dai.pdf")
