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
    for match in _WORD_PAIR.finditer(document.text):
        if match.group("second"):
            words = f"{match.group('one')} {match.group('second')}"
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
        if not slip and (word.lower() in SHARED_SYLLABLES or word.isupper()):
            continue
        yield document.finding(
            "repeated-word",
            match.start(),
            f'Từ "{word}" bị lặp: "{word} {second}". Xóa một từ.'
            if slip
            else f'"{word} {second}": có thể thừa một từ "{second}"; kiểm tra lại.',
            word if word[0].isupper() else second,
            None if slip else WARNING,
        )


# --- known-typo ---


@dataclass(frozen=True)
class Typo:
    key: str  # a word every match contains, in lower case
    pattern: re.Pattern[str]
    right: str
    note: str
    source: str


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
    for typo in load_typos():
        for match in document.near(typo.key, typo.pattern):
            yield document.finding(
                "known-typo",
                match.start(),
                f'Viết sai "{" ".join(match.group(0).split())}": {typo.note}. Nguồn: {typo.source}.',
                match_case(match.group(0), typo.right),
            )
