"""The Vietnamese lexicon lint spells with: the syllables of hunspell-vi, and how plans use them.

Vietnamese is written in syllables, so spelling has two levels:

- a syllable that is no Vietnamese syllable ("hoach", "chưc"): the syllable list of Debian's hunspell-vi
  (`/usr/share/hunspell/vi_VN.dic`, LibreOffice's Vietnamese dictionary, GPL-2, read where the system
  installs it and never copied into this package) says which exist;
- a pair of real syllables that makes no word where a close pair is common ("sử lý" for "xử lý",
  "thực hiên" for "thực hiện"): `data/syllable_counts.tsv` counts syllables and neighbouring pairs in the
  corpus of real plans (counts only, built by scripts/build_pair_counts.py).

A ward adds its own names (units, places, people) with `allow = [...]` in [tool.kehoach.lint].
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kehoach.document.text import fold

HUNSPELL = Path(os.environ.get("KEHOACH_HUNSPELL_VI", "/usr/share/hunspell/vi_VN.dic"))
SYLLABLE = re.compile(r"[^\W\d_]+")
TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONED = re.compile(r"[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
ONSET_SWAPS = (("s", "x"), ("tr", "ch"), ("gi", "d"), ("d", "r"), ("gi", "r"))
MIN_PAIR = (
    3  # a corrected pair must be this common in plans to be suggested for a pair of real syllables
)
MIN_ASSOCIATION = 0.3  # ... and be a word: its rarer syllable is in this pair at least this often


@dataclass(frozen=True)
class Lexicon:
    """Known syllables (lower case), syllable counts and pair counts in administrative text."""

    syllables: frozenset[str]
    counts: dict[str, int]
    pairs: dict[str, int]
    by_fold: dict[str, tuple[str, ...]]
    every: frozenset[str] = (
        frozenset()
    )  # syllables and counted syllables: one set test per syllable
    pair_set: frozenset[tuple[str, str]] = (
        frozenset()
    )  # the counted pairs, as the word stream has them

    @property
    def has_dictionary(self) -> bool:
        return len(self.syllables) > 1000

    def known(self, syllable: str) -> bool:
        return syllable in self.syllables or syllable in self.counts

    def pair(self, first: str, second: str) -> int:
        return self.pairs.get(f"{first} {second}", 0)

    def association(self, first: str, second: str) -> float:
        """How much a pair is one word: its count over the rarer syllable's count (1.0: always together)."""
        rarer = min(self.counts.get(first, 0), self.counts.get(second, 0))
        return self.pair(first, second) / rarer if rarer else 0.0

    def slips(self, syllable: str) -> Iterator[str]:
        """The known syllables a careful reader would say `syllable` was meant to be, in a pair:

        a tone mark left out ("hiên" → "hiện", "đôi" → "đối": the written syllable has no tone mark),
        or an onset confused in speech (s/x, tr/ch, d/gi/r: "sử" → "xử", "xắp" → "sắp").
        A syllable that already has a tone mark is not re-marked: "quận", "cử" are words as written.
        """
        if not has_tone(syllable):
            for other in self.by_fold.get(fold(syllable), ()):
                if other != syllable and strip_tone(other) == syllable:
                    yield other
        for one, two in ONSET_SWAPS:
            for old, new in ((one, two), (two, one)):
                if syllable.startswith(old) and not (old == "d" and syllable.startswith("đ")):
                    other = new + syllable[len(old) :]
                    if other != syllable and self.known(other):
                        yield other

    def variants(self, syllable: str) -> Iterator[str]:
        """Known syllables a slip of the hand or ear could have turned into `syllable`.

        The same letters with other marks ("hiên" → "hiện", "chưc" → "chức"), and the onsets people
        confuse in speech (s/x, tr/ch, d/gi/r) with the same rhyme and tone ("sử" → "xử").
        """
        seen = {syllable}
        for other in self.by_fold.get(fold(syllable), ()):
            if other not in seen:
                seen.add(other)
                yield other
        for one, two in ONSET_SWAPS:
            for old, new in ((one, two), (two, one)):
                if syllable.startswith(old) and not (old == "d" and syllable.startswith("đ")):
                    other = new + syllable[len(old) :]
                    if other not in seen and self.known(other):
                        seen.add(other)
                        yield other


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once: hunspell-vi's syllables where installed, and the shipped counts."""
    syllables: set[str] = set()
    try:
        for line in HUNSPELL.read_text(encoding="utf-8").splitlines()[1:]:
            word = unicodedata.normalize("NFC", line.split("/")[0].strip())
            if word and word.islower() and SYLLABLE.fullmatch(word):
                syllables.add(word)
    except OSError:
        pass  # no dictionary: only the pair checks run (see Lexicon.has_dictionary)
    counts: dict[str, int] = {}
    pairs: dict[str, int] = {}
    data = resources.files("kehoach.lint").joinpath("data/syllable_counts.tsv")
    for line in data.read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, value = line.split("\t")
        (pairs if " " in key else counts)[key] = int(value)
    by_fold: dict[str, list[str]] = {}
    for word in syllables | {w for w, c in counts.items() if c >= 3}:
        by_fold.setdefault(fold(word), []).append(word)
    return Lexicon(
        frozenset(syllables),
        counts,
        pairs,
        {k: tuple(sorted(v)) for k, v in by_fold.items()},
        frozenset(syllables | counts.keys()),
    )


@lru_cache(maxsize=8192)
def corrections(syllable: str) -> tuple[str, ...]:
    """Dictionary syllables an unknown `syllable` could be a slip for (a fact of the lexicon, kept)."""
    lex = lexicon()
    return tuple(c for c in lex.variants(syllable) if c in lex.syllables)


@cache
def fixable_pairs() -> frozenset[str]:
    """Every pair "a b" of syllables where one slip (Lexicon.slips) of a or b makes a common word.

    Built once from the lexicon's common pairs, backwards: for "xử lý" it holds "sử lý"; for "thực
    hiện", "thực hiên". A pair of the text not in it has no fix to offer, whatever surrounds it.
    """
    lex = lexicon()
    found: set[str] = set()
    for key, count in lex.pairs.items():
        first, _, second = key.partition(" ")
        if count < MIN_PAIR or lex.association(first, second) < MIN_ASSOCIATION:
            continue
        found.update(f"{slipped} {second}" for slipped in _slipped_from(lex, first))
        found.update(f"{first} {slipped}" for slipped in _slipped_from(lex, second))
    return frozenset(found)


def pair_fixes(first: str, second: str) -> bool:
    """Some slip in the pair of real syllables makes a common word ("sử lý" → "xử lý")."""
    return f"{first} {second}" in fixable_pairs()


def _slipped_from(lex: Lexicon, syllable: str) -> Iterator[str]:
    """The syllables whose slips include `syllable`: Lexicon.slips read backwards."""
    bare = strip_tone(syllable)
    if bare != syllable and syllable in lex.by_fold.get(fold(bare), ()):
        yield bare  # "hiện" is what "hiên" slips for
    if not lex.known(syllable):
        return
    for one, two in ONSET_SWAPS:
        for old, new in ((one, two), (two, one)):
            if syllable.startswith(new):
                written = old + syllable[len(new) :]
                if written != syllable and not (old == "d" and written.startswith("đ")):
                    yield written  # "sử" slips for "xử"


def syllables_of(text: str) -> Iterator[tuple[int, str]]:
    """(offset, syllable) of every run of letters."""
    for match in SYLLABLE.finditer(text):
        yield match.start(), match.group(0)


def pairs_of(text: str) -> Iterator[tuple[str, str]]:
    """Neighbouring lower-case syllable pairs (only white space between them), as counted for the lexicon."""
    previous: tuple[int, str] | None = None
    for match in SYLLABLE.finditer(text):
        word = match.group(0)
        if previous and not text[previous[0] : match.start()].strip():
            yield previous[1], word.lower()
        previous = (match.end(), word.lower())


def has_tone(syllable: str) -> bool:
    return any(c in TONES for c in unicodedata.normalize("NFD", syllable))


def strip_tone(syllable: str) -> str:
    """The syllable without its tone mark (other marks kept: "hiện" → "hiên")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))


def looks_vietnamese(word: str) -> bool:
    """A syllable with a tone-marked vowel: acronyms ("HĐND") and foreign words rarely have one."""
    return bool(_TONED.search(word.lower()))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance over decomposed letters (a tone mark is one edit)."""
    a, b = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]
