"""Format rules of the body and the closing: point letters, numbering, "./.", Nơi nhận, Lưu, signature.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6 – II.9, and the samples of Phụ lục III.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kehoach.document.text import POINT_LETTERS, next_point_letter
from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, WARNING, Finding, rule

_POINT = re.compile(r"^[ \t]*([a-zđăâêôơư])\)[ \t]+\S")
_ROMAN = re.compile(r"^[ \t]*([IVXL]{1,6})\.(?:[ \t]+\S|[ \t]*$)")
_ARABIC = re.compile(r"^[ \t]*(\d{1,2})\.(?:[ \t]+\S|[ \t]*$)")
_SUB = re.compile(r"^[ \t]*(\d{1,2})\.(\d{1,2})\.?(?:[ \t]+[^\W\d]|[ \t]*$)")
_SUBSUB = re.compile(r"^[ \t]*(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?(?:[ \t]+[^\W\d]|[ \t]*$)")
# A new numbering starts: an appendix, a part or chapter, an attached document.
_PART = re.compile(
    r"^[ \t]*(?:PHỤ LỤC|PHẦN|CHƯƠNG|Phụ lục(?:[ \t]+(?:số[ \t]*)?[IVX\d]+)?[ \t.:]*$|Phần[ \t]+(?:thứ[ \t]+\w+|[IVX]+)\b"
    r"|Chương[ \t]+[IVX\d]+\b)"
)
_ATTACHED = re.compile(r"^[ \t]*\((?:Ban hành )?[Kk]èm theo")


class _Appendix:
    """A new numbering starts: an appendix, a part or chapter heading (a short line, not a sentence
    that begins with "Phần thứ nhất bao gồm …"), an attached document."""

    @staticmethod
    def match(line: str) -> bool:
        if _ATTACHED.match(line):
            return True
        return bool(_PART.match(line)) and (len(line.strip()) <= 50 or line.strip().isupper())


_APPENDIX = _Appendix()
_PART_WORDS = ("PHỤ LỤC", "PHẦN", "CHƯƠNG", "Phụ lục", "Phần", "Chương")  # how _PART can start
_ROMAN_NEXT = frozenset("IVXL.")  # what follows a Roman numeral's first letter
_OUTLINE_STARTS = frozenset("IVXL0123456789PC(")  # and lower case, for points


def outline(document: LintDocument) -> list[tuple[str, re.Match[str] | None] | None]:
    """Each line's place in the outline, once per document for the two numbering rules:
    ("appendix", None), ("roman", m), ("sub", m), ("subsub", m) for "2.1.3.", ("arabic", m),
    ("point", m) or None.

    Most lines are running text: the first character rules them out before any pattern runs.
    """
    cached = document.cache.get("outline")
    if isinstance(cached, list):
        return cached
    kinds: list[tuple[str, re.Match[str] | None] | None] = []
    for line in document.plain:
        stripped = line.lstrip(" \t")
        first = stripped[:1]
        kind: tuple[str, re.Match[str] | None] | None = None
        if first.islower():
            # running text wrapped onto a new line, or a point "a) ...": only _POINT can match
            if stripped[1:2] == ")" and (match := _POINT.match(line)):
                kind = ("point", match)
        elif first in _OUTLINE_STARTS:
            # each pattern is asked only of a line that starts the way it must ("Phần", "II.", "1.")
            if (first == "(" or stripped.startswith(_PART_WORDS)) and _APPENDIX.match(line):
                kind = ("appendix", None)
            elif first in "IVXL" and stripped[1:2] in _ROMAN_NEXT and (match := _ROMAN.match(line)):
                kind = ("roman", match)
            elif first.isdigit() and "." in stripped[1:3]:
                if match := _SUB.match(line):
                    kind = ("sub", match)
                elif match := _SUBSUB.match(line):
                    kind = ("subsub", match)
                elif match := _ARABIC.match(line):
                    kind = ("arabic", match)
        kinds.append(kind)
    document.cache["outline"] = kinds
    return kinds


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written the usual way (I … XXXIX), None if it is not one."""
    total, previous = 0, 0
    for char in reversed(text):
        value = _ROMAN_VALUES[char]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total if total and to_roman(total) == text else None


def to_roman(value: int) -> str:
    out = ""
    for number, letters in (
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= number:
            out, value = out + letters, value - number
    return out


@rule(
    "enumeration-order",
    "format",
    ERROR,
    "Điểm theo thứ tự chữ cái tiếng Việt a) b) c) d) đ) e) g) h) i) k)…; không dùng f, j, w, z",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ",
)
def enumeration_order(document: LintDocument) -> Iterator[Finding]:
    previous: str | None = None
    for index, kind in enumerate(outline(document)):
        if kind is None:
            continue
        if kind[0] != "point":
            previous = None
            continue
        match = kind[1]
        assert match is not None
        letter = match.group(1)
        offset = document.starts[index] + match.start(1)
        expected = next_point_letter(previous) if previous else None
        if letter == "a" or previous is None:
            previous = letter if letter in POINT_LETTERS else None
            continue
        if letter not in POINT_LETTERS:
            yield document.finding(
                "enumeration-order",
                offset,
                f'Chữ "{letter})" không dùng để đánh số điểm (bảng chữ cái đánh điểm không có f, j, w, z và chữ có dấu); sau "{previous})" là "{expected})".',
                f"{expected})" if expected else None,
            )
            previous = expected
            continue
        if letter == expected:
            previous = letter
            continue
        if previous == "d" and letter == "e":
            yield document.finding(
                "enumeration-order",
                offset,
                'Sau "d)" là "đ)" rồi mới đến "e)" (thứ tự chữ cái tiếng Việt).',
                "đ)",
                WARNING,
            )
        elif POINT_LETTERS.index(letter) > POINT_LETTERS.index(expected or "a"):
            yield document.finding(
                "enumeration-order",
                offset,
                f'Điểm "{letter})" đứng sau "{previous})": thiếu "{expected})".',
                f"{expected})",
            )
        previous = letter


@rule(
    "numbering-gap",
    "format",
    ERROR,
    "Số thứ tự phần, mục, khoản bị nhảy cóc (I, II, IV; 1, 2, 4; 1.1, 1.3)",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.c–đ",
)
def numbering_gap(document: LintDocument) -> Iterator[Finding]:
    romans: set[int] = set()
    arabic: set[int] = set()
    subs: dict[int, set[int]] = {}
    thirds: dict[tuple[int, int], set[int]] = {}
    for index, kind in enumerate(outline(document)):
        if kind is None or kind[0] == "point":
            continue
        name, match = kind
        if name == "appendix" or match is None:
            romans, arabic, subs, thirds = set(), set(), {}, {}
            continue
        if name == "roman":
            value = roman_value(match.group(1))
            if value is None:
                continue
            if value == 1 and romans:  # numbering starts again: a new part
                romans, arabic, subs, thirds = set(), set(), {}, {}
            elif value in romans:
                yield document.line_finding(
                    "numbering-gap",
                    index,
                    f'Phần "{match.group(1)}." bị trùng số với một phần trước.',
                    f"{to_roman(max(romans) + 1)}.",
                )
            elif value > 1 and value - 1 not in romans:
                yield document.line_finding(
                    "numbering-gap",
                    index,
                    f'Phần "{match.group(1)}." đứng sau khi chưa có "{to_roman(value - 1)}.": số La Mã bị nhảy.',
                    f"{to_roman(max(romans) + 1) if romans else 'I'}.",
                )
            romans.add(value)
            arabic, subs, thirds = set(), {}, {}
        elif name == "subsub":  # "2.1.3." after "2.1.1.": the third number skipped one
            key, third = (int(match.group(1)), int(match.group(2))), int(match.group(3))
            seen3 = thirds.setdefault(key, set())
            if third > 1 and third - 1 not in seen3:
                written = f"{key[0]}.{key[1]}."
                yield document.line_finding(
                    "numbering-gap",
                    index,
                    f'Mục "{written}{third}." đứng sau khi chưa có "{written}{third - 1}.".',
                    f"{written}{max(seen3) + 1 if seen3 else 1}.",
                )
            seen3.add(third)
        elif name == "sub":
            major, minor = int(match.group(1)), int(match.group(2))
            seen = subs.setdefault(major, set())
            if minor > 1 and minor - 1 not in seen:
                yield document.line_finding(
                    "numbering-gap",
                    index,
                    f'Mục "{major}.{minor}." đứng sau khi chưa có "{major}.{minor - 1}.".',
                    f"{major}.{max(seen) + 1 if seen else 1}.",
                )
            seen.add(minor)
        else:  # arabic
            value = int(match.group(1))
            if value > 1 and value - 1 not in arabic:
                yield document.line_finding(
                    "numbering-gap",
                    index,
                    f'Mục "{value}." đứng sau khi chưa có "{value - 1}.": số thứ tự bị nhảy.',
                    f"{max(arabic) + 1 if arabic else 1}.",
                )
            arabic.add(value)
            subs.pop(value, None)


_END_MARK = re.compile(r"\./\.[ \t]*$")
_SIGNATURE_LINE = re.compile(r"^[ \t]*(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)[./: ]")
# A footnote printed between the body and Nơi nhận ("1 Theo Luật ...") or its rule line ("_____").
_FOOTNOTE = re.compile(r"^[ \t]*(?:\(?\d{1,2}\)?[ \t]+[A-ZĐÀ-Ỹ]|[_\-–]{5,}[ \t]*$)")


def _is_body_line(line: str) -> bool:
    """A line of running text, not a signature title, a name or a decoration."""
    text = line.strip()
    if len(text) < 20 or _SIGNATURE_LINE.match(text) or text.isupper():
        return False
    # a signer's title or name ("Phó Chủ tịch Thường trực") is short and has no punctuation
    if len(text.split()) < 6 and not re.search(r"[.;:,!?)/]$", text):
        return False
    return any(c.islower() for c in text)


@rule(
    "end-marker",
    "format",
    ERROR,
    'Nội dung văn bản kết thúc bằng dấu "./."',
    'Nghị định 30/2020/NĐ-CP, Phụ lục III (mọi mẫu văn bản kết thúc phần nội dung bằng "./.")',
)
def end_marker(document: LintDocument) -> Iterator[Finding]:
    end = document.recipients_index
    if end is None or document.is_party:  # Party documents (Hướng dẫn 36-HD/VPTW) have no "./."
        return
    for index in range(end - 1, max(-1, end - 40), -1):
        line = document.plain[index]
        if _END_MARK.search(line):
            return
        if not _is_body_line(line) or _FOOTNOTE.match(line):
            continue
        text = line.rstrip()
        suggestion = re.sub(r"[.;:,/ ]*$", "", text).lstrip() + "./."
        yield document.finding(
            "end-marker",
            document.starts[index] + len(text),
            'Đoạn cuối của nội dung phải kết thúc bằng "./.".',
            suggestion,
        )
        return
