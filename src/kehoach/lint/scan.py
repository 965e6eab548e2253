"""Regular-expression scans that stay fast in Python's `re`.

`re` jumps quickly to the places a pattern can start when the pattern begins with a literal or a set of
characters; a pattern that begins with a look-behind or a word boundary is tried at every position of
the text, which is most of lint's time on a long plan. Such patterns are written without their opening
test, and `finditer_where` applies it to each match, giving exactly what `finditer` gave before.

Even a pattern starting with a set costs `re` about 10 ns a character (a digit set, a few letters).
Where the pattern can only start at a literal ("Phòng", "19") or just before a separator ("12/3/2024"),
`str.find` finds those places at C speed and the pattern is tried only there (`finditer_from`,
`numeric_dates`); each is tested against the plain scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def finditer_where(
    pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` would give with `keep` as its opening look-behind: a match `keep`
    refuses is tried again one character later, as the look-behind would have made the engine do."""
    position = 0
    while match := pattern.search(text, position):
        if keep(match):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1


def not_after(text: str, test: Callable[[str], bool]) -> Callable[[re.Match[str]], bool]:
    """A `keep` for finditer_where: the character before the match (if any) fails `test`."""
    return lambda match: not match.start() or not test(text[match.start() - 1])


def is_word_char(char: str) -> bool:
    """What `\\w` matches: a letter, a digit or "_" (so `\\b` before a letter is "not after this")."""
    return char.isalnum() or char == "_"


def separators(text: str, signs: str) -> list[int]:
    """Offsets of every character of `signs` in `text`, in order (`str.find` runs at C speed)."""
    found = []
    for sign in signs:
        at = text.find(sign)
        while at >= 0:
            found.append(at)
            at = text.find(sign, at + 1)
    return sorted(found)


def numeric_dates(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` gives for a day/month/year pattern that starts with one or two
    digits and a "/", "." or "-" (`(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})`).

    A match starts at the digits right before its first separator (two if there are two), so the
    pattern is tried only there: a text has a few hundred separators, found at C speed, and `re`
    would otherwise try the pattern at every digit. After a match that ends inside a run of digits
    ("12/3/20245/6/2024"), the next may start where it ended.
    """
    position = 0
    for sep in separators(text, "/.-"):
        if not sep or not text[sep - 1].isdecimal():
            continue
        start = sep - 2 if sep >= 2 and text[sep - 2].isdecimal() else sep - 1
        start = max(start, position)
        if start >= sep:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            position = match.end()


def finditer_from(
    pattern: re.Pattern[str],
    text: str,
    heads: tuple[str, ...],
    keep: Callable[[re.Match[str]], bool] = lambda match: True,
) -> Iterator[re.Match[str]]:
    """What `finditer_where(pattern, text, keep)` gives for a pattern that can only start with one of
    the literal `heads` ("Phòng", "Ban" …): the heads are found with `str.find` (C speed) and the
    pattern is tried only there, in order."""
    starts: set[int] = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            starts.add(at)
            at = text.find(head, at + 1)
    position = 0
    for start in sorted(starts):
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if keep(match):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1
