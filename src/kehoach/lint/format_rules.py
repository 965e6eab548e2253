"""Format rules of the header and of names (Nghị định 30/2020/NĐ-CP, Phụ lục I and II).

Number line, place-and-date line, type/symbol agreement and capitalisation of names. A rule only
speaks when the element is present: seeds converted from office files lose parts of their header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, WARNING, Finding, rule
from kehoach.lint.scan import finditer_from, is_word_char, not_after
from kehoach.lint.words import words_of

_SYMBOL = re.compile(
    r"^(?P<num>\d*)(?P<sp1>[ \t]*)/(?P<sp2>[ \t]*)(?P<sym>[A-Za-zĐđƠơ0-9&.]+(?:[ \t]*[-/][ \t]*[A-Za-zĐđ0-9&.()]+)*)"
)


def _symbol_parts(document: LintDocument) -> re.Match[str] | None:
    match = document.number_match
    if not match or document.is_party:
        return None
    rest = match.group("rest").lstrip()
    return _SYMBOL.match(rest)


def _rest_offset(document: LintDocument) -> int:
    match = document.number_match
    assert match is not None
    rest = match.group("rest")
    return match.start("rest") + len(rest) - len(rest.lstrip())


@rule(
    "number-format",
    "format",
    ERROR,
    'Số, ký hiệu: "Số: 05/KH-UBND" (số dưới 10 thêm số 0, không có dấu cách, không có năm trong ký hiệu)',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3",
)
def number_format(document: LintDocument) -> Iterator[Finding]:
    match = document.number_match
    if not match or document.is_party:
        return
    if not match.group("colon"):
        yield document.finding(
            "number-format",
            match.start(),
            'Thiếu dấu hai chấm sau chữ "Số": viết "Số: 05/KH-UBND".',
            "Số:",
        )
    parts = _symbol_parts(document)
    if not parts:
        return
    offset = _rest_offset(document)
    number, symbol = parts.group("num"), parts.group("sym")
    compact = re.sub(r"[ \t]+", "", symbol)
    if len(number) == 1:
        yield document.finding(
            "number-format",
            offset,
            f'Số văn bản nhỏ hơn 10 phải thêm số 0 phía trước: "0{number}".',
            f"0{number}/{symbol}",
        )
    if number and (parts.group("sp1") or parts.group("sp2")):
        yield document.finding(
            "number-format",
            offset,
            'Không để dấu cách quanh dấu "/" giữa số và ký hiệu.',
            f"{number}/{compact}",
        )
    elif re.search(r"[ \t]", symbol):
        yield document.finding(
            "number-format",
            offset,
            "Không để dấu cách trong ký hiệu văn bản.",
            f"{number}/{compact}",
        )
    year = re.match(r"(\d{4})/", symbol)
    if year and document.doc_type == "KH":
        yield document.finding(
            "number-format",
            offset,
            f'Ký hiệu kế hoạch không có năm ("{year.group(1)}/"): năm trong ký hiệu là của văn bản quy phạm pháp luật.',
            f"{number}/{symbol[len(year.group(0)) :]}",
        )


@rule(
    "doc-type-symbol",
    "format",
    ERROR,
    "Chữ viết tắt tên loại trong ký hiệu phải khớp tên loại văn bản (KẾ HOẠCH → KH)",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.b và Phụ lục III, mục I",
)
def doc_type_symbol(document: LintDocument) -> Iterator[Finding]:
    expected = document.doc_type
    match = document.number_match
    if not expected or not match:
        return
    rest = match.group("rest").strip()
    if document.is_party:  # "Số 42-KH/ĐU": the type follows the number's hyphen
        party = re.match(r"\d*\s*-\s*([A-Za-zĐđ]+)/", rest)
        written = party.group(1) if party else None
    else:
        parts = _symbol_parts(document)
        written = re.split(r"[-/ \t]", parts.group("sym"))[0] if parts else None
    if written is None or written == expected or "-" not in rest:
        return
    yield document.finding(
        "doc-type-symbol",
        _rest_offset(document),
        f'Ký hiệu bắt đầu bằng "{written}" nhưng tên loại văn bản là {expected}: viết "{expected}-…".',
        expected,
    )


@rule(
    "date-line",
    "format",
    ERROR,
    'Địa danh, ngày tháng năm: "Hải Phòng, ngày 05 tháng 02 năm 2024" (ngày dưới 10 và tháng 1, 2 thêm số 0)',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4",
)
def date_line(document: LintDocument) -> Iterator[Finding]:
    match = document.date_match
    if not match:
        return
    if not match.group("comma"):
        yield document.finding(
            "date-line",
            match.end("place"),
            'Thiếu dấu phẩy sau địa danh: "Hải Phòng, ngày …".',
            ",",
        )
    day, month = match.group("day"), match.group("month")
    if day and len(day) == 1 and day != "0":
        yield document.finding(
            "date-line",
            match.start("day"),
            f'Ngày dưới 10 phải thêm số 0: "ngày 0{day}".',
            f"0{day}",
        )
    if month and len(month) == 1 and month in "12":
        yield document.finding(
            "date-line",
            match.start("month"),
            f'Tháng {month} phải viết "tháng 0{month}".',
            f"0{month}",
        )
    if month and len(month) == 2 and month[0] == "0" and month[1] in "3456789":
        yield document.finding(
            "date-line",
            match.start("month"),
            f'Tháng {month[1]} viết "tháng {month[1]}" (chỉ tháng 1, 2 thêm số 0).',
            month[1],
            WARNING,
        )


# --- capitalisation (Phụ lục II) ---

NAMES = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Mặt trận Tổ quốc",
    "Quân đội nhân dân",
    "Công an nhân dân",
    "Tòa án nhân dân",
    "Viện kiểm sát nhân dân",
    "Đảng Cộng sản Việt Nam",
)


def _name_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The name with its first word capitalised, the other words in any case: one pattern for each way
    of writing the first word, so that each starts with a literal the engine jumps to."""
    words = name.split()
    firsts = {"Ủy": "Ủy Uỷ ỦY UỶ", "Tòa": "Tòa Toà TÒA TOÀ"}.get(
        words[0], f"{words[0]} {words[0].upper()}"
    )
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    return tuple(re.compile(rf"{first}(?i:\s+{rest})(?!\w)") for first in firsts.split())


# (name, the words after the first, lower case: a match holds them side by side, patterns)
_NAME_PATTERNS = tuple(
    (name, " ".join(name.lower().split()[1:]), _name_patterns(name)) for name in NAMES
)
_SPECIAL = re.compile(r"(?<=[a-zđà-ỹ,] )(Nhân Dân|Nhà Nước)\b")
_VIET_NAM = re.compile(r"Việt[ \t]+nam\b")  # after no letter or digit (kehoach.lint.scan)


def _capitals(words: list[str]) -> list[bool]:
    return [w[:1].isupper() for w in words]


@rule(
    "capitalisation",
    "format",
    ERROR,
    'Viết hoa tên cơ quan, tổ chức: "Ủy ban nhân dân", không "Ủy ban Nhân dân"; "Nhân dân", "Nhà nước"',
    "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II.1 và II.3",
)
def capitalisation(document: LintDocument) -> Iterator[Finding]:
    words = words_of(document)
    for name, rest, patterns in _NAME_PATTERNS:
        if not words.has(rest):
            continue  # the name is not in the text in any case
        canonical = name.split()
        found = (match for pattern in patterns for match in pattern.finditer(document.text))
        for match in sorted(found, key=lambda m: m.start()):
            written = match.group(0).split()
            if match.group(0).isupper() or not written[0][:1].isupper():
                continue
            if _capitals(written) == _capitals(canonical):
                continue
            right = " ".join([written[0], *canonical[1:]])
            yield document.finding(
                "capitalisation",
                match.start(),
                f'Viết "{right}": trong tên cơ quan, tổ chức chỉ viết hoa chữ đầu và tên riêng, không viết "{" ".join(written)}".',
                right,
            )
    viet_nam = (
        finditer_from(_VIET_NAM, document.text, ("Việt",), not_after(document.text, is_word_char))
        if words.has("việt nam")
        else ()
    )
    for match in viet_nam:
        yield document.finding(
            "capitalisation",
            match.start(),
            'Tên riêng viết "Việt Nam", không "Việt nam".',
            "Việt Nam",
        )
    text = document.text
    specials = (
        "Nhân Dân" in text or "Nhà Nước" in text
    )  # a lookbehind is slow: search only if present
    for match in _SPECIAL.finditer(text) if specials else ():
        right = match.group(1)[:4] + match.group(1)[4:].lower()
        yield document.finding(
            "capitalisation",
            match.start(),
            f'Viết "{right}" (danh từ đặc biệt chỉ viết hoa chữ đầu), không "{match.group(1)}".',
            right,
        )
