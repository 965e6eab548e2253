"""Evidence files are accepted or refused by their content, whatever their name says."""

from __future__ import annotations

import pytest

from kehoach.web.reports.evidence import EvidenceRejected, check_file, check_uploads, kind_of
from web.factories import CONTENT_TYPES, zip_bomb_docx, zip_bytes
from web.tasks.fixtures import PDF_BYTES, jpeg_bytes, png_bytes

DOCX = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:document/>"})


def check(name: str, data: bytes):
    return check_file(name, len(data), lambda: data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [(png_bytes(), "png"), (jpeg_bytes(), "jpeg"), (PDF_BYTES, "pdf"), (DOCX, "docx")],
)
def test_accepted_kinds_are_recognised_by_content(data, kind):
    assert check("tep-khong-duoi", data).kind == kind


def test_an_executable_named_like_a_photo_is_refused():
    with pytest.raises(EvidenceRejected, match="không phải ảnh"):
        check("anh-hoi-nghi.jpg", b"MZ\x90\x00" + b"\x00" * 200)


def test_a_truncated_png_is_refused():
    with pytest.raises(EvidenceRejected, match="không phải ảnh"):
        check("anh.png", png_bytes()[:40])


def test_a_zip_that_is_not_a_word_document_is_refused():
    with pytest.raises(EvidenceRejected):
        check("bao-cao.docx", zip_bytes({"a.txt": b"hello"}))


def test_a_docx_zip_bomb_is_refused():
    assert kind_of(zip_bomb_docx()) == "docx"  # 40 MB inflated: within the limit of 80 MB
    bomb = zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": b" " * (90 * 1024 * 1024),
        }
    )
    with pytest.raises(EvidenceRejected):
        check("bom.docx", bomb)


def test_a_pdf_without_its_end_marker_is_refused():
    with pytest.raises(EvidenceRejected):
        check("van-ban.pdf", PDF_BYTES.replace(b"%%EOF", b""))


def test_an_oversized_file_is_refused_before_reading(settings):
    settings.KEHOACH_EVIDENCE_MAX_BYTES = 1000

    def never():
        raise AssertionError("the file should not be read")

    with pytest.raises(EvidenceRejected, match="vượt giới hạn"):
        check_file("anh.jpg", 5000, never)


def test_an_empty_file_is_refused():
    with pytest.raises(EvidenceRejected, match="rỗng"):
        check("trong.pdf", b"")


def test_too_many_files_are_refused():
    class Upload:
        name, size = "a.png", 10

        def read(self):
            return png_bytes()

    with pytest.raises(EvidenceRejected, match="tối đa"):
        check_uploads([Upload()] * 11)


def test_the_shown_name_has_no_path_or_markup():
    assert check("C:\\Users\\a\\ảnh hội nghị.png", png_bytes()).name == "ảnh hội nghị.png"
    assert check('../"<script>.png', png_bytes()).name == "script.png"


def test_an_html_page_framed_as_a_pdf_is_refused():
    with pytest.raises(EvidenceRejected):
        check("bao-cao.pdf", b"%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n")


def test_a_macro_enabled_document_named_docx_is_refused():
    types = CONTENT_TYPES.replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
    )
    docm = zip_bytes(
        {
            "[Content_Types].xml": types,
            "word/document.xml": b"<w:document/>",
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro",
        }
    )
    with pytest.raises(EvidenceRejected):
        check("bao-cao.docx", docm)
