"""`kehoach render PLAN -o out.docx [--pdf] [--profile 12/13]`: a plan as a Nghị định 30 .docx and/or .pdf.

PLAN is an authoring YAML/JSON, the JSON of `kehoach parse --json`, or any plan file the reader reads.
Files are written whole or not at all (temporary file, then os.replace).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from kehoach.errors import InputError
from kehoach.write.authoring import load_plan_and_header
from kehoach.write.docx import render_docx
from kehoach.write.header import Header
from kehoach.write.layout import PROFILES, Margins
from kehoach.write.pdf import PdfError, docx_to_pdf


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render",
        help="dựng văn bản .docx/.pdf theo Nghị định 30",
        description="Dựng kế hoạch thành văn bản .docx (và .pdf) theo thể thức Nghị định 30/2020/NĐ-CP.",
    )
    parser.add_argument("plan", help="tệp kế hoạch: .yaml, .json, .txt, .md, .docx, .pdf")
    parser.add_argument("-o", "--output", required=True, help="tệp ra: .docx hoặc .pdf")
    parser.add_argument("--pdf", action="store_true", help="ghi thêm tệp .pdf cạnh tệp .docx")
    parser.add_argument(
        "--profile", default="13/14", choices=sorted(PROFILES), help="bộ cỡ chữ (mặc định 13/14)"
    )
    parser.add_argument(
        "--margins",
        metavar="TRÊN,DƯỚI,TRÁI,PHẢI",
        help="lề trang theo mm, ví dụ 20,20,30,15 (mặc định) hoặc 25,20,35,20",
    )
    parser.set_defaults(func=run)


def _margins(text: str) -> Margins:
    try:
        top, bottom, left, right = (float(part) for part in text.split(","))
    except ValueError:
        raise InputError(
            f"--margins cần bốn số mm cách nhau bởi dấu phẩy, không phải {text!r}."
        ) from None
    return Margins(top, bottom, left, right).check()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, so no half-written file remains."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"không có thư mục {folder} để ghi {path.name}.")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def pdf_of(docx: bytes) -> bytes:
    """The PDF of a rendered .docx; LibreOffice's failure becomes the one-line input error."""
    try:
        return docx_to_pdf(docx)
    except PdfError as error:
        raise InputError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise InputError(f"tệp ra {output.name} phải có đuôi .docx hoặc .pdf.")
    plan, header = load_plan_and_header(args.plan)
    if args.margins:
        header = replace(header or Header(), margins=_margins(args.margins))
    docx = render_docx(plan, header, args.profile)
    if suffix == ".pdf":
        write_atomic(output, pdf_of(docx))
        return 0
    write_atomic(output, docx)
    if args.pdf:
        write_atomic(output.with_suffix(".pdf"), pdf_of(docx))
    return 0
