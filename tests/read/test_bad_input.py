"""Hostile and broken files, through the command line: one clear line on stderr, exit status 2.

The files are built here, in the test, with zipfile and bytes (no binaries in the repository).
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest
from PIL import Image

from conftest import FIXTURES
from kehoach.cli import main

SEED = next((FIXTURES / "seeds").glob("002_*.txt"))

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document(body: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


def _docx(
    document: str, extra: dict[str, bytes] | None = None, compression=zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _run(tmp_path, name: str, data: bytes, capsys) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(data)
    status = main(["parse", str(path)])
    captured = capsys.readouterr()
    assert captured.out == ""
    return status, captured.err


def _one_clear_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kehoach: ")
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


def test_empty_file(tmp_path, capsys):
    status, err = _run(tmp_path, "rong.txt", b"", capsys)
    assert status == 2
    _one_clear_line(err, "rỗng")


def test_jpeg_renamed_docx(tmp_path, capsys):
    image = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(image, "JPEG")
    status, err = _run(tmp_path, "anh.docx", image.getvalue(), capsys)
    assert status == 2
    _one_clear_line(err, "không phải .docx")


def test_truncated_docx(tmp_path, capsys):
    data = _docx(_document("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>" * 200))
    status, err = _run(tmp_path, "cut.docx", data[: len(data) // 2], capsys)
    assert status == 2
    _one_clear_line(err, "hỏng")


def test_zip_bomb_docx(tmp_path, capsys):
    bomb = _document("<w:p><w:r><w:t>" + "A" * (4 * 1024 * 1024) + "</w:t></w:r></w:p>")
    status, err = _run(tmp_path, "bom.docx", _docx(bomb), capsys)
    assert status == 2
    _one_clear_line(err, "bom nén")


def test_docx_with_an_external_entity(tmp_path, capsys):
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    document = _document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog)
    status, err = _run(tmp_path, "xxe.docx", _docx(document), capsys)
    assert status == 2
    _one_clear_line(err, "DOCTYPE/ENTITY")
    assert "root:" not in err


def _encrypted_pdf() -> bytes:
    """A PDF with a standard security handler whose user password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> "
        b"<00112233445566778899aabbccddeeff>] >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out


def test_encrypted_pdf(tmp_path, capsys):
    status, err = _run(tmp_path, "khoa.pdf", _encrypted_pdf(), capsys)
    assert status == 2
    _one_clear_line(err, "mã hóa")


def test_scanned_pdf_without_a_text_layer(tmp_path, capsys):
    scan = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(scan, "PDF")
    status, err = _run(tmp_path, "scan.pdf", scan.getvalue(), capsys)
    assert status == 2
    _one_clear_line(err, "không có lớp chữ")


def test_a_poem_is_not_a_plan(tmp_path, capsys):
    poem = "Trăm năm trong cõi người ta,\nChữ tài chữ mệnh khéo là ghét nhau.\nTrải qua một cuộc bể dâu,\n"
    status, err = _run(tmp_path, "tho.txt", poem.encode("utf-8"), capsys)
    assert status == 2
    _one_clear_line(err, "không phải văn bản kế hoạch")


def test_random_prose_is_not_a_plan(tmp_path, capsys):
    prose = (
        "Hôm nay trời đẹp. Chúng tôi đi chợ mua rau, cá và thịt.\n\nBuổi chiều cả nhà đi dạo công viên.\n"
        * 5
    )
    status, err = _run(tmp_path, "van.txt", prose.encode("utf-8"), capsys)
    assert status == 2
    _one_clear_line(err, "không phải văn bản kế hoạch")


def test_binary_garbage_named_txt(tmp_path, capsys):
    garbage = bytes(range(256)) * 40
    status, err = _run(tmp_path, "rac.txt", garbage, capsys)
    assert status == 2
    _one_clear_line(err, "nhị phân")


def test_text_converted_from_tcvn3_is_refused_with_advice(tmp_path, capsys):
    tcvn3 = "KÕ ho¹ch tuyªn truyÒn kû niÖm ngµy thµnh lËp §¶ng Céng s¶n ViÖt Nam\n" * 3
    status, err = _run(tmp_path, "tcvn3.txt", tcvn3.encode("utf-8"), capsys)
    assert status == 2
    _one_clear_line(err, "TCVN3", "Unicode")


def test_missing_file(tmp_path, capsys):
    status = main(["parse", str(tmp_path / "khong-co.txt")])
    assert status == 2
    _one_clear_line(capsys.readouterr().err, "không mở được")


def test_a_bad_file_does_not_stop_the_others(tmp_path, capsys):
    bad = tmp_path / "rong.txt"
    bad.write_bytes(b"")
    status = main(["parse", "--json", str(bad), str(SEED)])
    captured = capsys.readouterr()
    assert status == 2
    _one_clear_line(captured.err, "rỗng")
    assert '"symbol": "KH-UBND"' in captured.out


def test_no_traceback_from_the_installed_command(tmp_path):
    path = tmp_path / "anh.docx"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a docx")
    result = subprocess.run(
        [sys.executable, "-m", "kehoach", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    _one_clear_line(result.stderr, "không phải .docx")


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_old_word_doc_is_refused_with_advice(tmp_path, capsys, kind):
    status, err = _run(
        tmp_path, f"cu.{kind}", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, capsys
    )
    assert status == 2
    _one_clear_line(err, ".doc")
