"""`kehoach parse FILE... [--json]`: read plans and show their structure.

Human output is an outline a person can check against the document; --json is the contract
"kehoach.plan/1" (one object for one file, an array for several). A file that cannot be read costs one
line on stderr; the others are still read, and the exit status is 2 at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from kehoach.cli.progress import Progress
from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Section, Table
from kehoach.document.serialise import plan_to_dict
from kehoach.errors import InputError
from kehoach.read import read_plan

HELP = """Đọc kế hoạch (.txt, .md, .docx, .pdf) và in cấu trúc: phần đầu, các mục, phân công,
nơi nhận, chữ ký. Với --json: in theo hợp đồng "kehoach.plan/1" — một đối tượng JSON khi có một tệp,
một mảng JSON (theo thứ tự các tệp) khi có nhiều tệp. Tệp lỗi: một dòng trên stderr, mã thoát 2."""


ROLES = {"lead": "chủ trì", "support": "phối hợp"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="đọc kế hoạch và in cấu trúc (hoặc JSON)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="tệp kế hoạch: .txt, .md, .docx, .pdf"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="in JSON (kehoach.plan/1): một đối tượng cho một tệp, một mảng cho nhiều tệp",
    )
    parser.set_defaults(func=run)


def _value(value: Any) -> str:
    return "—" if value in (None, "", []) else str(value)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def table_line(table: Table) -> str:
    """One line for a body table: its caption (or its first row's cells) and its size.

    The row count includes the header rows, as a reader counts them on the page.
    """
    if table.caption:
        label = " ".join(table.caption.split())
    else:
        cells = [" ".join(cell.split()) for cell in (table.rows[0] if table.rows else [])]
        label = " | ".join(cell for cell in cells if cell) or "không có tiêu đề"
    return f"[Bảng: {_shorten(label, 80)}, {len(table.rows)} dòng × {table.columns} cột]"


def _sections(sections: list[Section], depth: int, out: list[str]) -> None:
    for section in sections:
        title = _shorten(section.title, 100)
        extra = f"  [{len(section.paragraphs)} đoạn]" if section.paragraphs else ""
        out.append(f"{'  ' * depth}{section.number}. {title}{extra}")
        out.extend(f"{'  ' * (depth + 1)}{table_line(table)}" for table in section.tables)
        _sections(section.children, depth + 1, out)


def outline(plan: Plan, name: str) -> str:
    """The plan as a readable outline (Vietnamese labels)."""
    out = [f"== {name}"]
    number = f"{plan.number or '…'}/{plan.symbol}" if plan.symbol else "—"
    out.append(f"Loại văn bản:   {plan.doc_type}")
    out.append(f"Số, ký hiệu:    {number}")
    if plan.parent_issuer:
        out.append(f"Cơ quan chủ quản: {plan.parent_issuer}")
    out.append(f"Cơ quan ban hành: {_value(plan.issuer)}")
    date = (
        format_short(plan.date)
        if plan.date
        else (f"(chưa ghi ngày) năm {plan.year}" if plan.year else "—")
    )
    out.append(f"Địa danh, ngày: {_value(plan.place)}, {date}")
    out.append(f"Trích yếu:      {_value(plan.title)}")
    if plan.bases:
        out.append("Căn cứ:")
        out.extend(f"  - {reference.text}" for reference in plan.bases)
    out.append(f"Văn bản được dẫn: {len(plan.references)}")
    out.append("Các phần:")
    _sections(plan.sections, 1, out)
    if plan.assignments:
        out.append("Phân công:")
        for assignment in plan.assignments:
            notes = [
                n
                for n in (
                    ROLES.get(assignment.role or ""),
                    assignment.deadline and f"hạn {format_short(assignment.deadline)}",
                )
                if n
            ]
            out.append(f"  - {assignment.unit}" + (f" ({', '.join(notes)})" if notes else ""))
    if plan.anniversaries:
        out.append("Kỷ niệm:")
        for item in plan.anniversaries:
            dates = (
                f" ({format_short(item.start)} - {format_short(item.end)})"
                if item.start and item.end
                else ""
            )
            out.append(f"  - {item.count} năm {item.event}{dates}")
    if plan.slogans:
        out.append(f"Khẩu hiệu: {len(plan.slogans)}")
    out.append("Nơi nhận:")
    out.extend(f"  - {recipient}" for recipient in plan.recipients)
    out.append(f"Lưu: {', '.join(plan.archive) or '—'}")
    signature = plan.signature
    if signature:
        lines = [
            " ".join(p for p in (signature.authority, signature.body) if p),
            " ".join(p for p in (signature.capacity, signature.head) if p),
            signature.title or "",
            signature.name or "",
        ]
        out.append("Chữ ký: " + " / ".join(line for line in lines if line))
    else:
        out.append("Chữ ký: —")
    for note in plan.review:
        out.append(f"Cần kiểm tra ({note.path}): {note.note}")
    return "\n".join(out)


def _pages(name: str) -> Callable[[int, int], None]:
    """Progress of OCR on a scanned PDF: "Nhận dạng chữ trang 3/12" on the terminal."""

    def show(page: int, pages: int) -> None:
        end = "\n" if page == pages else ""
        print(f"\r\x1b[K{name}: nhận dạng chữ (OCR) trang {page}/{pages}", end=end, file=sys.stderr)
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    failed = False
    plans: list[dict[str, Any]] = []
    progress = Progress(len(files), "tệp", len(files) > 1 and sys.stderr.isatty())
    for name in files:
        progress.step()
        try:
            plan = read_plan(name, _pages(name) if sys.stderr.isatty() else None)
        except InputError as error:
            failed = True
            progress.write(f"kehoach: {error}")
            continue
        except Exception as error:  # noqa: BLE001 - one broken file must not stop the others
            failed = True
            progress.write(f"kehoach: {name}: lỗi khi đọc tệp ({type(error).__name__}: {error}).")
            continue
        if args.json:
            plans.append(plan_to_dict(plan))
        else:
            print(outline(plan, name))
            print()
    progress.close()
    if args.json:
        payload: Any = plans[0] if len(files) == 1 and plans else plans
        if len(files) == 1 and not plans:
            payload = None
        if payload is not None:
            json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
    return 2 if failed else 0
