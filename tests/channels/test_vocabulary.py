"""The reading vocabulary and the spelling of unknown abbreviations."""

from __future__ import annotations

from kehoach.channels.vocabulary import is_syllable, spell, vocabulary


def test_known_abbreviations_read_in_full() -> None:
    assert vocabulary().abbreviations["UBND"] == "Ủy ban nhân dân"


def test_capitalised_syllables_are_words_not_abbreviations() -> None:
    assert all(is_syllable(w) for w in ("NAM", "HOẠCH", "TRUYỀN", "NGHIÊNG"))
    assert not any(is_syllable(w) for w in ("UBND", "HLV", "SVHTTDL"))


def test_unknown_abbreviation_is_spelled_by_letter_names() -> None:
    assert spell("HLV") == "hát e-lờ vê"
