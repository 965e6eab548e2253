"""report-period: a result report dated before the end of its period must say "ước thực hiện"."""

from __future__ import annotations

from datetime import date

from kehoach.document.model import Plan, Section
from kehoach.lint import lint_source
from kehoach.read import load_bytes
from kehoach.write.docx import render_docx


def bc(day: date, opening: str) -> Plan:
    return Plan(
        doc_type="BC", symbol="BC-UBND", issuer="Ủy ban nhân dân phường An Biên", place="An Biên",
        date=day, year=day.year, title="Kết quả công tác tuyên truyền quý I năm 2025",
        preamble=[opening], sections=[Section("I", "KẾT QUẢ THỰC HIỆN", ["Đã phát thanh 12 buổi."])],
    )  # fmt: skip


def findings(plan: Plan) -> list[str]:
    source = load_bytes(render_docx(plan), "bao-cao.docx")
    return [f.message for f in lint_source(source, select=["report-period"])]


def test_a_report_dated_before_the_quarter_ends_is_refused():
    found = findings(bc(date(2025, 3, 10), "Ủy ban nhân dân phường báo cáo kết quả như sau:"))
    assert len(found) == 1 and "31/03/2025" in found[0] and "ước thực hiện" in found[0]


def test_an_estimated_report_may_be_dated_before_the_end():
    opening = "Ủy ban nhân dân phường báo cáo kết quả (số liệu ước thực hiện đến hết quý) như sau:"
    assert findings(bc(date(2025, 3, 10), opening)) == []


def test_a_report_after_the_period_is_fine():
    assert findings(bc(date(2025, 4, 2), "Ủy ban nhân dân phường báo cáo kết quả như sau:")) == []
