"""`kehoach calendar`: lunar dates, and the commemorations and slogans of a year or quarter.

    kehoach calendar lunar DATE... [--json]        solar -> lunar ("-" reads one date a line from stdin)
    kehoach calendar solar D/M/YYYY... [--leap] [--json]   lunar -> solar ("1/6N/2025" is 6 nhuận)
    kehoach calendar [YEAR] [--quarter N] [--scope hai-phong] [--json]
    kehoach calendar YEAR [--quarter N] --profile HỒ_SƠ -o DỰ_THẢO.yaml [--events ID,...]

The first positional is "lunar", "solar" or a year, so one parser with a free positional serves the
three forms (argparse subparsers cannot take a number as a command name).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from datetime import date

from kehoach.calendar.commemorations import (
    SCOPE_NAMES,
    SCOPES,
    UNVERIFIED,
    Occasion,
    occasions,
    quarter_range,
)
from kehoach.calendar.lunar import (
    FIRST_YEAR,
    LAST_YEAR,
    LunarDate,
    day_name,
    lunar_to_solar,
    month_label,
    month_name,
    solar_to_lunar,
    year_name,
)
from kehoach.calendar.slogans import suggest
from kehoach.cli.calendar_draft import write_draft
from kehoach.document.dates import format_short, weekday_name
from kehoach.document.text import nfc
from kehoach.errors import InputError

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})(N?)[/.-](\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ROMAN = ("I", "II", "III", "IV")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="âm lịch, ngày kỷ niệm và khẩu hiệu",
        description=(
            "kehoach calendar lunar NGÀY... | kehoach calendar solar NGÀY_ÂM... [--leap] | "
            "kehoach calendar NĂM [--quarter N] [--scope PHẠM_VI] | "
            "kehoach calendar NĂM [--quarter N] --profile HỒ_SƠ -o DỰ_THẢO.yaml"
        ),
    )
    parser.add_argument(
        "target",
        nargs="?",
        help='"lunar" (dương -> âm), "solar" (âm -> dương) hoặc một năm (mặc định: năm nay)',
    )
    parser.add_argument(
        "dates", nargs="*", help="ngày: 10/02/2024, 10/2/2024, 2024-02-10; - đọc từ stdin"
    )
    parser.add_argument("--json", action="store_true", help="xuất JSON")
    parser.add_argument("--leap", action="store_true", help="(solar) ngày thuộc tháng nhuận")
    parser.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="chỉ một quý")
    parser.add_argument(
        "--scope", choices=SCOPES, help="phạm vi (mặc định national; có --profile: của hồ sơ)"
    )
    parser.add_argument(
        "--profile", help="hồ sơ đơn vị (YAML): lập dự thảo kế hoạch tuyên truyền cho các sự kiện"
    )
    parser.add_argument("-o", "--output", help="tệp YAML dự thảo ('-': in ra màn hình)")
    parser.add_argument(
        "--events", help="mã các sự kiện, cách nhau dấu phẩy (mặc định: các sự kiện chọn sẵn)"
    )
    parser.set_defaults(func=run, intermixed="dates")


def _parts(text: str) -> tuple[int, int, int, bool]:
    """(day, month, year, leap) of "10/02/2024", "10/2/2024", "2024-02-10", "1/6N/2025"."""
    text = nfc(text).strip()
    match = _DMY.fullmatch(text)
    if match:
        return int(match.group(1)), int(match.group(2)), int(match.group(4)), bool(match.group(3))
    match = _ISO.fullmatch(text)
    if match:
        return int(match.group(3)), int(match.group(2)), int(match.group(1)), False
    raise InputError(f"ngày không hợp lệ: {text!r} (viết 10/02/2024 hoặc 2024-02-10)")


def parse_solar(text: str) -> date:
    day, month, year, leap = _parts(text)
    if leap:
        raise InputError(f"ngày dương lịch không có tháng nhuận: {text.strip()!r}")
    try:
        value = date(year, month, day)
    except ValueError:
        raise InputError(f"ngày không tồn tại: {text.strip()!r}") from None
    return value


def parse_lunar(text: str, leap: bool = False) -> date:
    day, month, year, marked = _parts(text)
    try:
        return lunar_to_solar(year, month, day, leap or marked)
    except ValueError as error:
        raise InputError(f"ngày âm lịch không có: {text.strip()!r}: {error}") from None


def _inputs(values: list[str]) -> Iterator[str]:
    for value in values:
        if value == "-":
            for line in sys.stdin:
                if line.strip():
                    yield line.strip()
        else:
            yield value


def lunar_record(solar: date, lunar: LunarDate) -> dict[str, object]:
    """The JSON object of one conversion (the same shape both ways)."""
    return {
        "solar": solar.isoformat(),
        "year": lunar.year,
        "month": lunar.month,
        "day": lunar.day,
        "leap": lunar.leap,
        "year_name": year_name(lunar.year),
        "month_name": month_name(lunar.year, lunar.month),
        "day_name": day_name(solar),
    }


def _describe(solar: date, lunar: LunarDate) -> str:
    return (
        f"{format_short(solar)} ({weekday_name(solar)}) = ngày {lunar.day:02d} {month_label(lunar.month, lunar.leap)}"
        f" năm {year_name(lunar.year)} (âm lịch {lunar}); ngày {day_name(solar)},"
        f" tháng {month_name(lunar.year, lunar.month)}"
    )


def _convert(args: argparse.Namespace, to_lunar: bool) -> int:
    if not args.dates:
        raise InputError("thiếu ngày cần đổi (hoặc - để đọc từ stdin)")
    if args.quarter is not None or args.scope is not None:
        raise InputError("--quarter và --scope chỉ dùng với một năm")
    if args.profile or args.output or args.events:
        raise InputError("--profile, -o và --events chỉ dùng với một năm")
    if to_lunar and args.leap:
        raise InputError("--leap chỉ dùng với calendar solar")
    status = 0
    for text in _inputs(args.dates):
        try:
            solar = parse_solar(text) if to_lunar else parse_lunar(text, args.leap)
            lunar = solar_to_lunar(solar)
        except (InputError, ValueError) as error:
            print(f"kehoach: {error}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps(lunar_record(solar, lunar), ensure_ascii=False))
        else:
            print(_describe(solar, lunar))
        sys.stdout.flush()
    return status


def occasion_record(occasion: Occasion) -> dict[str, object]:
    c = occasion.commemoration
    lunar = occasion.lunar
    return {
        "id": c.id,
        "name": c.name,
        "date": occasion.date.isoformat(),
        "lunar": {"year": lunar.year, "month": lunar.month, "day": lunar.day, "leap": lunar.leap},
        "count": occasion.count,
        "class": occasion.anniversary_class,
        "phrase": occasion.phrase,
        "kind": c.kind,
        "scope": c.scope,
        "calendar": c.calendar,
        "verified": c.verified,
        "approximate": occasion.approximate,
        "sources": list(c.sources),
    }


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]


def _year_view(args: argparse.Namespace, target: str | None) -> int:
    if args.dates:
        raise InputError(f"thừa tham số: {' '.join(args.dates)}")
    if args.leap:
        raise InputError("--leap chỉ dùng với calendar solar")
    if target is None:
        year = date.today().year
    elif target.isdigit():
        year = int(target)
    else:
        raise InputError(f'không hiểu "{target}": dùng lunar, solar hoặc một năm (ví dụ 2025)')
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"năm {year} ngoài phạm vi lịch âm {FIRST_YEAR}-{LAST_YEAR}")
    if args.profile or args.output or args.events:
        if not (args.profile and args.output):
            raise InputError("lập dự thảo cần cả --profile HỒ_SƠ và -o TỆP.yaml")
        return write_draft(year, args.quarter, args.profile, args.output, args.events, args.scope)
    args.scope = args.scope or "national"
    start, end = quarter_range(year, args.quarter)
    found = occasions(start, end, args.scope)
    slogans = suggest(found, args.scope, year)
    if args.json:
        document = {
            "year": year,
            "quarter": args.quarter,
            "scope": args.scope,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "occasions": [occasion_record(o) for o in found],
            "slogans": [
                {"text": s.text, "occasion": s.occasion, "source": s.source} for s in slogans
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    period = f"quý {_ROMAN[args.quarter - 1]} năm {year}" if args.quarter else f"năm {year}"
    scope = SCOPE_NAMES[args.scope] + (
        "" if args.scope == "national" else " (gồm các ngày toàn quốc)"
    )
    print(f"Ngày kỷ niệm {period}, phạm vi {scope}:")
    rows = [["Ngày", "Âm lịch", "Sự kiện", "Số năm", "Loại", ""]]
    for o in found:
        lunar = o.lunar
        day = f"{o.date.month:02d}/{o.date.year}" if o.approximate else format_short(o.date)
        rows.append(
            [
                day,
                f"{lunar.day:02d}/{lunar.month:02d}{'N' if lunar.leap else ''} {year_name(lunar.year)}",
                o.commemoration.name if o.count is not None else o.phrase,
                "" if o.count is None else str(o.count),
                o.anniversary_class or "",
                "" if o.commemoration.verified else f"({UNVERIFIED})",
            ]
        )
    for line in _table(rows):
        print(line)
    print()
    print("Khẩu hiệu gợi ý:")
    for number, slogan in enumerate(slogans, start=1):
        print(f"{number}. {slogan.text}")
    return 0


def run(args: argparse.Namespace) -> int:
    target = args.target
    if target == "lunar":
        return _convert(args, to_lunar=True)
    if target == "solar":
        return _convert(args, to_lunar=False)
    return _year_view(args, target)
