"""The spelling rule: syllables that are not Vietnamese, and pairs that make no word where a close one does.

    "kế hoach" → "kế hoạch"   (no syllable "hoach": the tone mark is missing)
    "tổ chưc"  → "tổ chức"
    "sử lý"    → "xử lý"      (two real syllables, no word; "xử lý" is common in plans)
    "thực\nhiên" → "thực hiện" (a word split over a line break is checked as one)

Suggestions come from the lexicon (kehoach.lint.spelling), ranked by how often the corrected pair occurs
in administrative text, then by the syllable's own frequency, then by edit distance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kehoach.lint.document import LintDocument
from kehoach.lint.language_rules import match_case
from kehoach.lint.rules import ERROR, Finding, rule
from kehoach.lint.spelling import (
    MIN_ASSOCIATION,
    MIN_PAIR,
    Lexicon,
    corrections,
    edit_distance,
    fixable_pairs,
    lexicon,
    looks_vietnamese,
)
from kehoach.lint.words import BREAK, Words, merge_spans, spans_holding, words_of

# syllables, and the punctuation and numbers between them (so that "hiện, kế" is no pair)
TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]+|\d+")
REACH = 2  # lines read around a suspect line: the words before and after a pair split over lines


def _joined(document: LintDocument, left: tuple[int, str], right: tuple[int, str]) -> bool:
    """The two syllables are neighbours in one phrase: only spaces or one line break between them."""
    if not (left[1][0].isalpha() and right[1][0].isalpha()):
        return False
    gap = document.text[left[0] + len(left[1]) : right[0]]
    return gap == " " or (len(gap) < 12 and not gap.strip(" \t\u00a0\n") and gap.count("\n") <= 1)


def _rank(lex: Lexicon, candidates: list[str], before: str, after: str, written: str) -> list[str]:
    def score(candidate: str) -> tuple[int, int, int]:
        context = lex.pair(before, candidate) + lex.pair(candidate, after)
        return (-context, -lex.counts.get(candidate, 0), edit_distance(candidate, written))

    return sorted(candidates, key=score)


def _allowed(document: LintDocument, word: str) -> bool:
    return word.lower() in document.allow or word in document.allow


@rule(
    "spelling",
    "language",
    ERROR,
    'Âm tiết không có trong tiếng Việt ("kế hoach", "tổ chưc") hoặc cặp âm tiết không thành từ khi một cặp '
    'gần giống rất thường gặp ("sử lý" → "xử lý", "thực hiên" → "thực hiện")',
    "Từ điển âm tiết hunspell-vi (LibreOffice); tần suất từ kế hoạch thật "
    "(src/kehoach/lint/data/syllable_counts.tsv); Nghị định 30/2020/NĐ-CP, Điều 8",
)
def spelling(document: LintDocument) -> Iterator[Finding]:
    lex = lexicon()
    words = words_of(document)
    odd_words = _odd_syllables(document, lex, words)
    odd_pairs = _odd_pairs(document, lex, words)
    if not odd_words and not odd_pairs:
        return  # the common case: every distinct syllable and pair is known, or has no fix
    reported: set[int] = set()
    for first, last in _windows(document, odd_words, odd_pairs):
        end = document.starts[last] + len(document.plain[last])
        tokens = [
            (m.start(), m.group(0))
            for m in TOKEN.finditer(document.text, document.starts[first], end)
        ]
        lowers = [word.lower() for _, word in tokens]
        for index, lower in enumerate(lowers):
            following = lowers[index + 1] if index + 1 < len(lowers) else ""
            if lower in odd_words or (lower, following) in odd_pairs:
                yield from _check(document, lex, tokens, index, reported)


def _odd_syllables(document: LintDocument, lex: Lexicon, words: Words) -> set[str]:
    """Distinct syllables the dictionary lacks that could be a slip: a tone mark, or a close syllable."""
    if not lex.has_dictionary:
        return set()
    return {
        word
        for word in words.distinct - lex.every
        if word != BREAK
        and len(word) > 1
        and word not in document.allow
        and (looks_vietnamese(word) or corrections(word))
    }


def _odd_pairs(document: LintDocument, lex: Lexicon, words: Words) -> set[tuple[str, str]]:
    """Distinct pairs of real syllables never seen together, where a slip makes a common word.

    Set operations at C speed: the text's pairs, less the common ones, within the pairs a slip
    away from a common word (built once from the lexicon).
    """
    found = set()
    for pair in words.pairs & fixable_pairs():
        first, _, second = pair.partition(" ")
        if (
            first != second
            and pair not in lex.pairs
            and first in lex.every
            and second in lex.every
            and pair not in document.allow
        ):
            found.add((first, second))
    return found


def _windows(
    document: LintDocument, odd_words: set[str], odd_pairs: set[tuple[str, str]]
) -> list[tuple[int, int]]:
    """Line spans (first, last) around each place a suspect syllable or pair stands, merged."""
    spans = []
    for word in odd_words:
        spans += spans_holding(document, re.escape(word))
    for first, second in odd_pairs:
        spans += spans_holding(document, rf"{re.escape(first)}(?=(\s+{re.escape(second)}))")
    last = len(document.plain) - 1
    return merge_spans([(max(0, a - REACH), min(last, b + REACH)) for a, b in spans])


def _check(
    document: LintDocument,
    lex: Lexicon,
    words: list[tuple[int, str]],
    index: int,
    reported: set[int],
) -> Iterator[Finding]:
    """The finding, if any, at suspect syllable `index` of `words`: unknown, or the first of an odd pair."""
    offset, word = words[index]
    lower = word.lower()
    if len(word) < 2 or (word.isupper() and not looks_vietnamese(word)):
        return
    before = (
        words[index - 1] if index and _joined(document, words[index - 1], words[index]) else None
    )
    after = (
        words[index + 1]
        if index + 1 < len(words) and _joined(document, words[index], words[index + 1])
        else None
    )
    prev_word = before[1].lower() if before else ""
    next_word = after[1].lower() if after else ""
    if not lex.known(lower):
        if _allowed(document, word) or not lex.has_dictionary:
            return
        ranked = _rank(lex, list(corrections(lower)), prev_word, next_word, lower)
        context = ranked and (lex.pair(prev_word, ranked[0]) + lex.pair(ranked[0], next_word))
        # a word without a tone mark is a foreign word ("online", "video") unless the context
        # makes a common pair with a marked form of it ("kế hoach" → "hoạch")
        if (not looks_vietnamese(word) or not word.islower()) and not context:
            return  # a foreign word, or a name ("Pác Bó", "Soóng"): only a context corrects it
        best = match_case(word, ranked[0]) if ranked else None
        reported.add(offset)
        yield document.finding(
            "spelling",
            offset,
            f'"{word}" không phải âm tiết tiếng Việt'
            + (f'; có lẽ là "{best}".' if best else "; kiểm tra lại chính tả."),
            best,
            edits=(document.edit(offset, word, best),) if best and context else (),
        )
        return
    # a pair of real syllables: checked when both are written in lower case (names are capitalised)
    if not after or not word.islower() or not after[1].islower() or offset in reported:
        return
    if lower == next_word or not lex.known(next_word):
        return  # a doubled syllable is repeated-word's; an unknown one is reported on its own
    if lex.pair(lower, next_word) or _allowed(document, f"{lower} {next_word}"):
        return
    beyond = (
        words[index + 2]
        if index + 2 < len(words) and _joined(document, words[index + 1], words[index + 2])
        else None
    )
    finding = _confusable(document, lex, before, (offset, word), after, beyond)
    if finding:
        reported.update((offset, after[0]))
        yield finding


def _confusable(
    document: LintDocument,
    lex: Lexicon,
    before: tuple[int, str] | None,
    first: tuple[int, str],
    second: tuple[int, str],
    beyond: tuple[int, str] | None,
) -> Finding | None:
    """ "sử lý" where "xử lý" is common and "sử lý" never seen: a confusable syllable in the pair."""
    a, b = first[1], second[1]
    options: list[tuple[int, int, str, str, tuple[int, str]]] = []
    for variant in lex.slips(a):
        count = lex.pair(variant, b)
        if (
            count >= MIN_PAIR
            and lex.association(variant, b) >= MIN_ASSOCIATION
            and not (before and lex.pair(before[1].lower(), a))
        ):
            options.append((count, -edit_distance(a, variant), f"{variant} {b}", variant, first))
    fits_after = beyond is not None and lex.pair(b, beyond[1].lower()) > 0  # "tuyên truyền"
    for variant in lex.slips(b):
        count = lex.pair(a, variant)
        if count >= MIN_PAIR and lex.association(a, variant) >= MIN_ASSOCIATION and not fits_after:
            options.append((count, -edit_distance(b, variant), f"{a} {variant}", variant, second))
    if not options:
        return None
    options.sort(reverse=True)
    count, _, pair, variant, (offset, wrong) = options[0]
    if len(options) > 1 and options[1][0] * 2 > count:
        return None  # two corrections about as likely: a person must choose
    return document.finding(
        "spelling",
        offset,  # at the syllable to change: a pair split over a line break is reported where it is wrong
        f'"{a} {b}" không thành từ; có lẽ là "{pair}" (gặp {count} lần trong các kế hoạch).',
        pair,
        edits=(document.edit(offset, wrong, match_case(wrong, variant)),),
    )
