"""A joint plan (Kế hoạch liên tịch) of two bodies: "Số: 02/KHLT-UBND-MTTQ", "KẾ HOẠCH LIÊN TỊCH", the
head of the left column listing both bodies one under the other. The first is the issuer (the body
whose register numbers it); neither is the parent of the other."""

from __future__ import annotations

import re

from kehoach.read.names import body_name

# A joint document's symbol: the type code with "LT" and the codes of both bodies ("KHLT-UBND-MTTQ").
_JOINT_SYMBOL = re.compile(r"^[A-ZĐa-z]+LT-")
# Where a body's name in capitals ends: its level and its place's name ("... XÃ PHÚ HÒA").
_BODY_PLACE = re.compile(r"\b(?:XÃ|PHƯỜNG|ĐẶC KHU|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+\S")


def is_joint(symbol: str | None, type_line: str | None) -> bool:
    """Whether the symbol or the document-type line says the document is joint."""
    return bool(_JOINT_SYMBOL.match(symbol or "")) or "LIÊN TỊCH" in (type_line or "")


def joint_issuer(fragments: list[str]) -> str | None:
    """The first of the bodies listed at the head of the left column ("ỦY BAN NHÂN DÂN XÃ PHÚ HÒA" /
    "BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ HÒA"), each complete with its place; None when
    the column names one body."""
    names: list[str] = []
    current: list[str] = []
    for fragment in fragments:
        if not fragment.isupper():
            continue
        current.append(fragment)
        if _BODY_PLACE.search(fragment):
            names.append(" ".join(current))
            current = []
    return body_name(names[0]) if len(names) > 1 else None
