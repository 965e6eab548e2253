"""A fast fold for NFC text (the report folds every sentence of tens of thousands of unit reports):
one str.translate over a table built once from kehoach.document.text.fold."""

from __future__ import annotations

import re
from functools import lru_cache

from kehoach.document.text import fold

_TABLE = {
    code: ord(fold(chr(code)))
    for code in range(0x00C0, 0x1EFA)
    if chr(code).isalpha() and len(fold(chr(code))) == 1 and fold(chr(code)) != chr(code)
}


_WORDS = re.compile(r"\w+")


def quick_fold(text: str) -> str:
    """The same as fold() for NFC text: lower case, no tone marks, đ as d."""
    return text.lower().translate(_TABLE)


@lru_cache(maxsize=8192)
def folded_name(name: str) -> str:
    """Unit names repeat on every report of the unit: folded once."""
    return fold(name)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One syllable folded: Vietnamese has a few thousand, so the cache answers almost every call."""
    return word.translate(_TABLE)


def fold_words(text: str) -> list[str]:
    """The lower-case words of `text`, each folded (cheaper than folding the whole text)."""
    return [fold_word(word) for word in _WORDS.findall(text.lower())]


def folded_head(text: str, words: int = 4) -> str:
    """The first few words folded and joined by one space: enough to tell how a sentence starts."""
    return " ".join(fold_word(w) for w in text.lower().split(None, words)[:words])
