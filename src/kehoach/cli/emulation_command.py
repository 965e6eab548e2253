"""`kehoach thi-dua`: movements, nomination checks, award decisions and certificates.

    kehoach thi-dua movement PLAN [--json]             the movement an emulation plan launches
    kehoach thi-dua check FILE.yaml [--json]           nominations against the criteria and ratios
    kehoach thi-dua decision FILE.yaml -o qd.docx [--pdf]   the Quyết định khen thưởng with its list
    kehoach thi-dua certificates FILE.yaml -o gk.pdf   one Giấy khen a page, for every awardee

Exit status: 0 done (check: no rule broken), 1 rules broken, 2 the input could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import yaml

from kehoach.cli.render_command import write_atomic
from kehoach.document.dates import parse_date
from kehoach.emulation.certificate import Certificate, render_certificates
from kehoach.emulation.checks import check_nominations, refused
from kehoach.emulation.decision import Awardee, DecisionDraft, render_decision
from kehoach.emulation.movement import movement_from_plan
from kehoach.emulation.nomination_file import NominationFile, load_nomination_file
from kehoach.emulation.rules import load_rules
from kehoach.errors import InputError
from kehoach.read import read_plan
from kehoach.write.pdf import PdfError, docx_to_pdf


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "thi-dua",
        help="thi đua, khen thưởng: phong trào, kiểm tra đề nghị, quyết định, giấy khen",
        description="Thi đua, khen thưởng theo Luật Thi đua, khen thưởng 2022 và các nghị định hướng dẫn.",
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    movement = verbs.add_parser(
        "movement",
        help="phong trào thi đua dựng từ kế hoạch phát động",
        description="In phong trào thi đua (khẩu hiệu, nội dung, thời gian, khen thưởng) dựng từ kế hoạch phát động.",
    )
    movement.add_argument("plan", help="kế hoạch phát động thi đua: .txt, .md, .docx, .pdf")
    movement.add_argument("--json", action="store_true", help="in JSON thay cho YAML")
    movement.set_defaults(func=run_movement)

    check = verbs.add_parser(
        "check",
        help="kiểm tra danh sách đề nghị theo tiêu chuẩn, tỷ lệ",
        description="Kiểm tra danh sách đề nghị khen thưởng theo tiêu chuẩn, tỷ lệ và thẩm quyền; mỗi lỗi kèm điều khoản. Mức chưa xác minh với văn bản hiện hành chỉ cảnh báo, trừ khi mục settings của tệp áp dụng nó kèm căn cứ. Trả về 1 khi có đề nghị bị trả lại.",
    )
    check.add_argument("file", help="tệp đề nghị khen thưởng (.yaml)")
    check.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    check.set_defaults(func=run_check)

    decision = verbs.add_parser(
        "decision",
        help="dựng Quyết định khen thưởng kèm danh sách",
        description="Dựng Quyết định khen thưởng (thể thức Nghị định 30) cho các đề nghị đạt tiêu chuẩn, danh sách ở phụ lục.",
    )
    decision.add_argument("file", help="tệp đề nghị khen thưởng (.yaml)")
    decision.add_argument("-o", "--output", required=True, help="tệp ra .docx")
    decision.add_argument("--pdf", action="store_true", help="ghi thêm tệp .pdf")
    decision.add_argument("--number", help="số quyết định do Văn thư cấp, ví dụ 07")
    decision.add_argument("--date", help="ngày ký, ví dụ 04/12/2026")
    decision.set_defaults(func=run_decision)

    certificates = verbs.add_parser(
        "certificates",
        help="in Giấy khen, mỗi người một trang (.pdf)",
        description="In Giấy khen cho từng tập thể, cá nhân đạt tiêu chuẩn trong tệp, mỗi trang một giấy khen.",
    )
    certificates.add_argument("file", help="tệp đề nghị khen thưởng (.yaml)")
    certificates.add_argument("-o", "--output", required=True, help="tệp ra .pdf (hoặc .docx)")
    certificates.add_argument("--number", help="số quyết định khen thưởng, ví dụ 07")
    certificates.add_argument("--date", help="ngày ký quyết định, ví dụ 04/12/2026")
    certificates.set_defaults(func=run_certificates)


def run_movement(args: argparse.Namespace) -> int:
    movement = movement_from_plan(read_plan(args.plan))
    if not movement.criteria and not movement.slogan:
        raise InputError(
            f"{Path(args.plan).name} không có phần nội dung, khẩu hiệu thi đua; đây có phải kế hoạch phát động thi đua không?"
        )
    data = movement.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), end="")
    return 0


def run_check(args: argparse.Namespace) -> int:
    loaded = load_nomination_file(args.file)
    book = loaded.book
    findings = check_nominations(loaded.nominations, loaded.history, loaded.level, book)
    if args.json:
        print(
            json.dumps(
                {
                    "findings": [
                        {
                            "name": f.name,
                            "award": book.award(f.award).name,
                            "rule": f.rule,
                            "article": f.article,
                            "message": f.text(),
                            "warning": f.warning,
                        }
                        for f in findings
                    ]
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for finding in findings:
            print(f"{finding.name} — {book.award(finding.award).name}: {finding.text()}")
        bad = refused(findings)
        total = len(loaded.nominations)
        warnings = sum(1 for f in findings if f.warning)
        tail = f"; {warnings} cảnh báo cần xem lại" if warnings else ""
        print(
            f"{total - len(bad)}/{total} đề nghị đạt tiêu chuẩn; {len(bad)} đề nghị bị trả lại{tail}.",
            file=sys.stderr,
        )
    return 1 if refused(findings) else 0


def _when(text: str | None) -> date | None:
    if not text:
        return None
    value = parse_date(text)
    if value is None:
        raise InputError(f"--date “{text}” không phải ngày hợp lệ; viết dạng 04/12/2026.")
    return value


def _passing(loaded: NominationFile) -> list[Awardee]:
    bad = refused(check_nominations(loaded.nominations, loaded.history, loaded.level, loaded.book))
    chosen = [Awardee(n.nominee, n.award) for i, n in enumerate(loaded.nominations) if i not in bad]
    if not chosen:
        raise InputError(
            "Không có đề nghị nào đạt tiêu chuẩn; chạy `kehoach thi-dua check` để xem lý do."
        )
    return chosen


def _place(loaded: NominationFile) -> str:
    return loaded.place or loaded.issuer.split(" phường ")[-1].split(" xã ")[-1]


def run_decision(args: argparse.Namespace) -> int:
    loaded = load_nomination_file(args.file)
    draft = DecisionDraft(
        issuer=loaded.issuer or "Ủy ban nhân dân",
        place=_place(loaded),
        movement=loaded.movement or "phong trào thi đua",
        awardees=_passing(loaded),
        year=loaded.year,
        number=args.number,
        issued_on=_when(args.date),
        signer=loaded.signer,
    )
    data = render_decision(draft)
    output = Path(args.output)
    write_atomic(output, data)
    if args.pdf:
        try:
            write_atomic(output.with_suffix(".pdf"), docx_to_pdf(data))
        except PdfError as error:
            raise InputError(str(error)) from None
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    loaded = load_nomination_file(args.file)
    book = load_rules()
    certificates = [
        Certificate(
            issuer=loaded.issuer or "Ủy ban nhân dân",
            award=book.award(a.award).name,
            name=a.nominee.name,
            kind=a.nominee.kind,
            gender=a.nominee.gender,
            position=a.nominee.position or a.nominee.unit,
            reason=f"Đã có thành tích xuất sắc trong {loaded.movement or 'phong trào thi đua'}",
            decision_number=args.number or "",
            decision_date=_when(args.date),
            place=_place(loaded),
            signer=loaded.signer,
        )
        for a in _passing(loaded)
        if book.award(a.award).key == "giay_khen"
    ]
    if not certificates:
        raise InputError("Không có ai được đề nghị tặng Giấy khen trong tệp này.")
    data = render_certificates(certificates)
    output = Path(args.output)
    if output.suffix.lower() == ".docx":
        write_atomic(output, data)
        return 0
    try:
        write_atomic(output, docx_to_pdf(data))
    except PdfError as error:
        raise InputError(str(error)) from None
    return 0
