"""Vietnamese personal names: family name first, "Ông"/"Bà", and the order lists are sorted in.

Lists of awardees are sorted by given name, then middle names, then family name, in the Vietnamese
alphabet (a ă â b c d đ e ê ... with the tones after the letter), as an office sorts them by hand.
"""

from __future__ import annotations

import unicodedata

from kehoach.document.text import clean

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0301": 5, "\u0323": 6}  # huyền hỏi ngã sắc nặng
_SHAPES = {"\u0306": "ă", "\u0302": "^", "\u031b": "ư"}


def _letter_key(char: str) -> tuple[int, int]:
    parts = unicodedata.normalize("NFD", char.lower())
    base, marks = parts[0], parts[1:]
    tone = 0
    for mark in marks:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == "\u0306":
            base = "ă"
        elif mark == "\u0302":
            base = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        elif mark == "\u031b":
            base = {"o": "ơ", "u": "ư"}.get(base, base)
    if base == "đ" or char.lower() == "đ":
        base = "đ"
    index = _ALPHABET.find(base)
    return (index if index >= 0 else 100 + ord(base), tone)


def word_key(word: str) -> tuple[tuple[int, int], ...]:
    return tuple(_letter_key(c) for c in word)


def sort_key(name: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Given name first, then the middle names, then the family name."""
    words = clean(name).split()
    if not words:
        return ()
    ordered = [words[-1], *words[1:-1], words[0]]
    return tuple(word_key(w) for w in ordered)


def title_case(name: str) -> str:
    """ "NGUYỄN thị lan" -> "Nguyễn Thị Lan" (each word capitalised, NFC)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in clean(name).split())


def salutation(gender: str | None) -> str:
    """ "Ông" or "Bà"; empty when unknown (the name alone is then shown)."""
    if not gender:
        return ""
    g = gender.strip().lower()
    return "Bà" if g in ("nữ", "nu", "f", "bà") else "Ông" if g in ("nam", "m", "ông") else ""


def with_salutation(name: str, gender: str | None) -> str:
    prefix = salutation(gender)
    return f"{prefix} {title_case(name)}" if prefix else title_case(name)
