"""`kehoach lint FILE... [--json] [--select RULES] [--ignore RULES] [--config FILE]`.

Human output is `file:line:col: severity rule message`, one finding a line, then a summary; --json is
`{"findings": [...]}` (DESIGN.md §3). Exit status: 0 no errors, 1 errors found, 2 a file or the
configuration could not be read (one line on stderr each; the other files are still linted).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from kehoach.cli.safety import unreadable_message
from kehoach.errors import InputError
from kehoach.lint import ERROR, RULES, WARNING, Finding, LintConfig, chosen_rules, lint_source
from kehoach.lint.config import find_config, load_config
from kehoach.lint.fix import fix_docx, fix_text, fixed_path, safe_edits
from kehoach.read import Source, load

HELP = """Kiểm tra kế hoạch (.txt, .md, .docx, .pdf) theo Nghị định 30/2020/NĐ-CP (thể thức), sự kiện
(số năm kỷ niệm, âm lịch, thứ trong tuần, văn bản trích dẫn) và ngôn ngữ (chính tả, lặp từ, Unicode).
Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp. Danh sách quy tắc: docs/lint-rules.md."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint",
        help="kiểm tra thể thức, sự kiện và ngôn ngữ của kế hoạch",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="tệp kế hoạch: .txt, .md, .docx, .pdf"
    )
    parser.add_argument("--json", action="store_true", help='in {"findings": [...]} dạng JSON')
    parser.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="chỉ chạy các quy tắc này (mã hoặc nhóm format, facts, language, docx; cách nhau bằng dấu phẩy)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="bỏ qua các quy tắc này (cách nhau bằng dấu phẩy)",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="ghi các sửa chữa chắc chắn (một đề xuất duy nhất) vào bản sao TÊN.da-sua.txt/.docx "
        "cạnh tệp gốc và in những gì đã sửa; tệp gốc không bị thay đổi",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="tệp TOML có bảng [tool.kehoach.lint] (mặc định: tìm từ thư mục của tệp)",
    )
    parser.set_defaults(func=run)


def _names(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _config_for(path: Path, explicit: LintConfig | None) -> LintConfig:
    if explicit is not None:
        return explicit
    found = find_config(path)
    return load_config(found) if found else LintConfig()


def _check_names(names: list[str] | None) -> None:
    try:
        chosen_rules(names, None)
    except KeyError as error:
        known = ", ".join(sorted(RULES))
        raise InputError(f"không có quy tắc {error.args[0]!r}; các quy tắc: {known}") from None


def format_finding(finding: Finding) -> str:
    """`file:line:col: severity rule message`; `file: ...` for a finding about the whole document."""
    where = f"{finding.file}:{finding.line}:{finding.column}" if finding.line else finding.file
    return f"{where}: {finding.severity} {finding.rule} {finding.message}"


def write_fixed(path: Path, source: Source, found: list[Finding]) -> None:
    """Write the safe fixes to a copy beside the file and say what changed (or that nothing could)."""
    edits = safe_edits(found)
    target = fixed_path(path)
    if source.kind == "docx":
        data, applied = fix_docx(source.raw, str(path), source.lines, edits)
    elif source.kind in ("text", "markdown"):
        text, applied = fix_text("\n".join(source.lines), edits)
        data = (text.rstrip("\n") + ("\n" if source.raw.endswith(b"\n") else "")).encode("utf-8")
    else:
        print(f"{path}: không sửa tự động được tệp .{source.kind} (chỉ .txt, .md, .docx).")
        return
    if not applied:
        print(f"{path}: không có lỗi nào sửa tự động được.")
        return
    write_atomically(target, data)
    for change in applied:
        print(f'{path}:{change.line}:{change.column}: đã sửa "{change.old}" → "{change.new}"')
    print(f"Đã ghi {len(applied)} chỗ sửa vào {target}.")


def write_atomically(target: Path, data: bytes) -> None:
    """All or nothing: a failed save leaves no half-written copy."""
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(f"{target}: không ghi được bản đã sửa ({error.strerror}).") from None


def run(args: argparse.Namespace) -> int:
    select, ignore = _names(args.select), _names(args.ignore)
    _check_names(select)
    _check_names(ignore)
    explicit = load_config(Path(args.config)) if args.config else None
    findings: list[Finding] = []
    unreadable = 0
    for name in args.files:
        path = Path(name)
        try:
            config = _config_for(path, explicit)
            _check_names(config.select)
            _check_names(config.ignore)
            source = load(path)
            found = lint_source(source, select=select, ignore=ignore, config=config)
            if args.fix:
                write_fixed(path, source, found)
        except InputError as error:
            print(f"kehoach: {error}", file=sys.stderr)
            unreadable += 1
            continue
        except Exception as error:  # a hostile file: one line for it, the other files still linted
            print(f"kehoach: {unreadable_message(error, name)}", file=sys.stderr)
            unreadable += 1
            continue
        findings.extend(dataclasses.replace(f, file=name) for f in found)
    errors = sum(f.severity == ERROR for f in findings)
    if args.json:
        print(
            json.dumps({"findings": [f.to_dict() for f in findings]}, ensure_ascii=False, indent=2)
        )
    else:
        for finding in findings:
            print(format_finding(finding))
        warnings = sum(f.severity == WARNING for f in findings)
        hints = len(findings) - errors - warnings
        checked = len(args.files) - unreadable
        print(
            f"{errors} lỗi, {warnings} cảnh báo"
            + (f", {hints} gợi ý" if hints else "")
            + f" trong {checked} tệp."
        )
    if unreadable:
        return 2
    return 1 if errors else 0
