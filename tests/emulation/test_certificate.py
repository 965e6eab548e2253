"""Giấy khen pages: one per awardee, landscape, names family first with Ông/Bà."""

from __future__ import annotations

import io
from datetime import date

import docx
import pypdfium2
import pytest

from kehoach.emulation.certificate import Certificate, render_certificates
from kehoach.write.pdf import docx_to_pdf


def certs() -> list[Certificate]:
    return [
        Certificate(
            "Ủy ban nhân dân phường An Biên",
            "Giấy khen",
            "vũ thị mai",
            gender="nữ",
            decision_number="07",
            decision_date=date(2026, 12, 4),
            place="An Biên",
            signer="Đặng Quốc Huy",
        ),
        Certificate(
            "Ủy ban nhân dân phường An Biên", "Giấy khen", "Tổ dân phố số 4", kind="collective"
        ),
    ]


def test_each_certificate_names_its_awardee_and_the_decision() -> None:
    document = docx.Document(io.BytesIO(render_certificates(certs())))
    text = [p.text for p in document.paragraphs]
    assert "Bà Vũ Thị Mai" in text and "Tổ dân phố số 4" in text
    cells = [c.text for t in document.tables for c in t.rows[0].cells]
    assert any("Quyết định số 07/QĐ-UBND" in c and "04/12/2026" in c for c in cells)
    assert any("An Biên, ngày 04 tháng 12 năm 2026" in c for c in cells)
    assert document.sections[0].page_width > document.sections[0].page_height


@pytest.mark.slow
def test_pdf_has_one_page_per_awardee() -> None:
    pdf = pypdfium2.PdfDocument(docx_to_pdf(render_certificates(certs())))
    assert len(pdf) == 2
    assert "GIẤY KHEN" in pdf[0].get_textpage().get_text_range()
