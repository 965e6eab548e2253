"""Plain Vietnamese for what the library reports: a review note's place, a finding's text.

The library's review notes name their place in the document by a path ("sections[2]",
"assignments[0].unit", "bases[1]"); a page shows "Mục III", "Phân công, dòng 1", "Căn cứ 2" instead,
with the anchor of the editor's row to jump to. Findings are shown by their message, never their rule id.
"""

from __future__ import annotations

import re
from typing import Any

_PATH = re.compile(r"^(?P<field>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?")

FIELDS = {
    "title": ("Trích yếu", "id_h-title"),
    "number": ("Số văn bản", ""),
    "date": ("Ngày ban hành", ""),
    "issuer": ("Cơ quan ban hành", "id_h-issuer"),
    "preamble": ("Phần mở đầu", "id_h-preamble"),
    "bases": ("Căn cứ", "id_h-preamble"),
    "closing": ("Phần kết thúc", "id_h-closing"),
    "sections": ("Các mục", "cac-muc"),
    "assignments": ("Phân công", "phan-cong"),
    "anniversaries": ("Ngày kỷ niệm", "cac-muc"),
    "slogans": ("Khẩu hiệu", "id_l-slogans"),
    "recipients": ("Nơi nhận", "id_l-recipients"),
    "archive": ("Lưu", "id_l-archive"),
    "signature": ("Người ký", "id_h-sign_name"),
}
SUBFIELDS = {"unit": "đơn vị", "deadline": "thời hạn", "text": "nhiệm vụ", "role": "vai trò"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]


def place(path: str) -> tuple[str, str]:
    """("Phân công, dòng 1 (đơn vị)", "a-0") for "assignments[0].unit": a label and an anchor."""
    match = _PATH.match(path or "")
    if not match or match["field"] not in FIELDS:
        return "Nội dung", ""
    label, anchor = FIELDS[match["field"]]
    index = match["index"]
    if index is not None:
        position = int(index)
        if match["field"] == "sections":
            label = f"Mục {ROMAN[position] if position < len(ROMAN) else position + 1}"
        elif match["field"] == "assignments":
            label = f"Phân công, dòng {position + 1}"
            anchor = f"a-{position}"
        else:
            label = f"{label} {position + 1}"
    if match["sub"] in SUBFIELDS:
        label = f"{label} ({SUBFIELDS[match['sub']]})"
    return label, anchor


def review_items(review: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Review notes for a page: {"place", "anchor", "note"}."""
    items = []
    for note in review:
        label, anchor = place(str(note.get("path") or ""))
        items.append({"place": label, "anchor": anchor, "note": str(note.get("note") or "")})
    return items


def finding_text(finding: dict[str, Any]) -> str:
    """A finding as one sentence: its message, and what to write instead when the rule knows."""
    text = str(finding.get("message") or "").strip()
    suggestion = str(finding.get("suggestion") or "").strip()
    if suggestion:
        text = f"{text} Đề xuất: {suggestion}"
    line = finding.get("line")
    where = finding.get("place") or (f"đoạn {line}" if line else "")
    return f"{text} ({where})" if where else text
