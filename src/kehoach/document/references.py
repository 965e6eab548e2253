"""Numbered documents cited in a text, state style and Party style.

"Kế hoạch số 157/KH-UBND ngày 10/7/2024 của Ủy ban nhân dân thành phố Hải Phòng",
"Hướng dẫn số 27 -HD/QU ngày 03 tháng 01 năm 2024 của Quận ủy Lê Chân", "Nghị định 30/2020/NĐ-CP".
Number and symbol split at the first "/" or "-" (DESIGN.md §3): "27-HD/QU" is 27 and "HD/QU".
A law cited by name only ("Luật Thi đua, khen thưởng") has no number and is not a reference here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kehoach.document.dates import find_dates
from kehoach.document.model import Reference
from kehoach.document.text import clean

KINDS = (
    "Chương trình hành động", "Chương trình công tác", "Chương trình", "Kế hoạch", "Quyết định",
    "Nghị quyết liên tịch", "Nghị quyết", "Nghị định", "Chỉ thị", "Thông tư liên tịch", "Thông tư",
    "Hướng dẫn", "Kết luận", "Công văn", "Văn bản", "Thông báo", "Báo cáo", "Tờ trình", "Luật",
    "Bộ luật", "Pháp lệnh", "Đề án", "Quy định", "Quy chế", "Điều lệ", "Công điện", "Lệnh", "Sắc lệnh",
    "Thông tri", "Hiến pháp", "Dự án",
)  # fmt: skip

_KIND = "|".join(re.escape(kind) for kind in sorted(KINDS, key=len, reverse=True))
_SYMBOL = r"[0-9A-ZĐ][\w&.]*(?:[-/]\s?[0-9A-ZĐa-zđ][\w&.]*|\s[-/][0-9A-ZĐ][\w&.]*)*"
_NAME = r"(?:(?!\b(?:" + _KIND + r")\b)[^;\n()])"
# A number and symbol ("157/KH-UBND", "27 -HD/QU", "30/2020/NĐ-CP"): found first, then the kind of
# document is looked for just before it (faster than searching every position for every kind).
# (No look-behind in the pattern: `re` then scans for a digit instead of trying every position; the
# character before a match is checked in _number_symbols.)
# (The digits are taken whole, "{1,6}+": giving some back can never help, since a digit would follow,
# and the engine then does not try every shorter run at every digit of a date or a year.)
NUMBER_SYMBOL = re.compile(
    r"(?P<number>\d{1,6}+[a-zA-Z]?)\s*(?P<sep>[/-])\s*(?P<symbol>" + _SYMBOL + r")",
    re.IGNORECASE,
)
KIND_BEFORE = re.compile(
    r"(?<![\w])(?P<kind>" + _KIND + r")(?:(?P<name>\s" + _NAME + r"{1,150}?)\s+số|\s+số|)\s*$",
    re.IGNORECASE,
)
_WINDOW = 200
_SHORT_WINDOW = 48
# After a comma, these start another body ("của Ban Chấp hành ..., Ban Thường vụ ... xây dựng").
_NEW_BODY = re.compile(
    r"(?:Ban|Sở|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Đảng ủy|Đảng uỷ|Thành ủy|Tỉnh ủy|Quận ủy|Huyện ủy|Bộ|"
    r"Văn phòng|Phòng|Trung tâm|Cục|Chính phủ|Thủ tướng|Mặt trận|Công an)\b"
)
_ISSUER_WORDS = frozenset(
    [
        "nhân",
        "dân",
        "thành",
        "phố",
        "tỉnh",
        "quận",
        "huyện",
        "xã",
        "phường",
        "thị",
        "trấn",
        "đặc",
        "khu",
        "ủy",
        "uỷ",
        "ban",
        "thường",
        "vụ",
        "trực",
        "chấp",
        "hành",
        "đảng",
        "bộ",
        "chính",
        "phủ",
        "tướng",
        "trị",
        "bí",
        "thư",
        "nhà",
        "nước",
        "khóa",
        "khoá",
        "các",
        "và",
        "hội",
        "đồng",
        "cộng",
        "sản",
        "việt",
        "nam",
        "quốc",
        "gia",
        "đốc",
        "trưởng",
        "phó",
        "chủ",
        "tịch",
        "mặt",
        "trận",
        "tổ",
        "quốc",
        "liên",
        "tịch",
        "trung",
        "ương",
    ]
)
# Words of sector names inside a body's name ("Sở Văn hóa, Thể thao và Du lịch").
_FIELD_WORDS = frozenset(
    [
        "hóa",
        "hoá",
        "thao",
        "lịch",
        "tế",
        "nghiệp",
        "thông",
        "tin",
        "truyền",
        "thương",
        "đạo",
        "tạo",
        "vụ",
        "nội",
        "tài",
        "chính",
        "xây",
        "dựng",
        "giáo",
        "dục",
        "lao",
        "động",
        "binh",
        "khoa",
        "học",
        "công",
        "nghệ",
        "nguyên",
        "môi",
        "trường",
        "giao",
        "vận",
        "tải",
        "kế",
        "hoạch",
        "đầu",
        "tư",
        "pháp",
        "ngoại",
        "an",
        "ninh",
        "tộc",
        "tôn",
        "sự",
        "dân",
        "quân",
        "điện",
        "tử",
        "số",
        "ngành",
        "chức",  # "Ban Tổ chức Lễ hội Hoa Lư"
        "hội",
    ]
)
# Where a body's name certainly ends: the verb or preposition that follows it.
_ISSUER_END = re.compile(
    r"\s(?:về|V/v|v/v|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|tổ chức|phát động|"
    r"giao|tại|đối với|trong|nhằm|để|năm \d|như|đã|sửa đổi|thành lập|tăng cường|lãnh đạo|chỉ đạo|"
    r"kiểm tra|hỗ trợ|phân bổ|tiếp tục|đẩy mạnh|nâng cao|gửi|cho|với|và các|theo|từ|trên|Quy định|Về việc|"
    r"xây dựng|có|đã|sẽ|là|"
    r"Ban hành|Phê duyệt)\b"
)
_ISSUER_END_ANY_CASE = re.compile(_ISSUER_END.pattern, re.IGNORECASE)


# Bodies whose own name states a topic with "về": "Ban Chỉ đạo liên ngành Trung ương về an toàn thực
# phẩm", "Ủy ban Quốc gia về Người cao tuổi Việt Nam", "Hội đồng quốc gia về ...". Not "Ủy ban nhân dân
# ... về việc ...", whose "về" always starts the cited document's subject.
_TOPIC_BODY = re.compile(
    r"(?:Ban\s+Chỉ\s+đạo|Tiểu\s+ban|Tổ\s+công\s+tác|(?:Ủy|Uỷ)\s+ban\s+(?:Quốc|quốc)\s+gia|"
    r"Hội\s+đồng\s+(?:Quốc|quốc)\s+gia)\b",
    re.IGNORECASE,
)
# The name's topic after "về": a short run of words up to the next "về" (the document's subject).
_TOPIC = re.compile(r"(?P<topic>[^;.()]{3,70}?)\s+về\b", re.IGNORECASE)


_OF = re.compile(r"\s*,?\s*của\s+", re.IGNORECASE)
_WORD_OR_MARK = re.compile(r"[^\s,;.()]+|[,;.()]")
_NUMBER_HINT = re.compile(r"\d[a-zA-Z]?\s*[/-]", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CAPITAL = re.compile(r"[A-ZĐ]")
_DATE_LEAD = re.compile(r"\s*,?\s*(?:ban hành\s*)?(?:ngày\s*)?", re.IGNORECASE)


_VIEC = re.compile(r"\s*việc\b", re.IGNORECASE)
_CITATION_HINT = re.compile(r"\d/|\bsố\s+\d")


_KIND_BY_LOWER = {known.lower(): known for known in reversed(KINDS)}  # the first of equals wins


def _canonical_kind(kind: str) -> str:
    lowered = kind.lower()
    return _KIND_BY_LOWER.get(lowered) or kind[:1].upper() + kind[1:].lower()


def _issuer(text: str) -> tuple[str | None, int]:
    """The body after "của" at the start of `text`, and where it ends."""
    match = _OF.match(text)
    if not match:
        return None, 0
    position = match.end()
    words: list[str] = []
    end = position
    window = text[position : position + 160]
    stop = _ISSUER_END.search(window)
    if window[:40].isupper():
        stop = _ISSUER_END_ANY_CASE.search(window)
    if stop:
        window = window[: stop.start()]
    # A committee named by its task ("Ban Chỉ đạo phòng thủ dân sự quốc gia") goes on in lower case
    # up to the word that certainly ends a name.
    committee = stop is not None and stop.start() <= 90 and bool(_TOPIC_BODY.match(text, position))
    for word_match in _WORD_OR_MARK.finditer(window):
        word = word_match.group(0)
        if word in ";.()":
            break
        if word == ",":
            following = window[word_match.end() :].lstrip()
            if following[:1].isupper() and words and not _NEW_BODY.match(following):
                continue
            break
        lower = word.lower()
        if (
            word[:1].isupper()
            or any(c.isupper() for c in word)
            or lower in _ISSUER_WORDS
            or (words and lower in _FIELD_WORDS)
            or (committee and len(words) >= 2)
        ):
            words.append(word)
            end = position + word_match.end()
            if len(words) >= 14:
                break
            continue
        break
    if not words:
        return None, 0
    if stop and end == position + len(window.rstrip()):
        end = _topic_end(text, position, end, stop.group(0))
    # Commas kept only between capitalised words: rebuild from the text as written.
    issuer = clean(text[position:end]).rstrip(",")
    return issuer, end


def _topic_end(text: str, position: int, end: int, stop: str) -> int:
    """Where a body's name ends when it goes on through "về <topic>" (see _TOPIC_BODY).

    Only when the name so far is such a body, the topic is not itself a subject ("về việc", "về triển
    khai ..."), and a second "về" follows: the second one then starts the document's subject.
    """
    if stop.strip().lower() != "về" or not _TOPIC_BODY.match(text, position):
        return end
    after = end + len(stop)
    topic = _TOPIC.match(text, after)
    if topic is None or _ISSUER_END.match(" " + topic.group("topic").lstrip()):
        return end
    if _VIEC.match(topic.group("topic")):
        return end
    if _CITATION_HINT.search(topic.group("topic")):  # ran into another citation
        return end
    return topic.end("topic")


# What the optional letter after a number ("12a/KH") matches with IGNORECASE: the ASCII letters and
# the four letters whose case folds to one of them.
_NUMBER_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a"
)


def _separators(text: str) -> list[int]:
    """Offsets of every "/" and "-" in `text`, in order (`str.find` runs at C speed)."""
    found = []
    for sign in "/-":
        at = text.find(sign)
        while at >= 0:
            found.append(at)
            at = text.find(sign, at + 1)
    return sorted(found)


def _number_starts(text: str) -> Iterator[int]:
    """Where a number that NUMBER_SYMBOL could match begins, in order: walking back from each "/" or
    "-" over white space, one optional letter and at most six digits, to a start not right after a
    letter, digit, "_", "/" or "." (the only starts _number_symbols keeps)."""
    for sep in _separators(text):
        at = sep - 1
        while at >= 0 and text[at].isspace():
            at -= 1
        if at >= 0 and text[at] in _NUMBER_LETTERS:
            at -= 1
        end = at + 1
        while at >= 0 and text[at].isdecimal():
            at -= 1
        start = at + 1
        if start == end or end - start > 6:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/."):
            continue
        yield start


def _number_symbols(text: str) -> Iterator[re.Match[str]]:
    """NUMBER_SYMBOL's matches that do not continue a word, a number or a path (no letter, digit,
    "/" or "." right before), in order and not overlapping.

    What a search of the whole text with that look-behind finds, without running the pattern at every
    digit: a kept match starts a run of digits that a separator follows, so the pattern is tried only
    there (a scan by `re` costs about 10 ns a character; the separators are found at C speed).
    """
    position = 0
    for start in _number_starts(text):
        if start < position:
            continue  # inside the match before
        match = NUMBER_SYMBOL.match(text, start)
        if match:
            yield match
            position = match.end()


def find_references(text: str) -> list[Reference]:
    """Every numbered document cited in `text`, in order, as written (duplicates kept)."""
    found: list[Reference] = []
    if not _NUMBER_HINT.search(text):  # most paragraphs cite nothing
        return found
    for match in _number_symbols(text):
        symbol = _SPACES.sub("", match.group("symbol")).rstrip(".-/")
        if not _CAPITAL.search(symbol):
            continue
        # The kind is usually right before ("Kế hoạch số 157/..."); a named law ("Luật Bầu cử ... số
        # 85/2015/QH13") needs the longer look back.
        kind = KIND_BEFORE.search(text, max(0, match.start() - _SHORT_WINDOW), match.start())
        if kind is None and text[max(0, match.start() - 6) : match.start()].rstrip().endswith("số"):
            kind = KIND_BEFORE.search(text, max(0, match.start() - _WINDOW), match.start())
        if kind is None:
            continue
        kind_written = kind.group("kind")
        if kind_written[:1].islower() and "số" not in kind.group(0).lower():
            # "kế hoạch 5/2024" in running text without "số" is not a citation.
            continue
        number = match.group("number")
        end = match.start("symbol") + len(match.group("symbol").rstrip(".-/"))
        after = text[end : end + 80]
        cited = None
        lead = _DATE_LEAD.match(after)
        for mention in find_dates(after):
            if mention.start <= (lead.end() if lead else 0):
                cited = mention.value
                end += mention.end
            break
        issuer, issuer_end = _issuer(text[end : end + 200])
        if issuer:
            end += issuer_end
        found.append(
            Reference(
                kind=_canonical_kind(kind_written),
                number=number,
                symbol=symbol,
                date=cited,
                issuer=issuer,
                text=clean(text[kind.start() : end]),
            )
        )
    return found


def unique(references: list[Reference]) -> list[Reference]:
    """First occurrence of each cited document (by Reference.key; an undated citation of the same
    number and symbol is the same document)."""
    seen: dict[tuple[str | None, str | None, int | None], Reference] = {}
    loose: dict[tuple[str | None, str | None], Reference] = {}
    out: list[Reference] = []
    for reference in references:
        number, symbol, year = reference.key
        existing = seen.get(reference.key) or loose.get((number, symbol))
        if existing is not None and (year is None or existing.key[2] in (None, year)):
            continue
        seen[reference.key] = reference
        loose[(number, symbol)] = reference
        out.append(reference)
    return out
