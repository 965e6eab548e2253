"""Regular-expression scans that stay fast in Python's `re`.

`re` jumps quickly to the places a pattern can start when the pattern begins with a literal or a set of
characters; a pattern that begins with a look-behind or a word boundary is tried at every position of
the text, which is most of lint's time on a long plan. Such patterns are written without their opening
test, and `finditer_where` applies it to each match, giving exactly what `finditer` gave before.
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
