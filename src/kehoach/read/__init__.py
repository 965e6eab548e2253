"""Readers: text, markdown, .docx and .pdf files -> Source -> Plan.

`load`/`load_bytes` give the Source (lines as the user sees them, for lint); `parse` makes the Plan.
Bad input of every kind raises InputError with a one-line Vietnamese message.
"""

from __future__ import annotations

from pathlib import Path

from kehoach.document.model import Plan
from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.read.kinds import docx_lines, docx_package, pdf_source
from kehoach.read.plan import parse
from kehoach.read.source import (
    Progress,
    Source,
    check_size,
    check_text_length,
    decode_text,
    kind_of,
    read_regular_file,
    text_lines,
)

__all__ = ["Source", "load", "load_bytes", "parse", "read_plan", "parse_text"]


def load_bytes(data: bytes, name: str, progress: Progress | None = None) -> Source:
    """The Source of a file's bytes; `name` gives the kind where the bytes do not. `progress` hears
    of each page of a scanned PDF read by OCR (seconds a page)."""
    check_size(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{name}: định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu thành .docx.")
    kind = kind_of(name, data)
    if kind == "docx":
        lines = docx_lines(data, name)
        if not any(line.strip() for line in lines):
            raise InputError(f"{name}: tệp .docx không có nội dung chữ.")
        return Source(name, kind, lines, data, package=docx_package(data, name))
    elif kind == "pdf":
        return pdf_source(data, name, progress)
    else:
        lines = text_lines(decode_text(data, name))
    check_text_length(sum(map(len, lines)), name)
    return Source(name=name, kind=kind, lines=lines, raw=data)


def load(path: str | Path, progress: Progress | None = None) -> Source:
    """The Source of a file on disk."""
    path = Path(path)
    try:
        data = read_regular_file(path)
    except IsADirectoryError:
        raise InputError(f"{path}: là thư mục, không phải tệp.") from None
    except FileNotFoundError:
        raise InputError(
            f"{path}: không mở được tệp (không tìm thấy tệp; kiểm tra lại đường dẫn)."
        ) from None
    except PermissionError:
        raise InputError(f"{path}: không mở được tệp (không có quyền đọc tệp này).") from None
    except OSError:
        raise InputError(
            f"{path}: không mở được tệp (lỗi đọc ổ đĩa; thử sao chép tệp sang chỗ khác)."
        ) from None
    return load_bytes(data, str(path), progress)


def read_plan(path: str | Path, progress: Progress | None = None) -> Plan:
    return parse(load(path, progress))


def parse_text(text: str, name: str = "<text>") -> Plan:
    """The plan in a text (as pasted in a form, for instance)."""
    return parse(
        Source(name=name, kind="text", lines=text_lines(nfc(text)), raw=text.encode("utf-8"))
    )
