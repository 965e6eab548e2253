"""Vietnamese text helpers shared by readers, linters and writers."""

from __future__ import annotations

import re
import unicodedata

# Points inside a numbered part run a) b) c) d) đ) e) g) ... (Nghị định 30, Phụ lục I): the Vietnamese
# alphabet without f, j, w, z.
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def nfc(text: str) -> str:
    """NFC normal form: the one form every comparison in kehoach assumes."""
    return unicodedata.normalize("NFC", text)


def collapse_whitespace(text: str) -> str:
    """One space between words, no leading or trailing space; line breaks become spaces."""
    return _SPACE.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def clean(text: str) -> str:
    """NFC and collapsed whitespace: the form every field of the model holds."""
    return collapse_whitespace(nfc(text))


def next_point_letter(letter: str) -> str | None:
    """The letter after `letter` in the point sequence, or None at the end or for a foreign letter."""
    index = POINT_LETTERS.find(letter.lower())
    if index < 0 or index + 1 >= len(POINT_LETTERS):
        return None
    return POINT_LETTERS[index + 1]


def fold(text: str) -> str:
    """Lower case without tone marks (đ kept as d), for matching headings and names loosely."""
    lowered = text.lower()
    if lowered.isascii():  # nothing to strip
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered.replace("đ", "d"))
    # the marks Vietnamese uses, in one pass (a regex beats str.translate's per-character dict look-up)
    stripped = _COMBINING.sub("", decomposed)
    if stripped.isascii():
        return stripped
    return "".join(c for c in stripped if unicodedata.category(c) != "Mn")


_COMBINING = re.compile("[\u0300-\u036f]+")
