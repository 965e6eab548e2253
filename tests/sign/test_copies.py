"""Electronic copies: a new signed PDF with the copy box of Phụ lục I Phần II I.3, numbered per year."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from kehoach.errors import InputError
from kehoach.sign.copies import (
    CopyRequest,
    box_lines,
    make_copy,
    next_copy_number,
    raster_pdf,
    sign_copy,
)
from kehoach.sign.pades import VIETNAM
from kehoach.sign.placement import page_words
from kehoach.sign.verify import verify_pdf

BODY = "Ủy ban nhân dân phường An Biên"


@pytest.fixture(scope="module")
def copy(issued_pdf, organisation, trust):
    return make_copy(issued_pdf, CopyRequest("SY", BODY, 5), organisation, trust)


def test_copy_is_signed_by_the_copying_body_only(copy, trust):
    report = verify_pdf(copy, "ban-sao.pdf", trust)
    (signature,) = report.signatures
    assert signature.kind == "organisation" and report.ok


def flattened_words(pdf: bytes, index: int = 0) -> tuple[list, float, float]:
    """The words of a page after its annotations are flattened into it: what a reader sees printed."""
    document = pypdfium2.PdfDocument(pdf)
    page = document[index]
    pdfium_c.FPDFPage_Flatten(page, pdfium_c.FLAT_PRINT)
    page.close()
    saved = io.BytesIO()
    document.save(saved)
    document.close()
    document = pypdfium2.PdfDocument(saved.getvalue())
    page = document[index]
    width, height = page.get_size()
    words = page_words(page)
    page.close()
    document.close()
    return words, width, height


def test_copy_box_text_in_times_10(copy):
    words, _, _ = flattened_words(copy)
    assert " ".join(w.text for w in words).startswith("Sao y Ủy ban nhân dân phường An Biên 20")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", words[-1].text)
    assert {round(w.size) for w in words} == {10}


def test_copy_box_sits_top_right_of_page_one(copy):
    reader = PdfFileReader(io.BytesIO(copy))
    (signature,) = reader.embedded_signatures
    x0, y0, x1, y1 = (float(v) for v in signature.sig_field["/Rect"])
    document = pypdfium2.PdfDocument(copy)
    width, height = document[0].get_size()
    document.close()
    assert (
        x0 > width / 2 and x1 < width and y1 <= height and y0 > height - 60
    )  # ô 14, in the margin
    first = reader.root["/Pages"].raw_get("/Kids")
    first = first.get_object() if hasattr(first, "get_object") else first
    assert signature.sig_field.get_value_as_reference("/P") == first.raw_get(0).reference


def test_box_lines_follow_the_decree():
    moment = datetime(2025, 1, 6, 9, 5, 30, tzinfo=VIETNAM)
    assert box_lines(CopyRequest("SY", BODY, 1), moment) == [
        "Sao y",
        BODY,
        "2025-01-06T09:05:30+07:00",
    ]


def test_signing_time_in_box_is_vietnam_time(copy):

    reader = PdfFileReader(io.BytesIO(copy))
    signature = reader.embedded_signatures[0]
    assert str(signature.sig_object["/Reason"]) == "Sao y số 05/SY"
    assert re.match(r"D:\d{14}\+07'00'", str(signature.sig_object["/M"]))


def test_copy_pages_are_images_of_the_source(copy, issued_pdf):
    source = pypdfium2.PdfDocument(issued_pdf)
    document = pypdfium2.PdfDocument(copy)
    assert len(document) == len(source)
    assert [round(p.get_width()) for p in document] == [round(p.get_width()) for p in source]
    assert page_words(document[1]) == []  # pictures of the pages, no text layer of their own
    source.close()
    document.close()


def test_register_numbers_each_year_from_one(tmp_path):
    register = tmp_path / "so-ban-sao.json"
    assert [next_copy_number(register, 2025) for _ in range(3)] == [1, 2, 3]
    assert next_copy_number(register, 2026) == 1
    assert next_copy_number(register, 2025) == 4


def test_broken_register_is_one_message(tmp_path):
    register = tmp_path / "so.json"
    register.write_text("[1, 2", "utf-8")
    with pytest.raises(InputError, match="sổ đăng ký bản sao"):
        next_copy_number(register, 2025)


def test_unknown_form_is_refused(issued_pdf, organisation, trust):
    with pytest.raises(InputError, match="hình thức sao"):
        make_copy(issued_pdf, CopyRequest("XX", BODY, 1), organisation, trust)


def test_a_raster_made_beforehand_is_signed_into_the_copy(issued_pdf, organisation, trust):
    """What a worker makes before the passphrase is typed (the raster) signs into a valid copy."""
    raster = raster_pdf(issued_pdf)
    assert verify_pdf(raster, "raster.pdf", trust).signatures == []  # the source's are pictures now
    copy = sign_copy(raster, CopyRequest("SL", BODY, 7), organisation, trust)
    report = verify_pdf(copy, "ban-sao.pdf", trust)
    assert report.ok and [s.kind for s in report.signatures] == ["organisation"]
    assert copy.startswith(raster)  # signed incrementally: the pages are the raster's


def test_signing_a_raster_checks_the_form_too(issued_pdf, organisation, trust):
    with pytest.raises(InputError, match="hình thức sao"):
        sign_copy(b"%PDF-1.7", CopyRequest("XX", BODY, 1), organisation, trust)
