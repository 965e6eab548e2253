"""The content items of our plan (each part of its NỘI DUNG) and which item a sentence reports on.

A unit's report covers several items in a few sentences; each sentence goes under the item whose
words it shares most (folded, without the small words every sentence has). A sentence that shares
nothing goes under the item of the unit's task, and failing that under "Các nhiệm vụ khác".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach.document.model import Plan, Section
from kehoach.document.text import clean, fold
from kehoach.report.folding import fold_words

OTHER = "Các nhiệm vụ khác"
_CONTENT = ("noi dung", "nhiem vu", "hoat dong")
_NOT_CONTENT = ("muc dich", "yeu cau", "to chuc thuc hien", "kinh phi", "thoi gian", "khau hieu")
_SMALL = frozenset(
    [
        "cac",
        "cua",
        "va",
        "voi",
        "cho",
        "trong",
        "tren",
        "theo",
        "tai",
        "nhung",
        "mot",
        "nay",
        "do",
        "duoc",
        "da",
        "den",
        "tu",
        "khi",
        "de",
        "ve",
        "la",
        "co",
        "thuc",
        "hien",
        "to",
        "chuc",
        "tuyen",
        "truyen",
        "phuong",
        "xa",
        "don",
        "vi",
        "cong",
        "tac",
        "hoat",
        "dong",
        "nhan",
        "dan",
        "ngay",
        "nam",
        "thang",
        "ke",
        "hoach",
        "noi",
        "dung",
    ]
)


@dataclass
class ContentItem:
    """One item of the plan's content: its number, title and the words it is known by."""

    number: str
    title: str
    words: frozenset[str] = field(default_factory=frozenset)


def words_of(text: str) -> frozenset[str]:
    """The telling words of a text: folded, two letters or more, without the small words."""
    return frozenset(w for w in fold_words(text) if len(w) > 1 and w not in _SMALL and w.isascii())


def _section_text(section: Section) -> str:
    return " ".join([section.title, *section.paragraphs])


def _is_content(section: Section) -> bool:
    title = fold(section.title)
    return any(w in title for w in _CONTENT) and not title.startswith(_NOT_CONTENT)


def _short_title(section: Section) -> str:
    title = clean(section.title).rstrip(" .:;")
    if len(title) > 160:
        title = title[:157].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:]


def content_items(plan: Plan) -> list[ContentItem]:
    """The items of the plan's NỘI DUNG part (its sub-sections, or the part itself)."""
    for section in plan.sections:
        if not _is_content(section):
            continue
        children = [
            c
            for c in section.children
            if c.title.strip() and not fold(c.title).startswith(_NOT_CONTENT)
        ]
        if not children:
            return [ContentItem("1", _short_title(section), words_of(_section_text(section)))]
        return [
            ContentItem(
                str(index),
                _short_title(child),
                words_of(" ".join(_section_text(s) for s in child.walk())),
            )
            for index, child in enumerate(children, start=1)
        ]
    return []


def best_item(items: list[ContentItem], text: str) -> ContentItem | None:
    """The item sharing the most telling words with `text`; None when none shares any."""
    words = words_of(text)
    if not words:
        return None
    best, score = None, 0.0
    for item in items:
        shared = len(words & item.words)
        if not shared:
            continue
        value = shared / (len(words) ** 0.5)
        if value > score:
            best, score = item, value
    return best
