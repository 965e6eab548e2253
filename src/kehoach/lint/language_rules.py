"""Language rules: repeated words and known misspellings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, WARNING, Finding, rule
from kehoach.lint.spelling import Lexicon, lexicon
from kehoach.lint.words import repeat_windows, words_of

# --- repeated-word ---

# Reduplications that are words in their own right ("ngày ngày", "người người", "đời đời").
REDUPLICATIONS = frozenset(
    [
        "đời",
        "mãi",
        "ngày",
        "người",
        "nhà",
        "đêm",
        "năm",
        "tháng",
        "lớp",
        "dần",
        "từ",
        "đâu",
        "ai",
        "xa",
        "khắp",
        "thường",
        "ngành",
        "nơi",
        "chiều",
        "sáng",
        "tối",
        "hàng",
        "đều",
        "xanh",
        "vàng",
        "đỏ",
        "hồng",
        "trắng",
        "ào",
        "ầm",
        "rầm",
        "vù",
        "đùng",
        "lâng",
        "nao",
        "ba",
        "cha",
        "chuồn",
        "cào",
        "chôm",
        "đùng",
        "thình",
        "bình",
        "chậm",
        "vừa",
    ]
)
# A word written twice ("nhân nhân", "Nhân nhân": a case-blind back-reference, across a line break
# too), or a two-word phrase written twice one space apart ("thực hiện thực hiện", "Tuyên truyền
# tuyên truyền"; not a table's columns "kiểm tra   kiểm tra"). One pattern: the text is scanned once.
_WORD_PAIR = re.compile(
    r"(?<![\w-])(?P<one>[^\W\d_]{2,})(?: (?P<second>[^\W\d_]{2,}) (?i:(?P=one)) (?P=second)|"
    r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t]*)(?P<again>(?i:(?P=one))))(?![\w-])"
)


# Syllables that often end one word and start the next in plans ("hành vi vi phạm", "trở thành thành
# phố", "thi công công trình", "tài chính chính sách"): a doubled one is normal, not even a warning.
SHARED_SYLLABLES = frozenset(
    [
        "vi",
        "thành",
        "công",
        "thông",
        "tiếp",
        "phòng",
        "trực",
        "đảng",
        "số",
        "động",
        "song",
        "dân",
        "nghiệp",
        "học",
        "quan",
        "tâm",
        "lý",
        "lí",
        "pháp",
        "luật",
        "trị",
        "nhân",
        "sinh",
        "hội",
        "tin",
        "tế",
        "hóa",
        "hoá",
        "xã",
        "tổ",
        "chức",
        "cấp",
        "viên",
        "năng",
        "lực",
        "tư",
        "nhà",
        "nước",
        "sự",
        "vụ",
        "bộ",
        "đoàn",
        "kế",
        "hoạch",
        "đạo",
        "đức",
        "an",
        "ninh",
        "thể",
        "thao",
        "dục",
        "mới",
        "sản",
        "xuất",
        "điểm",
        "hình",
        "thức",
        "trường",
        "chính",
        "sách",
        "lượng",
        "điện",
        "tử",
        "kỳ",
        "kì",
        "giá",
        "mạnh",
        "tra",
        "cứu",
        "đầu",
        "tác",
        "hợp",
        "tập",
        "trung",
        "ương",
        "tỉnh",
        "thị",
        "lập",
        "tiến",
        "biến",
        "phát",
        "triển",
        "triển",
        "khai",
        "thi",
        "đua",
        "văn",
        "bản",
        "tài",
        "liệu",
        "tuyên",
        "truyền",
        "cơ",
        "sở",
        "hiện",
        "thực",
        "chủ",
        "tịch",
        "phó",
        "trưởng",
        "ban",
        "ngành",
        "quân",
        "đội",
        "lao",
        "địa",
        "phương",
        "tiêu",
        "chuẩn",
        "định",
        "kiểm",
        "soát",
        "giám",
        "sát",
        "bảo",
        "đảm",
        "quy",
        "mô",
        "thương",
        "mại",
        "dịch",
        "dụng",
        "ứng",
        "việc",
        "làm",
        "cư",
        "nông",
        "thôn",
        "thủy",
        "lợi",
        "khí",
        "hậu",
        "hạ",
        "tầng",
        "giao",
        "thương",
        "binh",
        "liệt",
        "sĩ",
        "sỹ",
        "gia",
        "đình",
        "trẻ",
        "em",
        "người",
        "cao",
        "tuổi",
        "đời",
        "sống",
    ]
)

# Words that never stand twice in a row: a doubled one is a slip ("các các", "của của").
FUNCTION_WORDS = frozenset(
    [
        "các",
        "của",
        "để",
        "và",
        "trong",
        "cho",
        "những",
        "được",
        "với",
        "tại",
        "theo",
        "đã",
        "sẽ",
        "đang",
        "thì",
        "mà",
        "nhưng",
        "hoặc",
        "này",
        "đó",
        "ở",
        "đến",
        "khi",
        "nếu",
        "vì",
        "nhằm",
        "mọi",
        "mỗi",
        "cũng",
        "rất",
        "bị",
        "thuộc",
        "gồm",
        "trên",
        "dưới",
        "giữa",
        "về",
        "như",
    ]
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|^[ \t]*(?:[-+•]|\(?\w{1,3}[.)]))[ \t\"“(]*$")


def _starts_sentence(document: LintDocument, offset: int) -> bool:
    line_start = document.text.rfind("\n", 0, offset) + 1
    before = document.text[max(line_start, offset - 40) : offset]
    return bool(_SENTENCE_START.search(before)) or not before.strip()


@rule(
    "repeated-word",
    "language",
    ERROR,
    'Một từ viết lặp hai lần liền nhau ("Nhân nhân dân", "các các"); từ nội dung lặp lại là cảnh báo',
    "Lỗi soạn thảo; Nghị định 30/2020/NĐ-CP, Điều 8 (văn bản phải chính xác)",
)
def repeated_word(document: LintDocument) -> Iterator[Finding]:
    lex = lexicon()
    for match in _repeats(document):
        if match.group("second"):
            words = f"{match.group('one')} {match.group('second')}"
            if _ends_a_name(document, match):
                continue  # "Phòng Quản lý đô thị - Xây dựng xây dựng kế hoạch": a name, then a verb
            if words.split()[0].lower() not in REDUPLICATIONS:
                yield document.finding(
                    "repeated-word",
                    match.start(),
                    f'Cụm từ "{words}" bị lặp: "{match.group(0)}". Xóa một lần.',
                    words,
                    WARNING,  # certain, but drafts inherit it from the upper plan (cascade copies it)
                )
            continue
        word, second = match.group("one"), match.group("again")
        if word.lower() in REDUPLICATIONS:
            continue
        # "hành vi vi phạm", "trở thành thành phố": a syllable ending one word and starting the next is
        # normal; only a function word, or "Nhân nhân" inside a sentence, is certainly a slip.
        slip = word.lower() in FUNCTION_WORDS or (
            word[0].isupper()
            and second[0].islower()
            and not _starts_sentence(document, match.start())
        )
        if not slip and not word.isupper():
            slip = _slips_across_words(document, lex, match)  # "công tác tác tuyên", "số số 15"
        if not slip and (word.lower() in SHARED_SYLLABLES or word.isupper()):
            continue
        if not slip and _ends_a_name(document, match):
            continue
        second_start = match.start("again")
        yield document.finding(
            "repeated-word",
            match.start(),
            f'Từ "{word}" bị lặp: "{word} {second}". Xóa một từ.'
            if slip
            else f'"{word} {second}": có thể thừa một từ "{second}"; kiểm tra lại.',
            word if word[0].isupper() else second,
            None if slip else WARNING,
            edits=(
                document.edit(match.end("one"), document.text[match.end("one") : match.end()], ""),
            )
            if slip and "\n" not in document.text[match.end("one") : second_start]
            else (),
        )


def _repeats(document: LintDocument) -> Iterator[re.Match[str]]:
    """Matches of _WORD_PAIR, looked for only in the lines the word stream says hold a repeat.

    Each span starts at a line's start and overlapping spans are merged, so this finds exactly what one
    scan of the whole text finds, without running the back-reference over every position.
    """
    for first, last in repeat_windows(document, words_of(document)):
        end = document.starts[last] + len(document.plain[last])
        yield from _WORD_PAIR.finditer(document.text, document.starts[first], end)


# A unit or organisation named in the text: "Phòng Quản lý đô thị - Xây dựng", "Ban Chỉ huy Quân sự",
# "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Văn hóa - Thông tin và Thể thao". Its words after the
# head noun are capitalised (first word at least), joined by spaces, "-", "," or "và".
_NAME_HEAD = re.compile(
    r"(?:Phòng|Ban|Sở|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|UBND|Hội|Đoàn|Đội|Công an|Chi cục|Cục|Bộ|"
    r"Trường|Đài|Báo|Bảo hiểm|Kho bạc|Chi nhánh|Viện|Tổ|Quỹ|Hạt|Bệnh viện|Nhà văn hóa)"
    r"(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\s,;:.()]*|[a-zđà-ỹ][^\s,;:.()]*|-|–|và|,))*$"
)


def _ends_a_name(document: LintDocument, match: re.Match[str]) -> bool:
    """The first occurrence is the last words of a unit's name: capitalised, after "Phòng", "Ban" …"""
    one = match.group("one")
    if not one[:1].isupper():
        return False
    line_start = document.text.rfind("\n", 0, match.start()) + 1
    before = document.text[max(line_start, match.start() - 90) : match.start()]
    head = _NAME_HEAD.search(before + one)
    if not head:
        return False
    name = head.group(0)
    # the name's own words: the head, then capitalised words (lower-case ones only inside, as in
    # "Quản lý đô thị"); the repeated word must be capitalised there and lower case after it
    again = match.group("again") or match.group("second") or ""
    return bool(again) and again[:1].islower() and any(c.isupper() for c in name[1:])


def _slips_across_words(document: LintDocument, lex: Lexicon, match: re.Match[str]) -> bool:
    """A doubled syllable that ends one word and cannot start the next: "công tác tác tuyên truyền".

    "hành vi vi phạm" and "trở thành thành phố" are right: the second syllable starts a word with the
    next ("vi phạm", "thành phố" are pairs that belong together). A doubled syllable before a number
    ("Kế hoạch số số 15") is always a slip.
    """
    word = match.group("one").lower()
    rest = document.text[match.end() : match.end() + 40]
    if re.match(r"[ \t]*\d", rest):
        return True
    following = re.match(r"[ \t]*\n?[ \t]*([^\W\d_]+)", rest)
    line_start = document.text.rfind("\n", 0, match.start()) + 1
    preceding = re.search(
        r"([^\W\d_]+)[ \t]*\n?[ \t]*$",
        document.text[max(0, line_start - 1, match.start() - 40) : match.start()],
    )
    if not following or not preceding:
        return False
    before, after = preceding.group(1).lower(), following.group(1).lower()
    left, right = lex.association(before, word), lex.association(word, after)
    return (
        lex.pair(word, word) == 0
        and lex.pair(before, word) >= 3
        and right < 0.3 <= left
        and right * 2 < left
    )


# --- known-typo ---


@dataclass(frozen=True)
class Typo:
    key: str  # a word every match contains, in lower case
    pattern: re.Pattern[str]
    right: str
    note: str
    source: str
    words: tuple[
        str, ...
    ] = ()  # syllables a match holds side by side (any one): the cheap test first
    example: str = ""  # a sentence of our own the pattern finds


@cache
def load_typos() -> tuple[Typo, ...]:
    """The curated misspellings of data/typos.yaml, each with its source."""
    text = resources.files("kehoach.lint").joinpath("data/typos.yaml").read_text("utf-8")
    return tuple(
        Typo(
            entry["key"],
            re.compile(entry["pattern"], re.IGNORECASE),
            entry["right"],
            entry["note"],
            entry["source"],
            tuple(entry.get("words", ())),
            entry.get("example", ""),
        )
        for entry in yaml.safe_load(text)
    )


def match_case(model: str, word: str) -> str:
    """`word` with the capitalisation of `model` (first letter, or all capitals)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@rule(
    "known-typo",
    "language",
    ERROR,
    'Lỗi chính tả đã biết, có nguồn ("Công thông tin điện tử" → "Cổng thông tin điện tử")',
    "Danh sách lỗi kèm nguồn: src/kehoach/lint/data/typos.yaml",
)
def known_typo(document: LintDocument) -> Iterator[Finding]:
    words = words_of(document)
    for typo in load_typos():
        if typo.words and not any(map(words.has, typo.words)):
            continue  # the syllables a match needs are not in the text: no pattern to run
        for match in document.near(typo.key, typo.pattern):
            right = match_case(match.group(0), typo.right)
            yield document.finding(
                "known-typo",
                match.start(),
                f'Viết sai "{" ".join(match.group(0).split())}": {typo.note}. Nguồn: {typo.source}.',
                right,
                # one line, one certain right form: safe for --fix
                edits=(document.edit(match.start(), match.group(0), right),)
                if "\n" not in match.group(0)
                else (),
            )
