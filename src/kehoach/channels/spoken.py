"""The spoken form of a Vietnamese text, for the loudspeaker and for a speech engine.

Numbers, dates, ordinals, Roman numerals, abbreviations, document citations and symbols are written out
as a broadcaster reads them: "13/5/1955" -> "ngày mười ba tháng năm năm một nghìn chín trăm năm mươi lăm",
"UBND" -> "Ủy ban nhân dân", "70%" -> "bảy mươi phần trăm". Each class is one rule (`RULES`), applied
in order; docs/channels-spoken-forms.md lists what each does to the seeds' sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from kehoach.channels.dates_spoken import speak_dates
from kehoach.channels.numbers import decimal_words, digits_words, number_words, ordinal_words
from kehoach.channels.roman import roman_value
from kehoach.channels.vocabulary import is_syllable, spell, vocabulary

UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
ROMAN_AFTER = (
    r"Đại hội|đại hội|khóa|khoá|Khóa|Khoá|quý|Quý|thế kỷ|Thế kỷ|phần|Phần|chương|Chương|mục|Mục"
    r"|tập|Tập|điều|Điều|kỳ|Kỳ|phiên|Phiên|Hội nghị|hội nghị|nhiệm kỳ|Phụ lục|phụ lục|lần|Lần"
)
DOC_KIND_WORDS = re.compile(
    r"(số|Nghị quyết|Quyết định|Chỉ thị|Quy chế|Quy định|Thông báo|Hướng dẫn|Chương trình|Kế hoạch"
    r"|Phương án|Đề án|Báo cáo|Công văn|Kết luận|Nghị định|Thông tư|Luật)\s*:?\s*$",
    re.IGNORECASE,
)
CITATION = re.compile(
    rf"(?<![\w/])(\d+)\s?[-/]\s?(?:(\d{{4}})\s?/\s?)?([{UPPER}][\w&.]*(?:\s?[-/]\s?[{UPPER}][\w&.]*)*)"
)


@dataclass(frozen=True)
class Rule:
    name: str  # the class of text it reads, as the docs table shows it
    apply: Callable[[str], str]


def _strip_markup(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[*_#`\"“”„«»]", "", text)
    text = re.sub(r"[‘’]", "'", text)
    text = re.sub(r"\s*(…|\.{3,})", ".", text)
    text = text.replace("./.", ".")
    return re.sub(r"^\s*[-+•–]\s+", "", text, flags=re.MULTILINE)


def _citations(text: str) -> str:
    kinds = vocabulary().document_kinds

    def replace(match: re.Match[str]) -> str:
        symbol = match.group(3)
        first = re.split(r"\s?[-/]\s?", symbol)[0]
        if first not in kinds and "-" not in symbol and "/" not in symbol:
            return match.group(0)
        words = number_words(int(match.group(1)))
        if match.group(2):
            words += " năm " + number_words(int(match.group(2)))
        if DOC_KIND_WORDS.search(text[max(0, match.start() - 20) : match.start()]):
            return words
        kind = kinds.get(first)
        return f"{kind} số {words}" if kind else f"số {words}"

    text = CITATION.sub(replace, text)
    blank = rf"(?<![\w/])/\s?([{UPPER}][\w&.]*)((?:-[{UPPER}][\w&.]*)+)"
    return re.sub(blank, lambda m: kinds.get(m.group(1), ""), text)


def _romans(text: str) -> str:
    def ordinal(match: re.Match[str]) -> str:
        value = roman_value(match.group(2))
        return match.group(0) if value is None else f"{match.group(1)} {ordinal_words(value)}"

    text = re.sub(r"\b(thứ)\s+([IVXLC]+)\b(?!\w)", ordinal, text)

    def quarter_year(match: re.Match[str]) -> str:
        value = roman_value(match.group(2))
        if value is None:
            return match.group(0)
        return f"{match.group(1)} {number_words(value)} năm {number_words(int(match.group(3)))}"

    text = re.sub(r"\b([Qq]uý)\s+([IV]+)\s?/\s?(\d{4})\b", quarter_year, text)

    def cardinal(match: re.Match[str]) -> str:
        value = roman_value(match.group(2))
        return match.group(0) if value is None else f"{match.group(1)} {number_words(value)}"

    text = re.sub(rf"\b({ROMAN_AFTER})\s+([IVXLCDM]+)\b(?![\w/])", cardinal, text)

    def bare(match: re.Match[str]) -> str:
        value = roman_value(match.group(1))
        return match.group(0) if value is None else number_words(value)

    return re.sub(r"(?<![\w-])([IVX]{2,})(?![\w-])", bare, text)


def _ordinals(text: str) -> str:
    return re.sub(
        r"\b(thứ)\s+(\d{1,3})\b(?![.,]\d)",
        lambda m: f"{m.group(1)} {ordinal_words(int(m.group(2)))}",
        text,
    )


def _abbreviations(text: str) -> str:
    vocab = vocabulary()
    table = {**vocab.loanwords, **vocab.abbreviations}
    keys = sorted(table, key=len, reverse=True)
    pattern = "|".join(re.escape(k) for k in keys)
    text = re.sub(rf"(?<![\w&.-])({pattern})(?![\w&-])", lambda m: table[m.group(1)], text)

    def unknown(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if is_syllable(word) else spell(word)

    return re.sub(rf"(?<!\w)[{UPPER}]{{2,}}(?!\w)", unknown, text)


def _units(text: str) -> str:
    units = vocabulary().units
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.sub(
        rf"(\d(?:[\d.,]*\d)?)\s?({names})(?!\w)",
        lambda m: f"{m.group(1)} {units[m.group(2)]}",
        text,
    )


def _number(token: str) -> str:
    if re.fullmatch(r"0\d{2,}", token):
        return digits_words(token)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", token):
        return number_words(int(token.replace(".", "")))
    if re.fullmatch(r"\d+,\d+", token):
        integer, fraction = token.split(",")
        return decimal_words(integer, fraction)
    if re.fullmatch(r"\d+(\.\d+)+", token):
        return " chấm ".join(number_words(int(p)) for p in token.split("."))
    return number_words(int(token))


PHONE = re.compile(r"(?<![\d.,])(?:\+84|0)\d{2,4}(?:[ .]?\d{3,4}){1,3}(?![\d.,]\d)")


def _numbers(text: str) -> str:
    text = PHONE.sub(lambda m: digits_words(m.group(0).replace("+84", "0")), text)
    text = re.sub(
        r"^(\s*)([IVX]+)\.(?=\s)",
        lambda m: (
            m.group(1) + number_words(roman_value(m.group(2)) or 0) + "."
            if roman_value(m.group(2))
            else m.group(0)
        ),
        text,
        flags=re.MULTILINE,
    )
    return re.sub(r"\d+(?:[.,]\d+)*", lambda m: _number(m.group(0)), text)


def _symbols(text: str) -> str:
    text = re.sub(r"[ \t]*&[ \t]*", " và ", text)
    text = re.sub(r"[ \t]*\+[ \t]*", " cộng ", text)
    text = re.sub(r"[ \t]*@[ \t]*", " a còng ", text)
    text = re.sub(r"~[ \t]*", "khoảng ", text)
    text = re.sub(r"(?<=\w)[ \t]*/[ \t]*(?=\w)", ", ", text)
    text = re.sub(r"[ \t]+[-–—]+[ \t]*|[ \t]*[-–—]+[ \t]+|[ \t]*[–—][ \t]*", ", ", text)
    text = re.sub(r"[ \t]*[()\[\]][ \t]*", ", ", text)
    return re.sub(r"[ \t]*[;:][ \t]*", ", ", text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"[ \t]+([,.!?])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    text = re.sub(r"([.!?])[ \t]*,", r"\1", text)
    text = re.sub(r"(^|\n)[ \t]*,[ \t]*", r"\1", text)
    text = re.sub(r",(?=\S)", ", ", text)
    return "\n".join(line.strip(" ,") for line in text.split("\n")).strip()


RULES: tuple[Rule, ...] = (
    Rule("dấu định dạng", _strip_markup),
    Rule("số, ký hiệu văn bản", _citations),
    Rule("ngày tháng, khoảng thời gian", speak_dates),
    Rule("số La Mã", _romans),
    Rule("số thứ tự", _ordinals),
    Rule("đơn vị, phần trăm", _units),
    Rule("chữ viết tắt, từ nước ngoài", _abbreviations),
    Rule("số", _numbers),
    Rule("ký hiệu", _symbols),
    Rule("khoảng trắng", _tidy),
)


def spoken(text: str) -> str:
    """`text` as it is read aloud: no digit, abbreviation or symbol left for the reader to interpret."""
    for rule in RULES:
        text = rule.apply(text)
    return text
