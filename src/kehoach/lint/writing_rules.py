"""Language rules on how the text is written: tone-mark placement, Unicode, quotations kept verbatim."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from kehoach.document.text import fold
from kehoach.lint.document import LintDocument
from kehoach.lint.docx_rules import docx_of
from kehoach.lint.docx_styles import W
from kehoach.lint.language_rules import match_case
from kehoach.lint.rules import ERROR, INFO, WARNING, Edit, Finding, rule
from kehoach.lint.scan import is_word_char
from kehoach.lint.words import words_of
from kehoach.read.source import text_encoding

# --- tone-mark-style ---

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))
_ONSET = re.compile(r"^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)?$")


def tone_style(word: str) -> tuple[str, str] | None:
    """("old", other form) for "hóa", ("new", other form) for "hoá"; None where placement is fixed."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return None
    tone = tones[0]
    bare = decomposed.replace(tone, "")
    for first, second in _PAIRS:
        if not bare.endswith(first + second) or not _ONSET.match(bare[:-2]):
            continue
        if bare[:-2] in ("q",):
            return None
        old = bare[:-2] + first + tone + second
        new = bare[:-2] + first + second + tone
        if decomposed == old:
            return "old", unicodedata.normalize("NFC", new)
        if decomposed == new:
            return "new", unicodedata.normalize("NFC", old)
    return None


@cache
def tone_table() -> dict[str, tuple[str, str]]:
    """Every open syllable in oa/oe/uy with a tone mark, old and new placement: word -> (style, other)."""
    onsets = ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
              "p", "ph", "r", "s", "t", "th", "tr", "v", "x"]  # fmt: skip
    table: dict[str, tuple[str, str]] = {}
    for onset in onsets:
        for first, second in _PAIRS:
            for tone in _TONES:
                old = unicodedata.normalize("NFC", onset + first + tone + second)
                new = unicodedata.normalize("NFC", onset + first + second + tone)
                table[old] = ("old", new)
                table[new] = ("new", old)
    return table


@rule(
    "tone-mark-style",
    "language",
    WARNING,
    'Dùng lẫn hai kiểu đặt dấu thanh trong một văn bản ("hoá" và "hóa", "Uỷ" và "Ủy")',
    "Quyết định 1989/QĐ-BGDĐT năm 2018 (quy định chính tả); thống nhất trong một văn bản theo thói quen dùng",
)
def tone_mark_style(document: LintDocument) -> Iterator[Finding]:
    found: dict[str, list[tuple[int, int, str]]] = {"old": [], "new": []}
    table = tone_table()
    styled = words_of(document).distinct & table.keys()
    if len({table[word][0] for word in styled}) < 2:
        return  # one style (or none) among the document's syllables: nothing mixed, no motto hint
    lower = document.lower
    for (
        word
    ) in styled:  # each styled syllable of the text, found where it stands as a word of its own
        style, other = table[word]
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and is_word_char(lower[at - 1])) and not (
                end < len(lower) and is_word_char(lower[end])
            ):
                found[style].append((at, end, other))
            at = lower.find(word, at + 1)
    for places in found.values():
        places.sort()
    national = _national_motto(document)
    old = [f for f in found["old"] if not national or not national[0] <= f[0] < national[1]]
    new = [f for f in found["new"] if not national or not national[0] <= f[0] < national[1]]
    outside = {*old, *new}  # a set: the lists run to hundreds of words
    motto = [f for f in found["old"] + found["new"] if f not in outside]
    body_style = "old" if len(old) > len(new) else "new" if new else None
    if (
        motto
        and body_style
        and all(f in (found["new"] if body_style == "old" else found["old"]) for f in motto)
    ):
        # "CỘNG HOÀ" above a body written "hóa": both are accepted; a hint, once, never a rewrite
        start, end, other = motto[0]
        word = document.text[start:end]
        yield document.finding(
            "tone-mark-style",
            start,
            f'Quốc hiệu viết "{word}", phần còn lại viết kiểu "{"hóa" if body_style == "old" else "hoá"}"; '
            "cả hai cách đều được chấp nhận, có thể viết thống nhất.",
            match_case(word, other),
            INFO,
        )
    if not old or not new:
        return
    minority = old if len(old) < len(new) else new
    if len(old) == len(new):  # a tie: the style met second is the odd one
        minority = old if old[0][0] > new[0][0] else new
    kind = "cũ (hóa, Ủy)" if minority is new else "mới (hoá, Uỷ)"
    counts = f'{len(old)} chữ kiểu "hóa", {len(new)} chữ kiểu "hoá"'
    edits = tuple(
        document.edit(start, document.text[start:end], match_case(document.text[start:end], other))
        for start, end, other in minority
    )
    lines = sorted({edit.line for edit in edits})
    shown = ", ".join(str(line) for line in lines[:30]) + (", …" if len(lines) > 30 else "")
    words = sorted({edit.old for edit in edits})
    yield document.finding(
        "tone-mark-style",
        minority[0][0],
        f"Văn bản dùng lẫn hai kiểu đặt dấu thanh ({counts}): {len(minority)} chữ "
        f"({', '.join(words[:6])}) ở các dòng {shown}; dùng thống nhất kiểu {kind}.",
        "Sửa tất cả: "
        + ", ".join(
            f"{edit.old} → {edit.new}"
            for edit in dict.fromkeys(Edit(0, 0, e.old, e.new) for e in edits)
        ),
        edits=edits,
    )


def _national_motto(document: LintDocument) -> tuple[int, int] | None:
    """Offsets of the Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in the header, if present."""
    match = _MOTTO.search(document.text, 0, document.header_end)
    return (match.start(), match.end()) if match else None


_MOTTO = re.compile(r"C[ỘộOo]NG\s+H[OÒÓoòó][AÀÁaàá]\s+X[ÃãAa]\s+H[ỘộOo]I", re.IGNORECASE)


# --- unicode ---

_LOOKALIKES = {"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ"}
_INVISIBLE = {
    "\u200b": "dấu cách độ rộng 0 (U+200B)",
    "\u200c": "U+200C",
    "\u200d": "U+200D",
    "\u2060": "U+2060",
    "\ufeff": "U+FEFF giữa văn bản",
    "\u00ad": "dấu gạch mềm (U+00AD)",
}


_SUSPECT = re.compile(
    "[" + "".join(_LOOKALIKES) + "".join(_INVISIBLE) + "\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]"
)


def _raw_lines(document: LintDocument) -> list[str] | None:
    """The lines as stored in the file, before NFC: plain text, or the paragraphs of a .docx; None for
    a plain text already in NFC (no line to warn about, and no need to split it)."""
    if document.kind == "docx":
        docx = docx_of(document)
        if docx is None:
            return None
        texts = ["".join(t.text or "" for t in p.iter(W + "t")) for p in docx.paragraphs]
        return texts if len(texts) == len(document.lines) else None
    if document.kind not in ("text", "markdown") or not document.raw:
        return None
    try:
        text = document.raw.decode(text_encoding(document.raw))
    except UnicodeDecodeError:
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if unicodedata.is_normalized("NFC", text):  # line ends are starters: the lines are NFC too
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) == len(document.lines) + 1 and lines[-1] == "":
        lines.pop()
    return lines if len(lines) == len(document.lines) else None


@rule(
    "unicode",
    "language",
    ERROR,
    'Ký tự Unicode sai: "Ð" (U+00D0) thay cho "Đ", ký tự điều khiển, ký tự vô hình; chữ dạng NFD (cảnh báo)',
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4 (phông chữ tiếng Việt Unicode theo TCVN 6909:2001)",
)
def unicode_text(document: LintDocument) -> Iterator[Finding]:
    raw = _raw_lines(document)
    if raw is not None and unicodedata.is_normalized("NFC", "\n".join(raw)):
        raw = None  # every line is NFC already: nothing to warn about line by line
    if raw is None and not _SUSPECT.search(document.text):
        return  # the common case: no odd character anywhere (the lines hold the same characters)
    decomposed: list[tuple[int, int]] = []  # (line index, offset) of each line stored in NFD
    for index, line in enumerate(document.lines):
        start = document.starts[index]
        for found in _SUSPECT.finditer(line):
            column, char = found.start(), found.group(0)
            if char in _LOOKALIKES:
                yield document.finding(
                    "unicode",
                    start + column,
                    f'Ký tự "{char}" (U+{ord(char):04X}) không phải chữ đ tiếng Việt; dùng "{_LOOKALIKES[char]}".',
                    _LOOKALIKES[char],
                )
            elif char in _INVISIBLE and not (index == 0 and column == 0 and char == "\ufeff"):
                yield document.finding(
                    "unicode", start + column, f"Ký tự vô hình {_INVISIBLE[char]}; xóa nó.", ""
                )
            elif unicodedata.category(char) == "Cc" and char not in "\t\f":  # \f: a page break
                yield document.finding(
                    "unicode",
                    start + column,
                    f"Ký tự điều khiển U+{ord(char):04X} trong văn bản; xóa nó.",
                    "",
                )
        if raw is not None and not unicodedata.is_normalized("NFC", raw[index]):
            column = next((i for i, c in enumerate(raw[index]) if unicodedata.combining(c)), 0)
            decomposed.append((index, start + min(column, len(line))))
    if decomposed:  # one finding for the document: the converter wrote it so, not the author
        numbers = [str(index + 1) for index, _ in decomposed]
        shown = ", ".join(numbers[:30]) + (", …" if len(numbers) > 30 else "")
        yield document.finding(
            "unicode",
            decomposed[0][1],
            f"{len(numbers)} dòng viết chữ có dấu ở dạng tổ hợp (NFD) (dòng {shown}); chuyển cả văn bản "
            "sang dạng dựng sẵn NFC để tìm kiếm, so khớp đúng.",
            None,
            WARNING,
        )


# --- quote-inconsistent ---

_QUOTE = re.compile(
    r"“((?:[^”“\n]|\n(?![ \t]*\n)){8,400}?)”|\"((?:[^\"\n]|\n(?![ \t]*\n)){8,400}?)\""
)
_TOKEN = re.compile(r"[^\W_]+|[,;]")


def _tokens(quote: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(quote)]


@rule(
    "quote-inconsistent",
    "language",
    ERROR,
    "Cùng một chủ đề, khẩu hiệu trong ngoặc kép được viết hai cách khác nhau trong một văn bản",
    "Nghị định 30/2020/NĐ-CP, Điều 8 (văn bản phải chính xác, thống nhất); khẩu hiệu, chủ đề phải trích đúng nguyên văn",
)
def quote_inconsistent(document: LintDocument) -> Iterator[Finding]:
    first_seen: dict[tuple[str, ...], tuple[list[str], int]] = {}
    for match in _QUOTE.finditer(document.text):
        body = match.group(1) if match.group(1) is not None else match.group(2)
        tokens = _tokens(body)
        words = [t for t in tokens if t not in (",", ";")]
        if len(words) < 3:
            continue
        key = tuple(fold(w) for w in words)
        if key not in first_seen:
            first_seen[key] = (tokens, match.start())
            continue
        tokens_first, offset_first = first_seen[key]
        if tokens == tokens_first:
            continue
        line_first = document.position(offset_first)[0]
        differing = [
            f'"{a}"/"{b}"'
            for a, b in zip([t for t in tokens_first if t not in (",", ";")], words, strict=False)
            if a != b
        ]
        detail = ", ".join(differing) if differing else "dấu phẩy, dấu chấm phẩy"
        yield document.finding(
            "quote-inconsistent",
            match.start(),
            f"Câu trích dẫn này đã viết khác ở dòng {line_first} ({detail}); thống nhất nguyên văn.",
        )
