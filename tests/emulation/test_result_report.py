"""The movement's result report: the report package's structure with the movement's figures."""

from __future__ import annotations

from conftest import FIXTURES
from kehoach.emulation.result_report import UnitOutcome, movement_report
from kehoach.read import read_plan

SEED = next((FIXTURES / "seeds").glob("002_*.txt"))


def test_report_counts_registrations_proposals_and_awards() -> None:
    outcomes = [
        UnitOutcome(
            "Trung tâm Dịch vụ",
            True,
            "Đã duyệt",
            ["100% viên chức quán triệt"],
            proposed=10,
            awarded=9,
        ),
        UnitOutcome("Trường Tiểu học Lê Lợi", True, "Đã duyệt", [], proposed=2, awarded=2),
        UnitOutcome("Trạm Y tế", False, "Trả lại"),
    ]
    report = movement_report(read_plan(SEED), "Ủy ban nhân dân phường Lê Chân", outcomes)
    assert report.doc_type == "BC" and report.issuer == "Ủy ban nhân dân phường Lê Chân"
    table = next(
        t
        for s in report.all_sections()
        for t in s.tables
        if any("khen thưởng" in c for c in t.rows[0])
    )
    total = table.rows[-1]
    assert total[0].startswith("Tổng") or total[1].startswith("Tổng")
    assert "11" in total and "2" in total  # 11 awarded, 2 units registered
    text = " ".join(p for s in report.all_sections() for p in s.paragraphs)
    assert "Trạm Y tế" in text
