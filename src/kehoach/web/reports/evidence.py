"""Evidence files are judged by their content, never by their name: images, PDF and DOCX only.

Images must open and verify with Pillow; a PDF must open in PDFium with at least one page and end
with %%EOF (an HTML page framed by "%PDF-" and "%%EOF" does not); a DOCX must be a zip with a Word
document part, no macros (a .docm renamed .docx is refused) and a total inflated size within reason.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

import pypdfium2
from django.conf import settings
from PIL import Image, UnidentifiedImageError

MAX_FILES = 10
MAX_PIXELS = 60_000_000
MAX_DOCX_INFLATED = 80 * 1024 * 1024
IMAGE_FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}
CONTENT_TYPES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
ACCEPTED = "ảnh (JPEG, PNG, WebP), PDF hoặc Word (.docx)"


class EvidenceRejected(ValueError):
    """The file is refused; the message says why, in Vietnamese, for the form."""


@dataclass
class CheckedFile:
    name: str
    kind: str
    data: bytes
    sha256: str

    @property
    def extension(self) -> str:
        return "jpg" if self.kind == "jpeg" else self.kind


def max_bytes() -> int:
    return int(getattr(settings, "KEHOACH_EVIDENCE_MAX_BYTES", 5 * 1024 * 1024))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def safe_name(name: str) -> str:
    """The original name for display: NFC, no path, no control characters, at most 150 characters."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[\x00-\x1f\x7f\"<>|]", "", base).strip() or "tep"
    return base[-150:]


def _image_kind(data: bytes) -> str | None:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = IMAGE_FORMATS.get(probe.format or "")
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    if kind is None or width * height > MAX_PIXELS:
        return None
    return kind


def _is_pdf(data: bytes) -> bool:
    if not (data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:]):
        return False
    try:
        document = pypdfium2.PdfDocument(data)
    except (pypdfium2.PdfiumError, ValueError, OSError):
        return False
    try:
        return len(document) > 0
    finally:
        document.close()


MACRO_MARKERS = (b"macroEnabled", b"vbaProject", b"vbaData")


def _has_macros(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if any(name.lower().endswith((".bin", "vbadata.xml")) for name in names):
        return True
    types = archive.read("[Content_Types].xml")[:1_000_000]
    return any(marker in types for marker in MACRO_MARKERS)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                return False
            if any(info.flag_bits & 0x1 for info in infos):  # encrypted parts
                return False
            if sum(info.file_size for info in infos) > MAX_DOCX_INFLATED:
                return False
            return not _has_macros(archive, names)
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def kind_of(data: bytes) -> str | None:
    """ "jpeg", "png", "webp", "pdf", "docx", or None for anything else."""
    if data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) or data[8:12] == b"WEBP":
        return _image_kind(data)
    if data.startswith(b"%PDF-"):
        return "pdf" if _is_pdf(data) else None
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) else None
    return None


def check_file(name: str, size: int, data_reader) -> CheckedFile:  # type: ignore[no-untyped-def]
    """Check one upload; `data_reader()` is only called when the size is within the limit."""
    shown = safe_name(name)
    limit = max_bytes()
    if size > limit:
        raise EvidenceRejected(
            f"Tệp “{shown}” dung lượng {_megabytes(size)}, vượt giới hạn {_megabytes(limit)} "
            "cho mỗi tệp minh chứng. Chưa lưu gì; hãy giảm dung lượng rồi gửi lại."
        )
    data = data_reader()
    if len(data) > limit:
        raise EvidenceRejected(f"Tệp “{shown}” vượt giới hạn {_megabytes(limit)}. Chưa lưu gì.")
    if not data:
        raise EvidenceRejected(f"Tệp “{shown}” rỗng. Chưa lưu gì.")
    kind = kind_of(data)
    if kind is None:
        raise EvidenceRejected(
            f"Tệp “{shown}” không phải {ACCEPTED} (kiểm tra theo nội dung tệp, không theo tên). "
            "Chưa lưu gì; hãy chọn đúng loại tệp."
        )
    return CheckedFile(shown, kind, data, hashlib.sha256(data).hexdigest())


def check_uploads(files: list) -> list[CheckedFile]:  # type: ignore[type-arg]
    """Every uploaded file checked; the first bad one refuses the whole submission."""
    if len(files) > MAX_FILES:
        raise EvidenceRejected(f"Mỗi lần gửi tối đa {MAX_FILES} tệp minh chứng. Chưa lưu gì.")
    return [check_file(f.name, f.size, f.read) for f in files]
