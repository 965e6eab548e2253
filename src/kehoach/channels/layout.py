"""Line breaking for slogans on banners, panels and screens: Vietnamese typography that never breaks a
word. Lines break only between words, and a word of several syllables that is a name ("Việt Nam",
"Hồ Chí Minh", "Hải Phòng") or a number with what it counts ("94 năm") or a date range stays on one line.
Among the ways to break, the one with the largest letters that fit the box wins, lines balanced."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

Measure = Callable[[str], float]  # width of a text at font size 1

MAX_LINES = 6
COUNTED = {"năm", "ngày", "tháng", "số", "lần", "khóa", "quý", "giai", "đoạn", "kỳ"}


@dataclass(frozen=True)
class Layout:
    lines: tuple[str, ...]
    size: float  # font size in the box's unit
    line_height: float


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@cache
def compounds() -> frozenset[tuple[str, ...]]:
    """Common words of two or three syllables (compounds.tsv), lower case, as syllable tuples."""
    text = resources.files("kehoach.channels").joinpath("compounds.tsv").read_text("utf-8")
    rows = (line.strip() for line in text.splitlines())
    return frozenset(tuple(row.split()) for row in rows if row and not row.startswith("#"))


def _bare(word: str) -> str:
    return word.strip("“”\"'()[]!?.,:;").lower()


def _compound_ends(words: list[str]) -> set[int]:
    """Indexes i where words[i] and words[i + 1] belong to one compound word."""
    joined: set[int] = set()
    bare = [_bare(w) for w in words]
    for size in (6, 5, 4, 3, 2):
        for i in range(len(words) - size + 1):
            if tuple(bare[i : i + size]) in compounds() and not any(
                words[j].endswith((",", ".", ";", ":", "!")) for j in range(i, i + size - 1)
            ):
                joined.update(range(i, i + size - 1))
    return joined


def units(text: str) -> list[str]:
    """The unbreakable pieces of a slogan: names, "number + word", date ranges and dashes joined."""
    words = text.split()
    inside = _compound_ends(words)
    pieces: list[str] = []
    for index, word in enumerate(words):
        if not pieces:
            pieces.append(word)
            continue
        previous = pieces[-1]
        last = previous.split()[-1]
        glue = (
            index - 1 in inside
            or (
                _capitalised(last)
                and _capitalised(word)
                and not last.endswith((",", ".", ":", ";", "!"))
            )
            or re.fullmatch(r"\(?[\d/.,]+%?", last) is not None
            or (re.match(r"[\d(]", word) is not None and _bare(last) in COUNTED)
            or word in {"-", "–", "!", "?", ":"}
            or last in {"-", "–"}
        )
        if glue:
            pieces[-1] = previous + " " + word
        else:
            pieces.append(word)
    return pieces


PHRASE_END = (",", ";", ":", "!", "?", ".", "-", "–")
SLACK = 1.1  # lines may be this much wider than the narrowest possible widest line
MID_PHRASE = 0.08  # the cost of ending a line inside a phrase (not after a comma or a dash)


def _spans(widths: list[float], space: float) -> Callable[[int, int], float]:
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    return lambda i, j: prefix[j] - prefix[i] + space * (j - i - 1)


def _narrowest(span: Callable[[int, int], float], n: int, lines: int) -> float:
    """The smallest possible widest line over all breaks of n pieces into `lines` lines."""
    best = [[float("inf")] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for j in range(1, n + 1):
            best[k][j] = min(
                (max(best[k - 1][i], span(i, j)) for i in range(k - 1, j)), default=float("inf")
            )
    return best[lines][n]


def _balanced(
    widths: list[float], space: float, lines: int, ends: list[bool]
) -> tuple[float, list[int]]:
    """Break into `lines` lines: no line wider than SLACK × the narrowest widest line, lines as even
    as possible, and breaks after a comma or dash (`ends`) preferred. Returns (widest, starts)."""
    n = len(widths)
    span = _spans(widths, space)
    limit = _narrowest(span, n, lines) * SLACK
    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(lines + 1)]
    cut = [[0] * (n + 1) for _ in range(lines + 1)]
    cost[0][0] = 0.0
    for k in range(1, lines + 1):
        for j in range(1, n + 1):
            for i in range(k - 1, j):
                width = span(i, j)
                if width > limit or cost[k - 1][i] == inf:
                    continue
                value = cost[k - 1][i] + ((limit - width) / limit) ** 2
                value += 0.0 if j == n or ends[j - 1] else MID_PHRASE
                if value < cost[k][j]:
                    cost[k][j], cut[k][j] = value, i
    starts, j = [], n
    for k in range(lines, 0, -1):
        starts.append(cut[k][j])
        j = cut[k][j]
    starts.reverse()
    bounds = [*starts, n]
    return max(span(bounds[i], bounds[i + 1]) for i in range(lines)), starts


def fit(text: str, measure: Measure, width: float, height: float, leading: float = 1.25) -> Layout:
    """The largest letters at which `text` fits `width` × `height`, and its lines. A layout whose
    lines end inside phrases must be clearly larger (6 % a such break) to win over one that does not,
    and more lines must be clearly larger (2 %) than fewer."""
    pieces = units(" ".join(text.split()))
    widths = [measure(p) for p in pieces]
    space = measure(" ")
    ends = [p.endswith(PHRASE_END) or p.split()[-1] in PHRASE_END for p in pieces]
    best, best_score = Layout((), 0.0, 0.0), 0.0
    for count in range(1, min(MAX_LINES, len(pieces)) + 1):
        widest, starts = _balanced(widths, space, count, ends)
        size = min(width / widest, height / (count * leading))
        mid_phrase = sum(1 for start in starts[1:] if not ends[start - 1])
        score = size * (1 - 0.06 * mid_phrase)
        if score > best_score * 1.02:
            bounds = [*starts, len(pieces)]
            lines = tuple(" ".join(pieces[bounds[i] : bounds[i + 1]]) for i in range(count))
            best, best_score = Layout(lines, size, size * leading), score
    return best
