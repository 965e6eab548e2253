"""`kehoach cascade UPPER --profile ward.yaml -o draft.yaml`: draft our plan from the upper level's plan.

UPPER is any plan kehoach reads (.txt, .md, .docx, .pdf) or a YAML/JSON authoring file. The draft is written
in the authoring format (YAML of the kehoach.plan/1 contract) that `kehoach render` takes; its `review` list
says what a person must check.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml

from kehoach.cascade import cascade, load_mapping, load_profile
from kehoach.cascade.assignments import UNASSIGNED
from kehoach.document.model import Plan
from kehoach.document.serialise import plan_to_dict
from kehoach.errors import InputError
from kehoach.write.authoring import load_plan_file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cascade",
        help="lập dự thảo kế hoạch triển khai từ kế hoạch cấp trên",
        description="Lập dự thảo kế hoạch của đơn vị mình (hồ sơ --profile) triển khai kế hoạch cấp trên.",
    )
    parser.add_argument(
        "upper", metavar="UPPER", help="kế hoạch cấp trên (.txt, .md, .docx, .pdf, .yaml, .json)"
    )
    parser.add_argument(
        "--profile", required=True, help="hồ sơ đơn vị (YAML), ví dụ examples/profiles/*.yaml"
    )
    parser.add_argument(
        "-o", "--output", default="-", help="tệp YAML dự thảo ('-': in ra màn hình)"
    )
    parser.add_argument(
        "--year",
        type=int,
        help="năm của kế hoạch (mặc định: năm của ngày ban hành, không có thì năm của kế hoạch cấp trên); khác năm cấp trên thì số năm kỷ niệm được tính lại",
    )
    parser.add_argument("--mapping", help="bảng quy tắc ánh xạ (YAML) thay cho bảng của hồ sơ")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--today", action="store_true", help="ghi ngày ban hành là hôm nay")
    when.add_argument("--date", help="ngày ban hành YYYY-MM-DD (mặc định: để trống)")
    parser.set_defaults(func=run)


def _issue_date(args: argparse.Namespace) -> date | None:
    if args.today:
        return date.today()
    if args.date:
        try:
            return date.fromisoformat(args.date)
        except ValueError:
            raise InputError(f"ngày ban hành không hợp lệ: {args.date} (cần YYYY-MM-DD).") from None
    return None


def draft_yaml(plan: Plan) -> str:
    """The draft as an authoring YAML file."""
    header = "# Dự thảo do `kehoach cascade` lập: xem danh sách `review` ở cuối tệp trước khi ban hành.\n"
    body = yaml.safe_dump(plan_to_dict(plan), allow_unicode=True, sort_keys=False, width=110)
    return header + body


def summary(plan: Plan) -> str:
    units = [a for a in plan.assignments if a.unit != UNASSIGNED]
    unassigned = sum(len(s.paragraphs) for s in plan.all_sections() if s.title == UNASSIGNED)
    parts = [f"{len(units)} đơn vị được giao nhiệm vụ"]
    if unassigned:
        parts.append(f"{unassigned} nhiệm vụ chưa phân công")
    parts.append(f"{len(plan.review)} ghi chú cần xem lại")
    return "kehoach: đã lập dự thảo — " + "; ".join(parts) + "."


def run(args: argparse.Namespace) -> int:
    if args.year is not None and not 1945 <= args.year <= 2100:
        raise InputError(f"năm không hợp lệ: {args.year}.")
    profile = load_profile(args.profile)
    mapping = load_mapping(args.mapping) if args.mapping else None
    upper = load_plan_file(args.upper)
    plan = cascade(upper, profile, _issue_date(args), year=args.year, mapping=mapping)
    text = draft_yaml(plan)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise InputError(f"không ghi được {args.output}: {error.strerror}.") from None
        print(summary(plan), file=sys.stderr)
    return 0
