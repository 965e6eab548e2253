"""The trích yếu after the document-type line."""

from __future__ import annotations

from kehoach.read.text import Line
from kehoach.read.title import read_title


def _lines(*texts: str) -> list[Line]:
    return [Line(text, index, blank_before=False) for index, text in enumerate(texts)]


def test_a_title_over_two_lines_ends_before_the_preamble() -> None:
    lines = _lines("KẾ HOẠCH", "Tổ chức Tháng Thanh niên", "năm 2026", "Căn cứ Luật Thanh niên;")
    assert read_title(lines, 0) == ("Tổ chức Tháng Thanh niên năm 2026", 3)
