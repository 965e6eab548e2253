"""The reading vocabulary: abbreviations, document kinds, loanwords and units (abbreviations.yaml), and the
Vietnamese names of letters for spelling an abbreviation nobody listed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

LETTER_NAMES = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e", "Ê": "ê",
    "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "giây", "K": "ca", "L": "e-lờ", "M": "em-mờ",
    "N": "en-nờ", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e-rờ", "S": "ét-xì",
    "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích-xì", "Y": "i dài", "Z": "dét",
}  # fmt: skip

_VOWELS = "aăâeêioôơuưy" + "àằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
SYLLABLE = re.compile(
    rf"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}(ch|ng|nh|[cmnpt])?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Vocabulary:
    abbreviations: dict[str, str]
    document_kinds: dict[str, str]
    loanwords: dict[str, str]
    units: dict[str, str]


@cache
def vocabulary() -> Vocabulary:
    """The shipped reading vocabulary."""
    text = resources.files("kehoach.channels").joinpath("abbreviations.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return Vocabulary(
        abbreviations={str(k): str(v) for k, v in data["organisations"].items()},
        document_kinds={str(k): str(v) for k, v in data["document_kinds"].items()},
        loanwords={str(k): str(v) for k, v in data["loanwords"].items()},
        units={str(k): str(v) for k, v in data["units"].items()},
    )


def is_syllable(word: str) -> bool:
    """True for a word that reads as one Vietnamese syllable ("NAM", "HOẠCH"), false for "UBND"."""
    return bool(SYLLABLE.match(word))


def spell(word: str) -> str:
    """Spell an unknown abbreviation by letter names: "HLV" -> "hát e-lờ vê"."""
    return " ".join(LETTER_NAMES.get(c.upper(), c) for c in word if c.isalnum())
