"""`kehoach verify FILE.pdf... [--json] [--trust DIR]`: the digital signatures of received PDFs.

Exit status: 0 when every signature of every file is intact, covers the file and is trusted; 1 otherwise
(also for a PDF without any signature); 2 when a file cannot be read (one line on stderr).
With --json, one JSON object per file, one per line:
{"file", "signatures": [{"signer", "organisation", "signed_at", "intact", "covers_whole_file", "trusted",
"kind", "problems"}]}.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from kehoach.errors import InputError
from kehoach.sign.trust import TrustSettings
from kehoach.sign.verify import FileReport, verify_pdf

KINDS = {"person": "chữ ký cá nhân", "organisation": "chữ ký của cơ quan, tổ chức", None: "chữ ký"}
NO_SIGNATURE = "Văn bản không có chữ ký số."


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="kiểm tra chữ ký số của văn bản PDF",
        description="Kiểm tra chữ ký số (PAdES) của văn bản PDF nhận được: ai ký, lúc nào, văn bản "
        "còn nguyên vẹn không, chứng thư có thuộc tổ chức chứng thực được tin cậy không.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE.pdf", help="văn bản PDF cần kiểm tra")
    parser.add_argument(
        "--json", action="store_true", help="in kết quả dạng JSON, mỗi tệp một dòng"
    )
    parser.add_argument(
        "--trust",
        metavar="DIR",
        help="thư mục chứng thư gốc được tin cậy (mặc định: biến môi trường KEHOACH_TRUST_DIR)",
    )
    parser.set_defaults(func=run)


def quiet_libraries() -> None:
    """pyHanko logs validation failures with tracebacks; the user gets our sentences instead."""
    for name in ("pyhanko", "pyhanko_certvalidator", "asyncio", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: không có tệp này.") from None
    except IsADirectoryError:
        raise InputError(f"{path}: là thư mục, không phải tệp PDF.") from None
    except OSError as error:
        raise InputError(f"{path}: không đọc được tệp ({error.strerror}).") from None


def print_text(report: FileReport) -> None:
    print(report.file)
    if not report.signatures:
        print(f"  {NO_SIGNATURE}")
    for index, signature in enumerate(report.signatures, 1):
        who = signature.signer + (f" — {signature.organisation}" if signature.organisation else "")
        when = f", ký lúc {signature.signed_at}" if signature.signed_at else ""
        print(f"  {index}. {KINDS[signature.kind].capitalize()}: {who}{when}")
        for sentence in signature.findings():
            print(f"     {sentence}")


def run(args: argparse.Namespace) -> int:
    quiet_libraries()
    trust = TrustSettings.from_env(args.trust)
    if trust.roots_dir is not None and not trust.roots_dir.is_dir():
        raise InputError(f"không có thư mục chứng thư gốc {trust.roots_dir}; hãy kiểm tra --trust.")
    status = 0
    for path in args.files:
        try:
            report = verify_pdf(_read(path), path, trust)
        except InputError as error:
            message = str(error)
            print(
                f"kehoach: {message if message.startswith(path) else f'{path}: {message}'}",
                file=sys.stderr,
            )
            status = 2
            continue
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            print_text(report)
        if not report.ok and status == 0:
            status = 1
    return status
