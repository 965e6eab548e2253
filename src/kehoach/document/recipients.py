"""A Nơi nhận line and the recipient it names: "- Ban Tuyên giáo Tỉnh ủy (để báo cáo);" names "Ban
Tuyên giáo Tỉnh ủy" with the purpose "(để báo cáo)".

The contract's `recipients` hold the names; the lines as written ride along (`Plan.recipient_lines`) so
a render gives back what the user wrote: the purpose tags, and a comma where a semicolon belongs (lint
reports it; parse → render never rewrites it).
"""

from __future__ import annotations

import re

PURPOSE = re.compile(
    r"\s*\((?:để|đề|đế|de)?\s*(?:báo cáo|b/c|bc|thực hiện|t/h|chỉ đạo|phối hợp|biết|theo dõi|p/h)[^)]*\)\s*",
    re.IGNORECASE,
)


_DASH = re.compile(r"^[-+•–]\s*")


def recipient_name(line: str) -> str:
    """The recipient a Nơi nhận line names, without "- ", the purpose tag and the end punctuation."""
    item = _DASH.sub("", line)
    item = PURPOSE.sub(" ", item)
    return item.strip().rstrip(";,.").rstrip("/").rstrip(".").strip()


def purpose_of(line: str) -> str | None:
    """ "(để báo cáo)" in "- Bộ Nội vụ (để báo cáo);", None without one."""
    match = PURPOSE.search(line)
    return match.group(0).strip() if match else None


def written_line(name: str, line: str | None) -> str:
    """The line to render for a recipient: as written when it still names `name`, else "name;"."""
    if line and recipient_name(line) == name:
        return _DASH.sub("", line)
    return f"{name};"
