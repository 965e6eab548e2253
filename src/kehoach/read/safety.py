"""Opening an untrusted .docx without being hurt: size limits, zip bombs, XML entities.

A .docx is a zip of XML parts. A hostile one can claim gigabytes once inflated, or declare entities
that read local files or expand exponentially. We refuse those before any XML parser sees them.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from kehoach.errors import InputError

MAX_PART_BYTES = 64 * 1024 * 1024  # one inflated XML part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts inflated
MAX_RATIO = 200  # inflated / compressed, per part (real documents stay under ~30)
MAX_PARTS = 2000

# What a damaged archive can raise while being opened or inflated.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    KeyError,
)
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip archive of a .docx, checked for size and compression ratio."""
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(
            f"{name}: tệp không phải .docx hợp lệ (không phải tệp nén Office Open XML)."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS:
        raise InputError(
            f"{name}: tệp .docx bị hỏng hoặc không đầy đủ (có thể chưa tải hết). "
            "Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi tải lên lần nữa."
        ) from None
    if len(infos) > MAX_PARTS:
        raise InputError(f"{name}: tệp .docx có quá nhiều thành phần ({len(infos)}).")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO)
        ):
            raise InputError(
                f"{name}: tệp .docx bị từ chối vì dung lượng giải nén bất thường (nghi là bom nén)."
            )
    return archive


def read_part(
    archive: zipfile.ZipFile, part: str, name: str, required: bool = True
) -> bytes | None:
    """One XML part, inflated with a hard cap, refused if it declares a DOCTYPE or entities."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        if required:
            raise InputError(f"{name}: tệp .docx thiếu phần {part}.") from None
        return None
    try:
        with archive.open(info) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
    except _ZIP_ERRORS:
        raise InputError(
            f"{name}: tệp .docx bị hỏng hoặc không đầy đủ (có thể chưa tải hết). "
            "Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi tải lên lần nữa."
        ) from None
    if len(data) > MAX_PART_BYTES:
        raise InputError(
            f"{name}: tệp .docx bị từ chối vì dung lượng giải nén bất thường (nghi là bom nén)."
        )
    # Also in UTF-16/32, where NUL bytes sit between the letters of "<!DOCTYPE".
    if _DOCTYPE.search(data) or _DOCTYPE.search(data.replace(b"\x00", b"")):
        raise InputError(
            f"{name}: tệp .docx chứa khai báo DOCTYPE/ENTITY trong {part} (không an toàn), bị từ chối."
        )
    return data
