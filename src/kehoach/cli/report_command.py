"""`kehoach report PLAN --reports DIR -o BC.docx`: draft the result report (BC) of a plan from its units'
report files, without the site.

PLAN is the issued plan (any file kehoach reads, or its authoring YAML); DIR holds one report file per
unit (kehoach.report.unit_files: YAML or JSON with the site's report fields). The BC is written as .docx,
.pdf or, to edit before rendering, as the authoring YAML that `kehoach render` takes; its `review` list
(and the summary on stderr) says which sentences a person still has to write.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml

from kehoach.cli.render_command import pdf_of, write_atomic
from kehoach.document.model import Plan
from kehoach.document.serialise import plan_to_dict
from kehoach.document.text import fold
from kehoach.errors import InputError
from kehoach.report import build_report
from kehoach.report.periods import Period, from_code, period_in
from kehoach.report.unit_files import read_figure_specs, read_folder, report_inputs
from kehoach.write.authoring import load_plan_file
from kehoach.write.docx import render_docx

OUTPUTS = (".docx", ".pdf", ".yaml", ".yml")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="lập dự thảo báo cáo kết quả thực hiện kế hoạch từ báo cáo của các đơn vị",
        description=(
            "Lập dự thảo Báo cáo kết quả thực hiện kế hoạch (BC) từ kế hoạch đã ban hành và "
            "báo cáo của các đơn vị (mỗi đơn vị một tệp YAML hoặc JSON trong thư mục --reports)."
        ),
    )
    parser.add_argument(
        "plan", metavar="PLAN", help="kế hoạch đã ban hành (.docx, .pdf, .txt, .yaml)"
    )
    parser.add_argument(
        "--reports", required=True, metavar="DIR", help="thư mục báo cáo của các đơn vị"
    )
    parser.add_argument(
        "-o", "--output", required=True, help="tệp báo cáo: .docx, .pdf, hoặc .yaml để sửa tiếp"
    )
    parser.add_argument("--pdf", action="store_true", help="ghi thêm tệp .pdf cạnh tệp .docx")
    parser.add_argument(
        "--period", help="kỳ báo cáo, ví dụ “quý I năm 2025” (mặc định: kỳ ghi trong tên kế hoạch)"
    )
    parser.add_argument(
        "--figures",
        metavar="FILE",
        help="danh mục số liệu và chỉ tiêu (YAML: - label, measure, target); "
        "mặc định: các số liệu đơn vị đã báo cáo, không có chỉ tiêu",
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--today", action="store_true", help="ghi ngày báo cáo là hôm nay")
    when.add_argument("--date", help="ngày báo cáo YYYY-MM-DD (mặc định: để trống cho Văn thư)")
    parser.set_defaults(func=run)


def _period(text: str | None) -> Period | None:
    if not text:
        return None
    found = from_code(text) or period_in(text)
    if found is None:
        raise InputError(
            f"không hiểu kỳ báo cáo “{text[:40]}”: ghi như “quý I năm 2025”, “tháng 3 năm 2025”, "
            "“6 tháng đầu năm 2025” hoặc “năm 2025”."
        )
    return found


def _day(args: argparse.Namespace) -> date | None:
    if args.today:
        return date.today()
    if args.date:
        try:
            return date.fromisoformat(args.date)
        except ValueError:
            raise InputError(
                f"ngày báo cáo không hợp lệ: {args.date[:20]} (cần YYYY-MM-DD)."
            ) from None
    return None


def report_yaml(report: Plan) -> str:
    """The draft as an authoring file: edit the marked sentences, then `kehoach render`."""
    header = (
        "# Dự thảo báo cáo kết quả do `kehoach report` lập: viết các chỗ “[Cần viết: …]” (danh sách "
        "`review` ở cuối tệp),\n# rồi dựng văn bản bằng `kehoach render`.\n"
    )
    body = yaml.safe_dump(plan_to_dict(report), allow_unicode=True, sort_keys=False, width=110)
    return header + body


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in OUTPUTS:
        raise InputError(f"tệp ra phải là .docx, .pdf hoặc .yaml, không phải “{output.name}”.")
    period, day = _period(args.period), _day(args)
    specs = read_figure_specs(args.figures) if args.figures else None
    plan = load_plan_file(args.plan)
    reports = read_folder(args.reports)
    inputs = report_inputs(plan, reports, specs, period, day)
    report = build_report(inputs)
    if suffix in (".yaml", ".yml"):
        write_atomic(output, report_yaml(report).encode("utf-8"))
    else:
        docx = render_docx(report)
        write_atomic(output, pdf_of(docx) if suffix == ".pdf" else docx)
        if args.pdf and suffix == ".docx":
            write_atomic(output.with_suffix(".pdf"), pdf_of(docx))
    assigned = {fold(u) for u in inputs.assigned_units}
    reported = len({fold(w.unit) for w in inputs.works} & assigned)
    print(
        f"kehoach: đã lập dự thảo báo cáo — {reported}/{len(inputs.assigned_units)} đơn vị được giao "
        f"đã báo cáo; {len(report.review)} chỗ cần viết:",
        file=sys.stderr,
    )
    for note in report.review:
        print(f"  - {note.path}: {note.note}", file=sys.stderr)
    return 0
