"""From the lines of a file to clean lines and logical paragraphs.

Real plans reach us with stray markdown ("## KẾ HOẠCH", "**1. Mục đích**"), hard-wrapped lines from web
pages and PDFs ("I. MỤC ĐÍCH,\\nYÊU CẦU"), and sentences broken by a blank line ("những vấn\\n\\nđề").
The parser works on paragraphs; this module rebuilds them without inventing text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING_HASHES = re.compile(r"^\s{0,3}#{1,6}\s+")
_STARS = re.compile(r"\*+")
_FOOTNOTE_STAR = re.compile(r"\((\*+)\)")
_STAR_BULLET = re.compile(r"^\s*\*[ \t]+(?=[^\s*])")
_ESCAPES = re.compile(r"\\([-*_#.()\[\]!+])")
# A footnote's number glued to the word it annotates ("khoáng sản1", "Môi trường3:"): Vietnamese
# words never end in a digit; units of measure (m2, km2) and names with digits (COVID-19) are kept.
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_GLUED_FOOTNOTE = re.compile(
    rf"(?<![\w-])([A-ZĐÀ-Ỹa-zđ{_LOWER}]*[{_LOWER}]{{2}})([0-9]{{1,2}})(?=[\s,.;:)]|$)"
)
_GLUED_HINT = re.compile(rf"[{_LOWER}][0-9]")
# In UTF-8 a lower-case letter ends in a-z or a continuation byte (0x80-0xBF): the text's bytes mapped
# to "a" (such a byte), "0" (a digit) or " " hold "a0" wherever the text may hold a glued number.
_LETTER_DIGIT = bytes(
    ord("a") if 0x61 <= b <= 0x7A or 0x80 <= b <= 0xBF else ord("0") if 0x30 <= b <= 0x39 else 32
    for b in range(256)
)
_MEASURES = frozenset(["km", "cm", "mm", "dm", "covid"])
_SEPARATOR = re.compile(r"^[-_=*.…·\s]{3,}$|^\*(\s*\*)+$")

# A block starts with one of these markers: the parser's units of structure.
MARKER = re.compile(
    r"^(?:[IVXLC]{1,6}\s*(?:[.:)]|[/\-–](?=\s))\s|\d{1,2}[./]\s|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|\d{1,2}\)\s|\(\d{1,2}\)\s|"
    r"[a-zđ]\s*[).]\s|[-–—+•●▪∙]\s*|\*\s|Điều\s+\d+\.?\s)"
)
_TERMINAL = (".", ";", "!", "?", ":", "./.", "/.")


def _collapse(text: str) -> str:
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def _unglue(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if word.lower() in _MEASURES else word


def has_glued_numbers(text: str) -> bool:
    """Whether a lower-case letter is followed by a digit somewhere in `text` (a footnote's number
    may be glued there). Bytes are looked at first: a C-speed filter ahead of the regex."""
    if b"a0" not in text.encode("utf-8", "surrogatepass").translate(_LETTER_DIGIT):
        return False
    return _GLUED_HINT.search(text) is not None


def strip_footnote_marks(text: str) -> str:
    """ "khoáng sản1 năm 2026" -> "khoáng sản năm 2026"."""
    if not _GLUED_HINT.search(text):  # most lines have no digit right after a letter
        return text
    return _GLUED_FOOTNOTE.sub(_unglue, text)


def strip_markup(line: str, footnotes: bool = True) -> str:
    """The line without markdown emphasis and heading marks, whitespace collapsed (input is NFC);
    without glued footnote numbers unless the caller knows there are none (`footnotes`)."""
    text = strip_footnote_marks(line) if footnotes else line
    if "#" in text:
        text = _HEADING_HASHES.sub("", text)
    if "\\" in text:
        text = _ESCAPES.sub(r"\1", text)
    if "*" in text:
        bullet = _STAR_BULLET.match(text)
        if bullet:  # "* Mục đích: ..." is a point marked with a star: the star stays
            return "* " + strip_markup(text[bullet.end() :], footnotes=False)
        text = _FOOTNOTE_STAR.sub(lambda m: "(" + "\x00" * len(m.group(1)) + ")", text)
        text = _STARS.sub("", text).replace("\x00", "*")
    return _collapse(text)


_PAGE_NUMBER = re.compile(r"\s*[-–]?\s*\d{1,3}\s*[-–]?\s*")


def _is_page_number(piece: str, paged: bool) -> bool:
    if not _PAGE_NUMBER.fullmatch(piece):
        return False
    return paged or len(piece) - len(piece.lstrip()) >= 20


_TABLE_RULE = re.compile(r"^[\s|+:=-]+$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _markdown_pieces(entry: str) -> list[str]:
    """A markdown table row ("| ỦY BAN NHÂN DÂN<br>PHƯỜNG X | CỘNG HÒA ... |") read cell after cell,
    line after line, as a .docx table is; "<br>" breaks a line."""
    if entry.lstrip().startswith(("|", "+")) and "|" in entry:
        if _TABLE_RULE.match(entry):
            return [""]
        cells = [cell for cell in entry.strip().strip("|").split("|") if cell.strip()]
        return [line for cell in cells for line in _BR.split(cell)] or [""]
    return _BR.split(entry)


def is_separator(text: str) -> bool:
    """A rule or decoration line ("-------", "* *", "___")."""
    if text[:1].isalnum():
        return False
    return bool(_SEPARATOR.match(text)) and not any(c.isalnum() for c in text)


@dataclass(slots=True)
class Line:
    """A clean, non-empty line with where it came from."""

    text: str
    index: int  # 0-based index into Source.lines
    blank_before: bool  # a blank line (or a paragraph end) separates it from the previous line
    hard: bool = False  # starts a paragraph for sure (a .docx paragraph)
    raw: str = ""  # the line before collapsing whitespace (column gaps in headers)


def clean_lines(
    raw_lines: list[str],
    hard_paragraphs: bool,
    leads: list[str | None] | None = None,
    paged: bool = False,
) -> list[Line]:
    """Non-empty clean lines. With `hard_paragraphs` (docx), each entry is a paragraph and each
    "\\n" inside it a line break; otherwise each entry is a line. Page numbers alone on a line (a PDF,
    `paged`, or far indented as pdftotext centres them) are left out."""
    out: list[Line] = []
    blank = True
    # One look at the whole text spares a look at every line in the many documents without any
    # footnote number, markdown mark or table row.
    whole = "\n".join(raw_lines)
    footnotes = has_glued_numbers(whole)
    # (a .docx run-in heading is marked with "**" below)
    present = "".join(m for m in "#\\*\u200b" if m in whole or (m == "*" and leads))
    marks = re.compile(f"[{re.escape(present)}]") if present else None
    rows = not hard_paragraphs and ("|" in whole or "<" in whole)
    if not (hard_paragraphs or leads or rows or footnotes or marks):
        return _plain_lines(raw_lines, paged)
    for index, entry in enumerate(raw_lines):
        if not hard_paragraphs and (not entry or entry.isspace()):
            blank = True  # the many blank lines of a text file, skipped before any work
            continue
        pieces = entry.split("\n") if hard_paragraphs else [entry]
        lead = leads[index] if leads else None
        if lead and pieces[0].startswith(lead):
            # Mark a .docx run-in heading the way markdown does, for the section reader.
            pieces[0] = f"**{lead}**{pieces[0][len(lead) :]}"
        if rows and ("|" in entry or "<" in entry):
            pieces = _markdown_pieces(entry)
        first = True
        for piece in pieces:
            if footnotes or (marks is not None and marks.search(piece) is not None):
                text = strip_markup(piece, footnotes)
            else:  # the common plain line: only its whitespace to collapse
                text = " ".join(piece.split())
            if (
                not text
                or (not text[0].isalnum() and is_separator(text))
                or (len(text) <= 9 and _is_page_number(piece, paged))
            ):
                blank = True
                continue
            raw = _HEADING_HASHES.sub("", piece) if "#" in piece else piece
            out.append(Line(text, index, blank, hard_paragraphs and first, raw))
            blank = False
            first = False
        if hard_paragraphs:
            blank = True
    return out


def _plain_lines(raw_lines: list[str], paged: bool) -> list[Line]:
    """clean_lines for the most common text: lines with no markup, table row or footnote number, so
    collapsing white space is all there is to do."""
    out: list[Line] = []
    blank = True
    for index, entry in enumerate(raw_lines):
        text = " ".join(entry.split())
        if (
            not text
            or (not text[0].isalnum() and is_separator(text))
            or (len(text) <= 9 and _is_page_number(entry, paged))
        ):
            blank = True
            continue
        out.append(Line(text, index, blank, False, entry))
        blank = False
    return out


_SENTENCE_ENDS = (*_TERMINAL, "!”", ".”", '!"', '."', ")!", ".)")


# Words a paragraph cannot end with: a line ending with one was cut ("kỷ niệm 110 năm" + "Ngày sinh ...").
_OPEN_WORDS = frozenset(
    [
        "của",
        "và",
        "các",
        "những",
        "năm",
        "về",
        "với",
        "cho",
        "trong",
        "để",
        "là",
        "số",
        "theo",
        "tại",
        "từ",
        "đến",
        "hoặc",
        "có",
        "được",
        "bởi",
        "như",
        "ngày",
        "tháng",
        "thuộc",
        "trên",
        "dưới",
        "giữa",
        "vào",
        "ra",
        "mà",
        "thì",
        "nhằm",
        "gồm",
    ]
)


def _open_end(text: str, comma: bool = True) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return last in _OPEN_WORDS or (comma and text.endswith(","))


_BARE_ROMAN = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\s*\.$")
_ROMAN_START = re.compile(r"^[IVXL]{1,6}\s*\.\s")


_ORG_END = re.compile(
    r"\s(?:Sở|Bộ|Ban|Phòng|Cục|Ủy ban|Uỷ ban|Trung tâm|Văn phòng|Chi cục|Bộ Chỉ huy|Hải quan|Kho bạc|"
    r"Thanh tra|Công an|Ngân hàng|Báo|Đài|Hội|Liên đoàn|Tỉnh đoàn|UBND)$"
)
_HEADING_LIKE = re.compile(r"^(?:[IVXL]{1,6}\s*\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+\S")
# "6. Sở Ngoại" + "Vụ: chủ trì ...": a unit's name cut before its last words, then the colon.
_UNIT_HEADING = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?:Sở|Phòng|Ban|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|Bộ|Cục|Chi cục|Công an|"
    r"Đài|Báo|Hội|Liên đoàn|Viện|Trường)\s[^:]*$"
)
_NAME_TAIL = re.compile(
    r"^(?!(?:Chủ trì|Phối hợp|Nhiệm vụ|Thời gian|Nội dung|Kinh phí|Đơn vị|Địa điểm|Thành phần|Hình thức|"
    r"Mục đích|Yêu cầu|Lưu ý|Ghi chú)\b)[A-ZĐÀ-Ỹ][^\s:]*(?:\s[^\s:]+){0,2}\s*:"
)


# The first characters a MARKER can start with: a line starting otherwise needs no regex.
_MARKER_FIRST = frozenset("IVXLC0123456789(abcdefghijklmnopqrstuvwxyzđ-–—+•●▪∙*Đ")


def _continues(prev: Line, line: Line, width: int, first: bool = False) -> bool:
    """Whether `line` continues the paragraph that `prev` ends.

    `width` is the wrapping width of a hard-wrapped text (0 if it is not); `first` says `prev` is the
    first line of its paragraph.
    """
    before = prev.text
    text = line.text
    if len(before) <= 13 and before[-1] == "." and _BARE_ROMAN.match(before):
        return True  # "I." + "ĐÁNH GIÁ TÌNH HÌNH", "1." + "Sở Y tế:" (a web page's table cells)
    broken = line.hard or line.blank_before
    if "(" in before and not broken and before.count("(") > before.count(")"):
        return True  # "(13/5/1955" + "- 13/5/2025)": a bracket left open goes on
    if text[0] in _MARKER_FIRST and MARKER.match(text):
        return False
    if (
        not broken
        and before[0] in "IVXL"
        and _ROMAN_START.match(before)
        and before.isupper()
        and text.isupper()
    ):
        return True  # "II. MỤC" + "TIÊU"
    if before[-1] == "-" and not before.endswith(" -") and text[0].isalnum():
        return True  # "số 17-" + "CTr/TU"
    if text[0].islower() and not before.endswith((".", "!", "?", "…", "./.")):
        return True  # a line starting in lower case goes on unless a sentence ended (";" does not)
    if before.endswith(_SENTENCE_ENDS):
        return False
    cut_short = len(before) > 60 or not broken
    if cut_short and before.rsplit(" ", 1)[-1] in _OPEN_WORDS and not text.isupper():
        return True
    if broken:
        return False
    if first and _UNIT_HEADING.match(before) and _NAME_TAIL.match(text):
        return True  # "6. Sở Ngoại" + "Vụ: chủ trì ..."
    if width <= 0:
        return False
    if first and _HEADING_LIKE.match(before) and _ORG_END.search(before):
        return True  # "1. Sở" + "Khoa học và Công nghệ"
    if first and not _HEADING_LIKE.match(before) and not before.isupper():
        return (
            True  # web pages break a paragraph's first line early: "Trên đây là Kế hoạch phát động"
        )
    # A hard-wrapped text (web page, PDF): a line continues when the previous one ran to the margin.
    if _open_end(before):
        return True
    if before.isupper() and not text.isupper():
        return False  # "II. NỘI DUNG, TIẾN ĐỘ" + "Các nội dung dưới đây ..."
    length = len(prev.raw.strip())
    if _HEADING_LIKE.match(before):
        return length >= 0.85 * width
    return length >= max(40, 0.6 * width)


def wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped text (web page, PDF) was wrapped at; 0 if its lines are paragraphs."""
    if len(lines) < 10 or lines[0].hard or any(line.hard for line in lines):
        return 0
    lengths = sorted([len(line.raw.strip()) for line in lines])
    runs = len(lines) - [line.blank_before for line in lines].count(True)
    top = lengths[int(len(lengths) * 0.9)]
    if top > 130 or runs <= len(lines) * 0.3:
        return 0
    return lengths[int(len(lengths) * 0.8)]


def is_wrapped(lines: list[Line]) -> bool:
    """A text hard-wrapped at a fixed width (web page, PDF): paragraphs run over several lines."""
    return wrap_width(lines) > 0


def join(prev: str, text: str) -> str:
    if prev.endswith("-") and not prev.endswith(" -") and not text[:1].islower():
        return prev + text
    return f"{prev} {text}"


@dataclass(slots=True)
class Block:
    """A logical paragraph: its text and the index of its first line in Source.lines."""

    text: str
    index: int
    lines: list[Line]


def blocks_of(lines: list[Line]) -> list[Block]:
    """Lines joined into paragraphs where a paragraph was visibly broken."""
    width = wrap_width(lines)
    out: list[Block] = []
    block: Block | None = None
    for line in lines:
        if block is not None and _continues(block.lines[-1], line, width, len(block.lines) == 1):
            block.text = join(block.text, line.text)
            block.lines.append(line)
        else:
            block = Block(line.text, line.index, [line])
            out.append(block)
    return out
