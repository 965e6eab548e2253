"""Rules for result reports (BC): a report cannot be dated before the end of the period it reports
on, unless it says that its figures are estimated to the end of the period ("ước thực hiện")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, Finding, rule
from kehoach.report.periods import date_problem, period_in

_LONG_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_TITLE_ENDS = re.compile(r"^\s*(Kính gửi|Thực hiện|Căn cứ|I\.|1\.)", re.IGNORECASE)
_TYPE = re.compile(r"^\s*BÁO CÁO\s*$")


def report_title(document: LintDocument) -> str:
    """The trích yếu: the lines after "BÁO CÁO" up to Kính gửi, the opening or section I."""
    for index, line in enumerate(document.plain):
        if _TYPE.match(line):
            title = []
            for following in document.plain[index + 1 : index + 5]:
                if not following.strip() or _TITLE_ENDS.match(following):
                    break
                title.append(following.strip())
            return " ".join(title)
    return ""


@rule(
    "report-period",
    "facts",
    ERROR,
    "Báo cáo kết quả không được ghi ngày trước khi hết kỳ báo cáo, trừ khi ghi rõ số liệu ước thực hiện",
    "Nghị định 30/2020/NĐ-CP, Điều 8 (nội dung văn bản phải chính xác); thời điểm lấy số liệu báo cáo",
)
def report_period(document: LintDocument) -> Iterator[Finding]:
    if document.doc_type != "BC" or document.plan_date is None or document.date_match is None:
        return
    period = period_in(_LONG_DATE.sub(" ", report_title(document)))
    problem = date_problem(period, document.plan_date, document.text)
    if problem:
        yield document.finding("report-period", document.date_match.start(), problem)
