"""What is not a regular file is refused at once (a FIFO would block, /dev/zero never ends), and a
DOCTYPE is found in an XML part whatever its encoding."""

from __future__ import annotations

import io
import os
import zipfile

from kehoach.cli import main
from read.test_bad_input import CONTENT_TYPES, _document, _one_clear_line, _run


def test_a_fifo_is_refused_without_waiting(tmp_path, capsys):
    fifo = tmp_path / "ke-hoach.txt"
    os.mkfifo(fifo)
    assert main(["parse", str(fifo)]) == 2
    _one_clear_line(capsys.readouterr().err, "không phải tệp thông thường")


def test_an_endless_device_is_refused_without_reading(capsys):
    assert main(["lint", "/dev/zero"]) == 2
    _one_clear_line(capsys.readouterr().err.splitlines()[-1] + "\n", "không phải tệp thông thường")


def test_a_utf16_document_part_with_an_entity_is_refused(tmp_path, capsys):
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    text = _document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog)
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    status, err = _run(tmp_path, "xxe16.docx", _docx_utf16(text), capsys)
    assert status == 2
    _one_clear_line(err, "DOCTYPE/ENTITY")
    assert "root:" not in err


def _docx_utf16(document: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document.encode("utf-16"))
    return buffer.getvalue()
