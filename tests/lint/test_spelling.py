"""The lexicon: hunspell-vi's syllables, the counts of real plans, and the slips a syllable allows."""

from __future__ import annotations

from kehoach.lint.spelling import edit_distance, lexicon, pairs_of, strip_tone


def test_hunspell_vi_gives_thousands_of_syllables():
    lex = lexicon()
    assert lex.has_dictionary and "hoạch" in lex.syllables and "hoach" not in lex.syllables


def test_slips_add_a_missing_tone_or_swap_a_confused_onset():
    lex = lexicon()
    assert "hiện" in set(lex.slips("hiên"))
    assert "xử" in set(lex.slips("sử"))
    assert "quan" not in set(lex.slips("quận"))  # a marked syllable is a word as written


def test_pairs_cross_one_line_break_but_not_punctuation():
    assert list(pairs_of("tổ chức thực\nhiện, kế hoạch")) == [
        ("tổ", "chức"),
        ("chức", "thực"),
        ("thực", "hiện"),
        ("kế", "hoạch"),
    ]


def test_a_tone_mark_is_one_edit():
    assert edit_distance("hiên", "hiện") == 1 and strip_tone("hiện") == "hiên"
