"""The result report (Báo cáo kết quả, BC) of an issued plan, drafted from the units' accepted reports.

Pure Python on the document model: the web app collects the figures and texts, this package shapes them
into a Plan with doc_type "BC" that the same writer lays out. One concept per module: `structure` (the
parts in order), `content` and `sentences` (units' words into report sentences), `figures` (targets,
totals, tables), `periods` (tháng, quý, 6 tháng, năm and the date rule), `addressing` (Kính gửi, Nơi
nhận), `marks` (what a person still has to write).
"""

from kehoach.report.figures import FigureSpec, UnitResult, table_rows, totals, unit_table
from kehoach.report.inputs import Outstanding, ReportInputs, UnitWork
from kehoach.report.marks import still_to_write
from kehoach.report.periods import Period, date_problem, period_in
from kehoach.report.structure import build_report, plan_citation

__all__ = [
    "FigureSpec",
    "Outstanding",
    "Period",
    "ReportInputs",
    "UnitResult",
    "UnitWork",
    "build_report",
    "date_problem",
    "period_in",
    "plan_citation",
    "still_to_write",
    "table_rows",
    "totals",
    "unit_table",
]
