"""Format rules of the closing block: Nơi nhận, the Lưu line, the signature block.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7 (thẩm quyền ký) and II.9 (nơi nhận).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, WARNING, Finding, rule
from kehoach.lint.scan import finditer_from, is_word_char, not_after
from kehoach.read.closing import find_closing_start, read_closing
from kehoach.read.text import clean_lines

_COLUMNS = re.compile(r"\t+|[ \t]{3,}")
_TABLE_RULE = re.compile(r"^[ \t]*[-:=+]{3,}[-:=+ \t]*$")  # "|---|---|" once its bars are tabs
_ITEM = re.compile(r"^[ \t]*[-–+•][ \t]*\S")
_ARCHIVE = re.compile(r"^[ \t]*[-–+•]?[ \t]*Lưu\b[ \t]*(?P<colon>:?)[ \t]*(?P<codes>.*)$")
_LABEL = re.compile(r"^[ \t]*Nơi[ \t]+nhận[ \t]*(?P<colon>:?)")
_DEGREE = re.compile(
    r"^[ \t]*(?P<degree>GS|PGS|TS|ThS|Ths|BS|KS|TSKH)\.?[ \t]+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,5})[ \t]*$"
)
_SIGNING_FIRST = frozenset("GPTBKQ")  # the first letters _DEGREE and _SIGNATURE can start with
_SIGNATURE = re.compile(
    r"^[ \t]*(?P<abbr>T/M|K/T|T/L|TM|KT|TL|TUQ|Q)(?P<sep>[ \t]*[./:]?)[ \t]+(?P<rest>\S.*)$"
)


@dataclass
class Item:
    """One recipient item: its first line (0-based) and its text, continuation lines joined."""

    index: int
    text: str


def recipient_items(document: LintDocument) -> tuple[list[Item], Item | None]:
    """The items of Nơi nhận and the Lưu item (None if there is none)."""
    start = document.recipients_index
    if start is None:
        return [], None
    items: list[Item] = []
    # a table row holds the whole list: "| Nơi nhận:<br>- Sở ...;<br>- Lưu: VT. | TM. ... |"
    for piece in _COLUMNS.split(document.plain[start].strip())[1:]:
        piece = piece.strip()
        if _ARCHIVE.match(piece):
            return items, Item(start, piece)
        if _ITEM.match(piece):
            items.append(Item(start, piece))
    if items:
        return items, None
    blank_run = 0
    for index in range(start + 1, min(len(document.plain), start + 60)):
        # the left column only, where the signature's column runs beside it (tabs, pdftotext)
        line = _COLUMNS.split(document.plain[index].strip())[0]
        if _TABLE_RULE.match(line):
            continue
        if not line.strip():
            blank_run += 1
            if blank_run >= 3 and items:
                break
            continue
        blank_run = 0
        if _ARCHIVE.match(line):
            archive = Item(index, line.strip())
            for follow in range(index + 1, min(len(document.plain), index + 3)):
                nxt = document.plain[follow].strip()
                if not nxt or _ITEM.match(nxt) or _SIGNATURE.match(nxt) or nxt.isupper():
                    break
                if not re.search(r"[.;]$", archive.text):
                    archive.text += " " + nxt
            return items, archive
        if _ITEM.match(line):
            items.append(Item(index, line.strip()))
        elif (
            items
            and not items[-1].text.rstrip().endswith(";")
            and not _SIGNATURE.match(line)
            and not line.strip().isupper()
        ):  # a wrapped item: "- Bộ Nông nghiệp và Môi trường (để" / "b/c);"
            items[-1].text += " " + line.strip()
        elif items:
            break
    return items, None


@rule(
    "recipients",
    "format",
    ERROR,
    'Nơi nhận: nhãn "Nơi nhận:" có dấu hai chấm; mỗi dòng bắt đầu bằng "-" và kết thúc bằng ";"',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.d",
)
def recipients(document: LintDocument) -> Iterator[Finding]:
    start = document.recipients_index
    if start is None:
        if is_whole_document(document):
            yield document.document_finding(
                "recipients",
                'Văn bản thiếu phần "Nơi nhận:" (thành phần bắt buộc của thể thức, Nghị định '
                "30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, mục II.9): thêm dưới nội dung, "
                'bên trái chữ ký, kết thúc bằng "- Lưu: VT, …".',
                "Nơi nhận:",
            )
        return
    label = _LABEL.match(document.plain[start])
    if label and not label.group("colon"):
        yield document.line_finding(
            "recipients", start, 'Thiếu dấu hai chấm: viết "Nơi nhận:".', "Nơi nhận:"
        )
    items, _ = recipient_items(document)
    # Party documents (Hướng dẫn 36-HD/VPTW) end each recipient with a comma.
    ends = r"[;,]" if document.is_party else ";"
    for number, item in enumerate(items):
        text = item.text.rstrip()
        if re.search(ends + r"(?:[ \t]*\([^()]*\))?$", text):
            continue
        following = items[number + 1].text if number + 1 < len(items) else ""
        if text.endswith(":") and following.startswith("+"):  # "- VP UBND tỉnh:" then "+ …;" items
            continue
        yield document.line_finding(
            "recipients",
            item.index,
            'Dòng nơi nhận kết thúc bằng dấu phẩy ",": thay bằng dấu chấm phẩy ";".'
            if text.endswith(",")
            else 'Mỗi dòng nơi nhận kết thúc bằng dấu chấm phẩy ";".',
            re.sub(r"[.,:;]*$", "", text) + ";",
        )


# (the opening \b is tested in unit_codes: see kehoach.lint.scan)
_UNIT = re.compile(
    r"(?:Phòng|Văn phòng|Ban|Trung tâm)\s+((?:[^\W\d_]+(?:\s*-\s*|\s+)){0,6}[^\W\d_]+)"
)
_UNIT_HEADS = ("Phòng", "Văn phòng", "Ban", "Trung tâm")  # what _UNIT starts with
_PLACE_WORDS = frozenset(
    [
        "phường",
        "quận",
        "huyện",
        "xã",
        "tỉnh",
        "thành",
        "thị",
        "trên",
        "của",
        "thuộc",
        "các",
        "tại",
        "trong",
        "quận,",
    ]
)


def is_whole_document(document: LintDocument) -> bool:
    """A whole issued document (its header has "Số: …" and a tên loại), not a fragment or a form.

    Only there is a missing closing part a defect: a paragraph pasted for checking has none.
    """
    return (
        document.number_match is not None
        and document.doc_type is not None
        and len(document.plain) >= 20
    )


def unit_codes(document: LintDocument) -> set[str]:
    """Abbreviations of the units a plan names: "Phòng Văn hóa - Xã hội phường" -> "VHXH"."""
    codes: set[str] = set()
    keep = not_after(document.text, is_word_char)
    for match in finditer_from(_UNIT, document.text, _UNIT_HEADS, keep):
        letters = ""
        words = re.split(r"[\s-]+", match.group(1))
        for index, word in enumerate(words):
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            if word.lower() in _PLACE_WORDS and not (word.lower() == "xã" and following == "hội"):
                break
            if word.lower() != "và":
                letters += word[0].upper()
        if len(letters) >= 2:
            codes.add(letters)
    return codes


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@rule(
    "archive-line",
    "format",
    ERROR,
    'Dòng cuối nơi nhận: "- Lưu: VT, <đơn vị soạn thảo>." kết thúc bằng dấu chấm',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.d và Phụ lục III, Mẫu 1.4",
)
def archive_line(document: LintDocument) -> Iterator[Finding]:
    if document.recipients_index is None:
        return
    _, archive = recipient_items(document)
    if archive is None:
        yield document.line_finding(
            "archive-line",
            document.recipients_index,
            'Nơi nhận thiếu dòng "- Lưu: VT, <đơn vị soạn thảo>." (bản lưu tại Văn thư và đơn vị soạn thảo).',
            "- Lưu: VT.",
        )
        return
    match = _ARCHIVE.match(archive.text)
    assert match is not None
    codes = match.group("codes").strip()
    core = re.sub(r"[.;,/ ]*$", "", codes)
    if document.is_party:  # "- Lưu Văn phòng Đảng ủy." (Hướng dẫn 36-HD/VPTW): only the final dot
        if not codes.endswith(".") or codes.endswith("/."):
            yield document.line_finding(
                "archive-line",
                archive.index,
                'Dòng "Lưu" phải kết thúc bằng một dấu chấm ".".',
                f"- Lưu {core}.",
            )
        return
    # every problem of the line is told, and all of them share one corrected line as the suggestion
    problems: list[tuple[str, str]] = []  # (message, severity)
    if not match.group("colon"):
        problems.append(('Thiếu dấu hai chấm: viết "- Lưu: VT, …".', ERROR))
    if not codes.endswith(".") or codes.endswith("/.") or codes.endswith(".."):
        tail = codes[len(core) :]
        problems.append(
            (
                'Dòng "Lưu" phải kết thúc bằng một dấu chấm "."'
                + (f', không "{tail}".' if tail else "."),
                ERROR,
            )
        )
    parts = [part for part in re.split(r"\s*,\s*", core) if part]
    fixed = list(parts)
    known: set[str] | None = None  # the plan's unit codes, read only when a code needs them
    for position, code in enumerate(parts[1:], 1):
        plain = code.replace("&", "").replace(" ", "")
        if not plain.isalpha() or (len(plain) < 3 and " " not in code.strip()):
            continue  # a short code cannot be one letter off a unit's; nothing to compare
        known = unit_codes(document) if known is None else known
        if plain in known:
            continue
        close = sorted(c for c in known if len(plain) >= 3 and _one_edit_apart(plain, c))
        if " " in code.strip() or close:
            problems.append(
                (
                    f'Mã đơn vị "{code}" trong dòng Lưu'
                    + (
                        f" khác tên viết tắt của đơn vị trong văn bản ({', '.join(close)})"
                        if close
                        else " có dấu cách"
                    )
                    + "; kiểm tra lại.",
                    WARNING,
                )
            )
            fixed[position] = close[0] if close else plain
    if not any(is_clerk_code(part) for part in parts):
        problems.append(
            ('Dòng "Lưu" ghi Văn thư trước: "- Lưu: VT, <đơn vị soạn thảo>.".', WARNING)
        )
        fixed.insert(0, "VT")
    if not problems:
        return
    severity = ERROR if any(level == ERROR for _, level in problems) else WARNING
    yield document.line_finding(
        "archive-line",
        archive.index,
        " ".join(message for message, _ in problems),
        f"- Lưu: {', '.join(fixed)}.",
        severity,
    )


def is_clerk_code(code: str) -> bool:
    """The Văn thư's code: "VT", or a code built on it ("VTMT", "VT-UBND", "VT.VP")."""
    letters = re.sub(r"[^A-ZĐ]", "", code.strip().upper())
    return letters.startswith("VT") or letters.endswith("VT")


@rule(
    "signature-block",
    "format",
    ERROR,
    "Thẩm quyền ký viết TM., KT., Q., TL., TUQ. (chữ in hoa, dấu chấm) và chức vụ viết in hoa",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.b và II.7.đ",
)
def signature_block(document: LintDocument) -> Iterator[Finding]:
    yield from _missing_name(document)
    if document.is_party:  # T/M, K/T are right in Party documents (Hướng dẫn 36-HD/VPTW)
        return
    first = max(0, len(document.plain) - 80)
    for index in range(first, len(document.plain)):
        line = document.plain[index]
        if line.lstrip(" \t")[:1] not in _SIGNING_FIRST:
            continue  # neither a degree ("TS.") nor a signing authority ("TM.", "KT.", "Q.") starts it
        degree = _DEGREE.match(line)
        if degree:
            yield document.line_finding(
                "signature-block",
                index,
                f'Không ghi học hàm, học vị "{degree.group("degree")}." trước họ tên người ký '
                "(trừ ngành được người đứng đầu cho phép).",
                degree.group("name"),
                WARNING,
            )
            continue
        match = _SIGNATURE.match(line)
        if not match or len(line.strip()) > 60:
            continue
        abbr, sep, rest = (
            match.group("abbr"),
            match.group("sep").strip(),
            match.group("rest").strip(),
        )
        letters = [c for c in rest if c.isalpha()]
        if not letters or (abbr == "Q" and sep != "."):
            continue
        offset = document.starts[index] + match.start("abbr")
        plain_abbr = abbr.replace("/", "")
        if "/" in abbr:
            yield document.finding(
                "signature-block",
                offset,
                f'Văn bản hành chính viết "{plain_abbr}.", không "{abbr}" (kiểu văn bản của Đảng).',
                f"{plain_abbr}. {rest}",
            )
        elif sep != ".":
            yield document.finding(
                "signature-block",
                offset,
                f'Sau "{abbr}" phải có dấu chấm: "{abbr}. {rest}".',
                f"{abbr}. {rest}",
            )
        if sum(c.isupper() for c in letters) < len(letters) * 0.8:
            yield document.finding(
                "signature-block",
                document.starts[index] + match.start("rest"),
                f'Quyền hạn, chức vụ của người ký viết in hoa: "{rest.upper()}".',
                rest.upper(),
            )


def _missing_name(document: LintDocument) -> Iterator[Finding]:
    """A signature block with the signer's post but no name under it (Phụ lục I, mục II.7.đ)."""
    recipients = document.recipients_index
    if recipients is None:
        return
    start = max(0, recipients - 10)  # a web page prints the signature above Nơi nhận
    lines = clean_lines(document.lines[start : recipients + 60], document.kind == "docx")
    closing = find_closing_start(lines, 0)
    signature = read_closing(lines, closing).signature if closing is not None else None
    if signature is None:
        if is_whole_document(document):
            yield document.document_finding(
                "signature-block",
                "Không thấy phần chữ ký (quyền hạn, chức vụ và họ tên người ký) sau nội dung "
                "(Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g; Phụ lục I, mục II.7).",
            )
        return
    post = signature.title or signature.head
    if signature.name or not post:
        return
    index = next(
        (line.index for line in reversed(lines) if post in line.text.upper()), lines[0].index
    )
    number = document.number_match  # a draft ("Số: /KH-UBND") may leave the name for later
    yield document.line_finding(
        "signature-block",
        start + index,
        f'Thiếu họ và tên người ký dưới chức vụ "{post}" '
        "(Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.đ).",
        None,
        ERROR if number and re.match(r"\s*\d", number.group("rest")) else WARNING,
    )
