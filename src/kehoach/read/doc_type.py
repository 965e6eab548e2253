"""The document types a plan's head names ("KẾ HOẠCH" -> KH) and its number line ("Số: 157/KH-UBND")."""

from __future__ import annotations

import re

DOC_TYPES = {
    "KẾ HOẠCH": "KH",
    "KẾ HOẠCH LIÊN TỊCH": "KH",  # a joint plan of two bodies ("Số: 02/KHLT-UBND-MTTQ")
    "NGHỊ QUYẾT LIÊN TỊCH": "NQ",
    "QUYẾT ĐỊNH": "QĐ",
    "BÁO CÁO": "BC",
    "THÔNG BÁO": "TB",
    "HƯỚNG DẪN": "HD",
    "CHƯƠNG TRÌNH": "CTr",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": "CTr",
    "TỜ TRÌNH": "TTr",
    "CHỈ THỊ": "CT",
    "NGHỊ QUYẾT": "NQ",
    "ĐỀ ÁN": "ĐA",
    "PHƯƠNG ÁN": "PA",
    "QUY CHẾ": "QC",
    "QUY ĐỊNH": "QyĐ",
    "KẾT LUẬN": "KL",
    "CÔNG ĐIỆN": "CĐ",
}
CODES = {code.upper(): code for code in DOC_TYPES.values()}

# "Số: 157/KH-UBND", "Số:      /KH-UBND", "Số 92-KH/ĐU", "Số: …/KH-UBND"
NUMBER = re.compile(
    r"(?<![\w])Số\s*:?\s*(?P<number>\d+[a-zA-Z]?|[.…_]*)\s*(?P<sep>[/-])\s*"
    r"(?P<symbol>[A-ZĐ][\wĐđ&.\-/]*[\wĐđ])"
)


def doc_type_of(text: str) -> str | None:
    """ "KH" for a line that is the document-type heading "KẾ HOẠCH" (upper case), else None."""
    upper = text.strip().rstrip(":").strip()
    if upper != upper.upper():
        return None
    return DOC_TYPES.get(upper)
