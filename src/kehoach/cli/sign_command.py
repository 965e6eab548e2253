"""`kehoach sign leader|issue ...`: sign a rendered plan in the office's order from the command line.

  kehoach sign leader ke-hoach.pdf --p12 lanh-dao.p12 --image chu-ky.png -o da-ky.pdf
  kehoach sign issue da-ky.pdf --number 05 --date 06/01/2025 --p12 co-quan.p12 --seal dau.png -o ban-hanh.pdf
  kehoach sign copy nhan-duoc.pdf --p12 co-quan.p12 --body "Ủy ban nhân dân phường An Biên" \
      --register so-ban-sao.json -o ban-sao.pdf

The PKCS#12 passphrase is read from KEHOACH_P12_PASSPHRASE or asked for (never a command-line argument,
which other users of the machine could see). Trust: --trust DIR or KEHOACH_TRUST_DIR; timestamp server:
--tsa URL or KEHOACH_TSA_URL.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from kehoach.cli.render_command import write_atomic
from kehoach.cli.verify_command import quiet_libraries
from kehoach.document.dates import parse_date
from kehoach.errors import InputError
from kehoach.sign.copies import FORMS, CopyRequest, make_copy, next_copy_number
from kehoach.sign.credentials import Credential, check_credential, load_pkcs12
from kehoach.sign.images import check_image
from kehoach.sign.office import IssueStamp, issue, sign_as_leader
from kehoach.sign.pades import vietnam_now
from kehoach.sign.trust import TrustSettings

MAX_INPUT = 50_000_000


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pdf", help="văn bản PDF")
    parser.add_argument("--p12", required=True, metavar="TỆP", help="chứng thư số .p12/.pfx")
    parser.add_argument("-o", "--output", required=True, help="tệp PDF đã ký")
    parser.add_argument("--trust", metavar="DIR", help="thư mục chứng thư gốc được tin cậy")
    parser.add_argument("--tsa", metavar="URL", help="máy chủ dấu thời gian RFC 3161")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sign",
        help="ký số văn bản PDF (lãnh đạo ký, văn thư ghi số và đóng dấu)",
        description="Ký số văn bản theo Nghị định 30/2020/NĐ-CP: lãnh đạo ký trước, văn thư ghi số, "
        "ngày và ký số của cơ quan sau.",
    )
    steps = parser.add_subparsers(dest="step", required=True)
    leader = steps.add_parser("leader", help="người có thẩm quyền ký (ảnh chữ ký màu xanh)")
    _common(leader)
    leader.add_argument(
        "--image", required=True, metavar="PNG", help="ảnh chữ ký, PNG nền trong suốt"
    )
    leader.set_defaults(func=run_leader)
    office = steps.add_parser(
        "issue", help="văn thư ghi số, ngày và ký số của cơ quan (ảnh dấu đỏ)"
    )
    _common(office)
    office.add_argument("--number", required=True, help="số văn bản, ví dụ 05")
    office.add_argument("--date", required=True, help="ngày ban hành, ví dụ 06/01/2025")
    office.add_argument(
        "--seal", required=True, metavar="PNG", help="ảnh con dấu, PNG nền trong suốt"
    )
    office.set_defaults(func=run_issue)
    copy = steps.add_parser(
        "copy", help="bản sao điện tử (sao y, sao lục, trích sao) có chữ ký số của cơ quan"
    )
    _common(copy)
    copy.add_argument("--body", required=True, help="tên cơ quan, tổ chức sao văn bản")
    copy.add_argument(
        "--form", default="SY", choices=sorted(FORMS), help="hình thức sao (mặc định SY)"
    )
    copy.add_argument("--register", required=True, metavar="TỆP", help="sổ đăng ký bản sao (JSON)")
    copy.set_defaults(func=run_copy)


def read_input(path: str, what: str) -> bytes:
    try:
        file = Path(path)
        if file.stat().st_size > MAX_INPUT:
            raise InputError(f"{path}: tệp quá lớn.")
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"không có tệp {what} {path}.") from None
    except IsADirectoryError:
        raise InputError(f"{path} là thư mục, không phải tệp {what}.") from None
    except OSError as error:
        raise InputError(f"không đọc được tệp {what} {path} ({error.strerror}).") from None


def passphrase() -> str:
    """From KEHOACH_P12_PASSPHRASE, else asked on the terminal without echo."""
    value = os.environ.get("KEHOACH_P12_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InputError(
            "cần mật khẩu của chứng thư số: đặt biến KEHOACH_P12_PASSPHRASE hoặc chạy trong cửa sổ lệnh."
        )
    return getpass.getpass("Mật khẩu chứng thư số: ")


def credential(args: argparse.Namespace, trust: TrustSettings) -> Credential:
    loaded = load_pkcs12(read_input(args.p12, "chứng thư số"), passphrase())
    check = check_credential(loaded, trust)
    print(check.revocation, file=sys.stderr)
    return loaded


def trust_settings(args: argparse.Namespace) -> TrustSettings:
    trust = TrustSettings.from_env(args.trust)
    if args.tsa:
        trust = replace(trust, tsa_url=args.tsa)
    if trust.roots_dir is None:
        raise InputError(
            "cần thư mục chứng thư gốc được tin cậy để kiểm tra chứng thư trước khi ký: "
            "dùng --trust DIR hoặc biến KEHOACH_TRUST_DIR."
        )
    return trust


def run_leader(args: argparse.Namespace) -> int:
    quiet_libraries()
    trust = trust_settings(args)
    pdf = read_input(args.pdf, "PDF")
    image = check_image(read_input(args.image, "ảnh chữ ký"), "signature")
    signed = sign_as_leader(pdf, credential(args, trust), image, trust)
    write_atomic(Path(args.output), signed)
    return 0


def _issue_date(text: str) -> date:
    value = parse_date(text)
    if value is None:
        raise InputError(f"ngày ban hành {text!r} không hợp lệ; hãy ghi dạng 06/01/2025.")
    return value


def run_issue(args: argparse.Namespace) -> int:
    quiet_libraries()
    trust = trust_settings(args)
    pdf = read_input(args.pdf, "PDF")
    seal = check_image(read_input(args.seal, "ảnh con dấu"), "seal")
    stamp = IssueStamp(args.number, _issue_date(args.date))
    signed = issue(pdf, stamp, credential(args, trust), seal, trust)
    write_atomic(Path(args.output), signed)
    return 0


def run_copy(args: argparse.Namespace) -> int:
    quiet_libraries()
    trust = trust_settings(args)
    source = read_input(args.pdf, "PDF")
    signer = credential(args, trust)
    number = next_copy_number(Path(args.register), vietnam_now().year)
    copy = make_copy(source, CopyRequest(args.form, args.body, number), signer, trust)
    write_atomic(Path(args.output), copy)
    print(f"Bản sao số {number:02d}/{args.form}", file=sys.stderr)
    return 0
