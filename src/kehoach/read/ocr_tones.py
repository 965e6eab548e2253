"""The hook above a vowel (dấu hỏi) told from the acute and the grave by the word it makes.

Tesseract's Vietnamese model reads the small hook as an acute or a grave ("tố chức", "đế báo cáo",
"tuyến sinh", "đại biều"), and sometimes sees a hook on a bare vowel ("cử trỉ"). The letters are
right; which mark it is, Vietnamese says by the word the syllable makes with its neighbour. So where
the syllable as read makes no pair seen in real plans with either neighbour, and the other mark makes
a word with one of them ("tổ chức": most uses of the rarer syllable) or a pair with both ("học phổ",
"phổ thông"), the other mark is taken. Where a mark sits ("uỷ", "ủy") is never changed, nor any other
tone, nor a typed text: only OCR's reading is mended.

The counts (data/tone_pairs.tsv, counts only) come from real text plans, built by
scripts/build_tone_pairs.py without the documents bench/bench_ocr.py measures OCR on.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

HOOK, ACUTE, GRAVE = "\u0309", "\u0301", "\u0300"
TONES = "\u0300\u0301\u0303\u0309\u0323"
# The marks OCR takes one for another: the tone read, and the tones it may have been.
CONFUSED = {ACUTE: (HOOK,), GRAVE: (HOOK,), HOOK: (ACUTE, "")}
MIN_PAIRS = 3  # a pair seen fewer times says nothing
MIN_SHARE = 0.3  # a pair that is a word: this share of its rarer syllable's uses
_SYLLABLE = re.compile(r"[^\W\d_]+")
_EDGE = ",.;:!?()“”\"'…"


def tone_of(syllable: str) -> str:
    """The syllable's tone mark ("" for none)."""
    return next((c for c in unicodedata.normalize("NFD", syllable) if c in TONES), "")


def with_tone(syllable: str, tone: str) -> str:
    """The syllable with `tone` in place of its own, at the same vowel ("tố" → "tổ")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    own = tone_of(syllable)
    return unicodedata.normalize("NFC", decomposed.replace(own, tone)) if own else syllable


def words_of(line: str) -> list[str]:
    """The line's lower-case syllables in order, "" where punctuation or a figure parts two of them
    (no pair is counted across a comma)."""
    out: list[str] = []
    for token in line.split():
        core = token.strip(_EDGE)
        if core and _SYLLABLE.fullmatch(core):
            if core != token.lstrip(_EDGE):
                out += [core.lower(), ""]  # punctuation after the syllable
            elif core != token:
                out += ["", core.lower()]
            else:
                out.append(core.lower())
        else:
            out.append("")
    return out


@cache
def _table() -> dict[str, int]:
    """Pair and syllable counts."""
    counts: dict[str, int] = {}
    data = resources.files("kehoach.read").joinpath("data/tone_pairs.tsv")
    for line in data.read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, value = line.split("\t")
        counts[key] = int(value)
    return counts


def _strip(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))


def _cased(word: str, like: str) -> str:
    if len(like) > 1 and like.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


def _pair(counts: dict[str, int], first: str, second: str) -> int:
    return counts.get(f"{first} {second}", 0) if first and second else 0


def _share(counts: dict[str, int], first: str, second: str) -> float:
    pair = _pair(counts, first, second)
    if pair < MIN_PAIRS:
        return 0.0
    return pair / max(1, min(counts.get(first, 0), counts.get(second, 0)))


def _candidates(word: str) -> list[str]:
    tone = tone_of(word)
    out = []
    for other in CONFUSED.get(tone, ()):
        out.append(_strip(word) if other == "" else with_tone(word, other))
    return out


def retone(line: str, before: str = "", after: str = "") -> str:
    """The line with the hook told from the acute and grave where the neighbours say so; `before`
    and `after` are the lines around it (a word cut at the line's end: "KIẾM" + "TRA, CẤP ...")."""
    counts = _table()
    matches = list(_SYLLABLE.finditer(line))
    words = [m[0].lower() for m in matches]
    joined = [
        i > 0 and not line[matches[i - 1].end() : m.start()].strip() for i, m in enumerate(matches)
    ]
    previous, following = _edge_word(before, last=True), _edge_word(after, last=False)
    changes: list[tuple[int, int, str]] = []
    for i, match in enumerate(matches):
        candidates = _candidates(words[i])
        if not candidates:
            continue
        if i == 0 and not line[: match.start()].strip():
            before = previous
        else:
            before = words[i - 1] if joined[i] else ""
        if i + 1 == len(words) and not line[match.end() :].strip():
            after = following
        else:
            after = words[i + 1] if i + 1 < len(words) and joined[i + 1] else ""
        if _pair(counts, before, words[i]) or _pair(counts, words[i], after):
            continue  # the pair as read is Vietnamese
        unknown = words[i] not in counts
        best, strength = "", 0.0
        for other in candidates:
            left, right = _pair(counts, before, other), _pair(counts, other, after)
            found = max(_share(counts, before, other), _share(counts, other, after))
            if (left and right and left + right >= MIN_PAIRS) or (
                unknown and max(left, right) >= MIN_PAIRS
            ):
                found = max(found, 1.0)  # confirmed on both sides, or the read one is no syllable
                # of the plans' at all ("đế báo cáo")
            if found > strength:
                best, strength = other, found
        if best and strength >= MIN_SHARE:
            words[i] = best
            changes.append((match.start(), match.end(), _cased(best, match[0])))
    for start, end, word in reversed(changes):
        line = line[:start] + word + line[end:]
    return line


def _edge_word(line: str, last: bool) -> str:
    """The last (or first) word of a neighbouring line, lower case, if nothing but spaces stands
    between it and the line's edge; "" otherwise."""
    text = line.rstrip() if last else line.lstrip()
    matches = list(_SYLLABLE.finditer(text))
    if not matches:
        return ""
    match = matches[-1] if last else matches[0]
    edge = text[match.end() :] if last else text[: match.start()]
    return "" if edge.strip() else match[0].lower()
