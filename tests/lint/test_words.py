"""The shared word stream: lower-case syllables line by line, breaks where punctuation or numbers stood."""

from __future__ import annotations

from kehoach.lint.document import LintDocument
from kehoach.lint.words import BREAK, merge_spans, repeat_windows, spans_holding, words_of


def document(text: str) -> LintDocument:
    return LintDocument("plan.txt", "text", text.split("\n"))


def words(text: str):
    return words_of(document(text))


def test_syllables_are_lowered_and_punctuation_and_numbers_are_breaks():
    assert words("Kế hoạch số 15/KH-UBND, ngày 5").tokens == [
        "kế", "hoạch", "số", BREAK, "kh", BREAK, "ubnd", BREAK, "ngày", BREAK
    ]  # fmt: skip


def test_a_pair_reaches_across_a_line_break_but_not_across_a_comma():
    stream = words("tổ chức thực\nhiện kế hoạch, lý luận")
    assert stream.has("thực hiện") and stream.has("kế hoạch")
    assert not stream.has("hoạch lý")


def test_a_token_glued_to_an_unlisted_sign_is_split_like_the_rules_split_it():
    # a zero-width space is neither white space nor a listed sign: the slow reading splits it off
    stream = words("kế\u200bhoạch tốt")
    assert stream.tokens == ["kế", BREAK, "hoạch", "tốt"]


def test_spans_reach_to_the_end_of_a_look_ahead_and_do_not_hide_each_other():
    text = "xan\n\n\nan an\nhết"
    assert spans_holding(document(text), r"an(?=(\s+an))") == [(0, 3), (3, 3)]
    assert merge_spans([(3, 3), (0, 3), (5, 6)]) == [(0, 3), (5, 6)]


def test_repeat_windows_hold_doubled_syllables_and_phrases_only():
    text = "Kế hoạch số\nsố 15\nkhông lặp ở đây\nthực hiện thực hiện tốt\nlà là"
    assert repeat_windows(document(text), words(text)) == [(0, 1), (3, 3), (4, 4)]
    plain = "các đơn vị, đơn vị trực thuộc"
    assert repeat_windows(document(plain), words(plain)) == []
