"""Turning what a unit wrote into the sentences of a report signed by the committee.

Units write in their own voice ("Đã phát thanh 12 buổi.", "Đơn vị tổ chức 2 hội nghị", "- Treo 20
băng rôn;"); the report names the unit as the subject in the third person ("Trung tâm Dịch vụ sự
nghiệp công phường đã phát thanh 12 buổi"). The rules follow the shape of the sentence: who it starts
with (the unit itself, a pronoun, nobody), whether it starts with "đã", a verb of action or a number.
"""

from __future__ import annotations

import re

from kehoach.document.text import clean
from kehoach.report.folding import folded_head

# Subjects a unit uses for itself: replaced by the unit's name.
_SELF = ("don vi chung toi", "co quan chung toi", "chung toi", "don vi", "co quan", "chung em")
# Aspect and negation words that already make a predicate: the unit's name goes in front.
_ASPECT = ("da ", "dang ", "se ", "chua ", "khong ", "tiep tuc ", "van ", "duoc ", "thuong xuyen ")
# First words of a predicate: verbs of the work units report (folded).
_VERBS = (
    "to chuc",
    "phoi hop",
    "treo",
    "dang tai",
    "dang",
    "phat",
    "tuyen truyen",
    "trien khai",
    "xay dung",
    "ban hanh",
    "thuc hien",
    "tham gia",
    "chi dao",
    "kiem tra",
    "van dong",
    "trang tri",
    "in",
    "cap phat",
    "tap huan",
    "huong dan",
    "ra soat",
    "duy tri",
    "lap dat",
    "bien tap",
    "cung cap",
    "hoan thanh",
    "tiep nhan",
    "gui",
    "bao cao",
    "pho bien",
    "quan triet",
    "thay the",
    "sua chua",
    "ve sinh",
    "mo",
    "phat dong",
    "tang",
    "trao",
    "tham hoi",
    "thanh lap",
    "cu",
    "bo tri",
    "dieu dong",
    "ky",
    "giao",
    "lap",
    "mua",
    "thue",
    "chuan bi",
    "niem yet",
    "cong khai",
    "dua tin",
    "phat thanh",
    "giam sat",
    "theo doi",
    "tong hop",
)
_VERB_SET = frozenset(_VERBS)
# Capitalised words that stay so in mid-sentence.
_KEEP = ("Đảng", "Nhà nước", "Bác", "Tổ quốc", "Chủ tịch", "Thủ đô", "Mặt trận", "Hội ", "Đoàn ")
_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[-+•*]?\s*[A-ZĐÀ-Ỹ0-9])|\n+")
_MARK = re.compile(r"^\s*(?:[-+•*–]|\d+[.)]|[a-zđ]\))\s*")


def split_sentences(text: str) -> list[str]:
    """The sentences of a unit's text, list markers and end punctuation removed."""
    found = []
    for piece in _SPLIT.split(text or ""):
        sentence = clean(_MARK.sub("", piece)).rstrip(" .;,:")
        if sentence:
            found.append(sentence)
    return found


def lower_first(text: str) -> str:
    """The first word in lower case, unless it starts a name ("Đảng", "Trung tâm Văn hóa")."""
    if not text or text.startswith(_KEEP) or not text[:1].isupper():
        return text
    words = text.split(" ", 3)
    if len(words) > 1 and words[1][:1].isupper():
        return text  # "Hội Liên hiệp", "Ủy ban Mặt trận": a proper name
    if len(words) > 2 and words[1][:1].islower() and words[2][:1].isupper():
        return text  # "Trung tâm Văn hóa ..."
    if len(words[0]) > 1 and words[0][1:2].isupper():
        return text  # an abbreviation: "UBND", "MTTQ"
    return text[:1].lower() + text[1:]


def _starts_with(folded: str, words: tuple[str, ...]) -> str | None:
    for word in words:
        if folded.startswith(word + " ") or folded == word:
            return word
    return None


def report_sentence(unit: str, sentence: str) -> str:
    """One sentence with the unit as its subject, ending in a full stop."""
    text = sentence.rstrip(" .;,:") if "  " not in sentence else clean(sentence).rstrip(" .;,:")
    if not text:
        return ""
    folded = folded_head(text)
    if text.lower().startswith(unit.lower()):
        body = text
    elif (pronoun := _starts_with(folded, _SELF)) is not None:
        rest = text[len(pronoun) :].lstrip(" ,")
        folded_rest = folded_head(rest)
        verb = _first_word_is_verb(folded_rest) and not folded_rest.startswith(_ASPECT)
        body = f"{unit} {'đã ' if verb else ''}{lower_first(rest)}"
    elif folded.startswith(_ASPECT):
        body = f"{unit} {lower_first(text)}"
    elif text[:1].isdigit():
        body = f"{unit} đã thực hiện {text}"
    elif _first_word_is_verb(folded):
        body = f"{unit} đã {lower_first(text)}"
    elif re.search(r"\s(đã|được|đang)\s", text[:60]):
        body = f"Theo báo cáo của {unit}, {lower_first(text)}"
    else:
        body = f"{unit} đã thực hiện: {lower_first(text)}"
    return body + "."


def _first_word_is_verb(folded: str) -> bool:
    words = folded.split(" ", 2)
    return words[0] in _VERB_SET or " ".join(words[:2]) in _VERB_SET


def join_predicates(unit: str, sentences: list[str]) -> str:
    """Several sentences of one unit in one paragraph: the name once, the rest after "; "."""
    if not sentences:
        return ""
    first, *rest = [s.rstrip(".") for s in sentences]
    tails = []
    for sentence in rest:
        if sentence.startswith(unit + " "):
            tail = sentence[len(unit) + 1 :]
            tails.append(tail[3:] if tail.startswith("đã ") else tail)
        else:
            tails.append(lower_first(sentence))
    return "; ".join([first, *tails]) + "."


def in_sentence(name: str) -> str:
    """A unit named mid-sentence: "Các tổ dân phố" -> "các tổ dân phố"; proper names unchanged."""
    return "c" + name[1:] if name.startswith("Các ") else name


def unit_list(units: list[str]) -> str:
    """ "A, B và C", as written inside a sentence."""
    names = [in_sentence(unit) for unit in units]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]
