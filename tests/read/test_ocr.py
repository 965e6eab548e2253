"""Scanned PDFs are read by OCR into the same reader: a page drawn here, tilted, blurred, on grey paper,
with a red seal and a blue signature stroke, gives the header fields exactly; the seal's letters are
not read as text; a page without any letters is named."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from conftest import ROOT
from kehoach.errors import InputError
from kehoach.read import load_bytes, parse, read_plan
from kehoach.read.evaluate import field_values
from kehoach.read.ocr import drop_ink, skew_angle

from .scan import justified_pdf, scanned_pdf

FIELDS = ROOT / "tests" / "fixtures" / "fields"

PLAN = """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/KH-SNV
Vinh, ngày 15 tháng 9 năm 2025

KẾ HOẠCH
Tuyên truyền cải cách hành chính quý IV năm 2025

Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh;
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở: chủ trì thực hiện.
Nơi nhận:
- Bộ Nội vụ (để báo cáo);
- Lưu: VT, CCHC.
  KT. GIÁM ĐỐC
  PHÓ GIÁM ĐỐC


  Trần Văn Minh""".splitlines()


def test_red_and_blue_ink_turn_white_and_black_stays():
    page = Image.new("RGB", (30, 10), (25, 25, 25))
    page.paste((205, 30, 35), (0, 0, 10, 10))
    page.paste((30, 60, 200), (10, 0, 20, 10))
    grey = drop_ink(page)
    assert [grey.getpixel((x, 5)) for x in (5, 15, 25)] == [255, 255, 25]


def test_a_tilt_is_measured():
    page = Image.new("L", (800, 800), 255)
    for y in range(100, 700, 40):
        page.paste(0, (100, y, 700, y + 8))
    assert abs(skew_angle(page.rotate(2, fillcolor=255)) + 2) <= 0.5


@pytest.fixture(scope="module")
def scanned():
    return parse(load_bytes(scanned_pdf([PLAN], tilt=1.0), "scan.pdf"))


@pytest.mark.slow
def test_scanned_plan_gives_the_header_fields_exactly(scanned):
    assert (scanned.number, scanned.symbol, scanned.date, scanned.issuer) == (
        "88",
        "KH-SNV",
        date(2025, 9, 15),
        "Sở Nội vụ tỉnh Nghệ An",
    )
    assert scanned.title == "Tuyên truyền cải cách hành chính quý IV năm 2025"
    assert scanned.recipients == ["Bộ Nội vụ"]


@pytest.mark.slow
def test_the_seal_is_not_read_as_text_and_the_signature_block_is(scanned):
    signature = scanned.signature
    assert (signature.capacity, signature.head, signature.title) == (
        "KT.",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    )
    assert signature.body is None  # the seal's "ỦY BAN NHÂN DÂN" is not taken for a TM. line


@pytest.mark.slow
def test_the_plan_says_its_text_came_from_ocr(scanned):
    assert any("OCR" in note.note for note in scanned.review)


@pytest.mark.slow
def test_a_blank_scan_is_refused_in_one_sentence():
    blank = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(blank, "PDF")
    with pytest.raises(InputError, match="không có lớp chữ"):
        load_bytes(blank.getvalue(), "trang.pdf")


@pytest.fixture(scope="module")
def printed_plan():
    """Our plan with two appendices (tests/fixtures/fields/10), set justified as a printed plan,
    scanned, read by OCR; and the same file read as text."""
    path = FIELDS / "10_phuong-hai-phu-luc-bang.txt"
    return field_values(parse(load_bytes(justified_pdf(path.read_text("utf-8")), "scan.pdf"))), (
        field_values(read_plan(path))
    )


SAME_AS_TEXT = ("number", "symbol", "date", "place", "issuer", "title", "bases", "sections", "units",
                "recipients", "recipient_lines", "archive", "signature")  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("field", SAME_AS_TEXT)
def test_a_printed_plan_scanned_reads_as_its_text(printed_plan, field):
    scanned, typed = printed_plan
    assert scanned[field] == typed[field]


@pytest.mark.slow
def test_a_printed_plans_appendices_are_found_by_their_headings(printed_plan):
    scanned, typed = printed_plan
    assert [a[:2] for a in scanned["appendices"]] == [a[:2] for a in typed["appendices"]]
