"""The document's syllables, read once for every language rule: lower case, in order, line by line.

Spelling, repeated-word and known-typo each used to scan the whole text with their own regular
expression over Unicode letter classes, the slowest thing Python's `re` does. Here one cheap pass
blanks out what is not a letter (ASCII punctuation and digits, Latin-1 and general punctuation) with a
break mark, and `str.split` does the rest at C speed. The rules then ask set questions first (which
distinct syllables, which neighbouring pairs does this document hold?) and look at exact positions only
in the few lines that can hold a finding.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, compress, count, islice
from operator import eq

from kehoach.lint.document import LintDocument

BREAK = "\x00"  # stands for punctuation or a number: no pair reaches across it
# Non-letters a plan holds, as ranges a regular expression tests at C speed: ASCII punctuation and
# digits, Latin-1 signs (« » ° ·, but not the no-break space, which is white space), dashes, quotes,
# bullets and the ellipsis, × and ÷.
_NOT_LETTER = "[!-@\\[-`{-~\u00a1-\u00bf\u2010-\u203f\u00d7\u00f7]+"
_NOT_LETTERS = re.compile(
    f"{_NOT_LETTER}(?:[ \t\u00a0]+{_NOT_LETTER})*"
)  # "15/KH, ngày" → one break
# the fallback for a token holding something else (a zero-width space, an emoji): letter runs and the rest
_PIECES = re.compile(r"[^\W\d_]+|[\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class Words:
    """Lower-case syllables of each line (`BREAK` where punctuation or a number stood)."""

    lines: list[list[str]]

    @cached_property
    def tokens(self) -> list[str]:
        """Every syllable and break, in order; a line break joins the last and first of two lines."""
        return list(chain.from_iterable(self.lines))

    @cached_property
    def distinct(self) -> frozenset[str]:
        return frozenset(self.tokens)

    @cached_property
    def pairs(self) -> set[str]:
        """Neighbouring syllables as "a b" (white space between them, a line break too); breaks included."""
        tokens = self.tokens
        return set(map(" ".join, zip(tokens, tokens[1:], strict=False)))

    @cached_property
    def _ends(self) -> list[int]:
        return list(accumulate(map(len, self.lines)))

    def line_of(self, index: int) -> int:
        """0-based line of token `index`."""
        return bisect_right(self._ends, index)

    def has(self, words: str) -> bool:
        """The syllables of `words` ("sử lý", "zôn") stand next to each other somewhere in the text."""
        parts = words.lower().split()
        if len(parts) == 1:
            return parts[0] in self.distinct
        return all(" ".join(pair) in self.pairs for pair in zip(parts, parts[1:], strict=False))


def _split(line: str) -> list[str]:
    tokens = line.split()
    if all(token.isalpha() or token == BREAK for token in tokens):
        return tokens
    return [
        piece if _LETTERS.fullmatch(piece) else BREAK
        for token in tokens
        for piece in _PIECES.findall(token)
    ]


def words_of(document: LintDocument) -> Words:
    """The document's Words, made once and kept in its cache."""
    cached = document.cache.get("words")
    if isinstance(cached, Words):
        return cached
    blanked = _NOT_LETTERS.sub(" " + BREAK + " ", document.lower)
    words = Words([line.split() for line in blanked.split("\n")])
    if "".join(words.distinct - {BREAK}).isalpha():  # the common case, asked at C speed
        odd: set[str] = set()
    else:
        odd = {t for t in words.distinct if t != BREAK and not t.isalpha()}
    if odd:  # rare: re-read only the lines holding something the fast pass left glued to a letter
        words = Words([_split(" ".join(ln)) if odd.intersection(ln) else ln for ln in words.lines])
    document.cache["words"] = words
    return words


def repeat_windows(words: Words) -> list[tuple[int, int]]:
    """Line spans (first, last; 0-based) that hold a syllable written twice in a row ("các các", across
    a line break too) or two syllables written twice ("thực hiện thực hiện"): where repeated-word looks."""
    tokens = words.tokens
    spans: list[tuple[int, int]] = []
    for step in (1, 2):  # a syllable, then the first of a two-syllable phrase
        for index in compress(count(), map(eq, tokens, islice(tokens, step, None))):
            word = tokens[index]
            if word == BREAK or len(word) < 2:
                continue
            if step == 2 and tokens[index + 1 : index + 2] != tokens[index + 3 : index + 4]:
                continue
            spans.append((words.line_of(index), words.line_of(index + 2 * step - 1)))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged
