"""A file as read: its kind, its lines (NFC) and its bytes; decoding of plain text.

Every reader ends here so that lint and the parser see the same lines: one entry per line for text and
PDF, one per paragraph for .docx (table cells included, in body order).
"""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kehoach.document.text import nfc
from kehoach.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
# The longest plan of the corpus has about 134,000 characters; a file with many times that is not
# one plan, and every later step (parse, lint) would pay for it.
MAX_TEXT_CHARACTERS = 1_000_000

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


_VNI_PAIR = re.compile(r"[aeiouyAEIOUY][øùûõïöôñäâëå]")


@dataclass
class Source:
    """The text of one input file, as the user sees it."""

    name: str
    kind: str  # "text" | "markdown" | "docx" | "pdf"
    lines: list[str] = field(default_factory=list)
    raw: bytes = b""
    ocr: bool = False  # the lines were read by OCR from a scanned PDF
    notes: list[str] = field(default_factory=list)  # what the reader could not do (pages unread)
    # A .docx's opened parts (kehoach.read.docx.Package), for lint to read the same parsed XML; not
    # sent between processes (a parsed tree does not pickle), where lint reads the bytes again.
    package: object = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "package": None}


@dataclass
class TableSpan:
    """A body table as the reader found it: the entries of Source.lines it covers, and its cells."""

    first: int  # index of its first entry in Source.lines (its caption's, if it has one)
    end: int  # one past its last entry
    rows: list[list[str]]
    header_rows: int
    caption: str | None = None


# Told of each page a scanned PDF's reader has read: (page, pages).
Progress = Callable[[int, int], None]


# Letters of the Vietnamese alphabet outside ASCII and Latin-1: a real Vietnamese text is full of them.
_VIETNAMESE = re.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")
# Latin-1 letters and signs that TCVN3 (ABC) and VNI fonts use for Vietnamese letters but that a
# Unicode Vietnamese text never contains.
_LEGACY = re.compile(r"[®¬µ¸¶·¹¨©ª«¾»¼½¦§¤¥ÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñöøûüþÿð]")


def legacy_encoding(text: str) -> str | None:
    """ "TCVN3" or "VNI" when `text` looks converted from a legacy Vietnamese font, else None."""
    legacy = len(_LEGACY.findall(text))
    if legacy < 5:
        return None
    vietnamese = len(_VIETNAMESE.findall(text))
    if legacy <= vietnamese:
        return None
    # VNI writes tone marks as separate letters after the vowel ("Vieät", "ñoàng"); TCVN3 uses single signs.
    vni = len(_VNI_PAIR.findall(text))
    return "VNI" if vni > legacy / 3 else "TCVN3"


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _controls(text: str) -> bool:
    """More control characters than a text has (tabs, line and page breaks aside)."""
    count = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
    return count > len(text) / 100 + 2


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) / 100 + 2


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` is UTF-16 written without a byte order mark, else None.

    Vietnamese text in UTF-16 has a zero high byte for every ASCII character (spaces, digits, most
    letters) and 0x1E or 0x01 for the others; the zeros sit on one side of each pair only.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    # a few zeros on the other side are characters like U+0300 (a decomposed grave accent)
    if odd > pairs * 0.3 and even * 10 < odd:
        return "utf-16-le"
    if even > pairs * 0.3 and odd * 10 < even:
        return "utf-16-be"
    return None


def text_encoding(data: bytes) -> str:
    """The encoding a text file is read with: "utf-8-sig", "utf-16", "utf-16-le"/"-be" or "utf-8"."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return utf16_without_bom(data) or "utf-8"


def decode_text(data: bytes, name: str = "<text>") -> str:
    """Bytes of a text file -> NFC text: UTF-8 (with or without BOM), UTF-16 with or without a BOM.

    Text converted from TCVN3/VNI fonts and binary data are refused with an InputError.
    """
    encoding = text_encoding(data)
    body = data
    if encoding == "utf-8-sig":
        body, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif encoding == "utf-8" and _looks_binary(data):
        raise InputError(f"{name}: tệp không phải văn bản (dữ liệu nhị phân).")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        legacy = legacy_encoding(data.decode("cp1252", errors="replace"))
        if legacy:
            raise InputError(_legacy_message(name, legacy)) from None
        raise InputError(
            f"{name}: không đọc được bảng mã của tệp (cần UTF-8 hoặc UTF-16)."
        ) from None
    if "\x00" in text or (encoding in ("utf-16-le", "utf-16-be") and _controls(text[:4096])):
        # UTF-16 guessed without a BOM: binary data that only looked like it is full of controls
        raise InputError(f"{name}: tệp không phải văn bản (dữ liệu nhị phân).")
    legacy = legacy_encoding(text)
    if legacy:
        raise InputError(_legacy_message(name, legacy))
    return nfc(text)


def _legacy_message(name: str, legacy: str) -> str:
    return (
        f"{name}: văn bản được chuyển từ phông {legacy} (không phải Unicode); "
        "hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi thử lại."
    )


def text_lines(text: str) -> list[str]:
    """Lines of a text as written (line ends removed, nothing else changed)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def kind_of(name: str, data: bytes) -> str:
    """The reader for a file, from its bytes first (a renamed file is read for what it is) then its name."""
    suffix = Path(name).suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix in (".docx", ".docm", ".dotx"):
        return "docx"
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file, its size checked before reading: a FIFO, a device (/dev/zero) or
    a socket would block or never end, so they are refused; OSError is left to the caller."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(str(path))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"{path}: không phải tệp thông thường (thiết bị, ống dẫn hoặc socket); hãy chọn một tệp."
        )
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(f"{path}: tệp quá lớn ({info.st_size // (1024 * 1024)} MB; tối đa 50 MB).")
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    check_size(data, str(path))
    return data


def check_text_length(characters: int, name: str) -> None:
    if characters > MAX_TEXT_CHARACTERS:
        limit = f"{MAX_TEXT_CHARACTERS:,}".replace(",", ".")
        raise InputError(
            f"{name}: văn bản quá dài (hơn {limit} ký tự, gấp nhiều lần một kế hoạch dài nhất); "
            "có thể tệp hỏng hoặc được tạo để làm treo hệ thống. Hãy gửi riêng văn bản kế hoạch."
        )


def check_size(data: bytes, name: str) -> None:
    if not data.strip():
        raise InputError(f"{name}: tệp rỗng.")
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: tệp quá lớn ({len(data) // (1024 * 1024)} MB; tối đa 50 MB).")
