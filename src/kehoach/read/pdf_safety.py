"""Opening an untrusted PDF without being hurt: streams that inflate into gigabytes.

pdfium inflates a page's content stream whole before it gives back a character, so a PDF of 2 MB
whose stream inflates to 2 GB costs gigabytes and a minute. Before pdfium sees the file, every
compressed stream is inflated here with zlib, chunk by chunk, only far enough to know whether it
stays within the limits; the inflated bytes are thrown away.
"""

from __future__ import annotations

import re
import zlib

from kehoach.errors import InputError

MAX_STREAM_BYTES = 64 * 1024 * 1024  # one inflated page content or font
MAX_IMAGE_BYTES = 256 * 1024 * 1024  # one inflated image (a 600 dpi colour A4 page is ~105 MB)
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all streams inflated
MAX_RATIO = 200  # inflated / compressed for a page or font over 1 MB (real ones stay far below;
# an image of a blank page compresses far better, so images have no ratio rule)
CHUNK = 1024 * 1024

_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def _inflated_size(raw: bytes, limit: int) -> int:
    """How many bytes `raw` inflates to, counting no further than just past `limit`; 0 when it is
    not a zlib stream (another filter, or damaged: pdfium judges those)."""
    inflater = zlib.decompressobj()
    try:
        size = len(inflater.decompress(raw, CHUNK))
        while inflater.unconsumed_tail and size <= limit:
            chunk = inflater.decompress(inflater.unconsumed_tail, CHUNK)
            if not chunk:  # zlib can hold back a byte it will never turn into output
                break
            size += len(chunk)
    except zlib.error:
        return 0
    return size


def check_pdf_streams(data: bytes, name: str) -> None:
    """InputError when a stream of the PDF would inflate beyond the limits."""
    total = 0
    position = 0
    while match := _STREAM.search(data, position):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            return
        raw = data[start:end]
        header = data[max(data.rfind(b"obj", 0, match.start()), 0) : match.start()]
        image = b"/Image" in header
        limit = MAX_IMAGE_BYTES if image else MAX_STREAM_BYTES
        size = _inflated_size(raw, limit)
        total += size
        if (
            size > limit
            or total > MAX_TOTAL_BYTES
            or (not image and size > CHUNK and size / max(len(raw), 1) > MAX_RATIO)
        ):
            raise InputError(
                f"{name}: tệp PDF có phần nén bất thường (giải nén ra quá lớn so với kích thước "
                "tệp); có thể tệp hỏng hoặc được tạo để làm treo hệ thống. Hãy xuất lại PDF từ tệp "
                "gốc (hoặc gửi tệp .docx) rồi thử lại."
            )
        position = end + len(b"endstream")
