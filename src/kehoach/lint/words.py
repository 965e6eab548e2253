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
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, count, islice
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
    """Lower-case syllables of the text in order (`BREAK` where punctuation or a number stood)."""

    tokens: list[str]

    @cached_property
    def distinct(self) -> frozenset[str]:
        return frozenset(self.tokens)

    @cached_property
    def pairs(self) -> set[str]:
        """Neighbouring syllables as "a b" (white space between them, a line break too); breaks included."""
        tokens = self.tokens
        return set(map(" ".join, zip(tokens, tokens[1:], strict=False)))

    def has(self, words: str) -> bool:
        """The syllables of `words` ("sử lý", "zôn") stand next to each other somewhere in the text."""
        parts = words.lower().split()
        if len(parts) == 1:
            return parts[0] in self.distinct
        return all(" ".join(pair) in self.pairs for pair in zip(parts, parts[1:], strict=False))


def _split(text: str) -> list[str]:
    """The slow reading, for a text holding a sign the fast one does not list."""
    return [
        piece if _LETTERS.fullmatch(piece) else BREAK
        for token in text.split()
        for piece in _PIECES.findall(token)
    ]


def words_of(document: LintDocument) -> Words:
    """The document's Words, made once and kept in its cache."""
    cached = document.cache.get("words")
    if isinstance(cached, Words):
        return cached
    blanked = _NOT_LETTERS.sub(" " + BREAK + " ", document.lower)
    words = Words(blanked.split())
    if not "".join(words.distinct - {BREAK}).isalpha():  # rare: something glued to a letter
        words = Words(_split(blanked))
    document.cache["words"] = words
    return words


def spans_holding(document: LintDocument, pattern: str) -> list[tuple[int, int]]:
    """Line spans (first, last; 0-based) of every match of `pattern` over the lower-case text.

    Write the pattern as its first word with the rest in a look-ahead ("các(?=\\s+các)"): matches
    then cannot hide one another.
    """
    spans = []
    for match in re.finditer(pattern, document.lower):
        end = match.end() + (len(match.group(1)) if match.re.groups else 0)
        spans.append((document.position(match.start())[0] - 1, document.position(end)[0] - 1))
    return spans


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line spans (first, last), sorted, overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def repeat_windows(document: LintDocument, words: Words) -> list[tuple[int, int]]:
    """Line spans (first, last; 0-based) that hold a syllable written twice in a row ("các các", across
    a line break too) or two syllables written twice ("thực hiện thực hiện"): where repeated-word looks.

    The stream says which syllables are doubled (at C speed); a search of the text for each says where.
    """
    tokens = words.tokens
    # a syllable written twice in a row is the pair "w w" (the pair set is shared with spelling)
    pairs = words.pairs
    doubled = {w for w in words.distinct if len(w) >= 2 and w != BREAK and f"{w} {w}" in pairs}
    phrases: set[tuple[str, str]] = set()
    for index in compress(count(), map(eq, tokens, islice(tokens, 2, None))):
        word = tokens[index]  # the first of a two-syllable phrase written twice
        if word == BREAK or len(word) < 2:
            continue
        if tokens[index + 1 : index + 2] == tokens[index + 3 : index + 4]:
            phrases.add((word, tokens[index + 1]))
    spans = []
    for word in doubled:  # the word, white space (a line break too), the word again
        spans += spans_holding(document, rf"{re.escape(word)}(?=(\s+{re.escape(word)}))")
    for first, second in phrases:
        spans += spans_holding(document, re.escape(f"{first} {second} {first} {second}"))
    return merge_spans(spans)
