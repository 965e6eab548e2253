"""A fast fold for NFC text (the report folds every sentence of tens of thousands of unit reports):
one str.translate over a table built once from kehoach.document.text.fold."""

from __future__ import annotations

from functools import lru_cache

from kehoach.document.text import fold

_TABLE = {
    code: ord(fold(chr(code)))
    for code in range(0x00C0, 0x1EFA)
    if chr(code).isalpha() and len(fold(chr(code))) == 1 and fold(chr(code)) != chr(code)
}


def quick_fold(text: str) -> str:
    """The same as fold() for NFC text: lower case, no tone marks, đ as d."""
    return text.lower().translate(_TABLE)


@lru_cache(maxsize=8192)
def folded_name(name: str) -> str:
    """Unit names repeat on every report of the unit: folded once."""
    return fold(name)
