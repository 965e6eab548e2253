"""Names of issuing bodies: from the header's capitals to the form used in running text.

"ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK" becomes "Ủy ban nhân dân tỉnh Đắk Lắk" (Nghị định 30, Phụ lục II:
the generic words lower case, the proper name capitalised).
"""

from __future__ import annotations

import re

# Words that start the name of a body: a header line starting with one starts a new body.
ORG_WORDS = (
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "SỞ", "BAN", "PHÒNG", "TRUNG TÂM", "ĐOÀN",
    "VĂN PHÒNG", "CHI CỤC", "CỤC", "TỔNG CỤC", "BỘ", "ĐẢNG ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ", "MẶT TRẬN",
    "TỈNH ỦY", "THÀNH ỦY", "QUẬN ỦY", "HUYỆN ỦY", "CÔNG AN", "BỘ CHỈ HUY", "TRƯỜNG", "BỆNH VIỆN",
    "TỔ", "HỘI", "LIÊN ĐOÀN", "THANH TRA", "KHO BẠC", "BẢO HIỂM", "ĐÀI", "BÁO", "VIỆN", "CHÍNH PHỦ",
    "THỦ TƯỚNG", "BCH", "BTV",
)  # fmt: skip

LEVELS = (
    "thành phố",
    "thị xã",
    "thị trấn",
    "đặc khu",
    "tỉnh",
    "quận",
    "huyện",
    "xã",
    "phường",
    "thôn",
)

_ACRONYMS = {"ubnd": "UBND", "hđnd": "HĐND", "mttq": "MTTQ", "bch": "BCH", "btv": "BTV"}
_FIXED = (
    ("việt nam", "Việt Nam"),
    ("tổ quốc", "Tổ quốc"),
    ("hồ chí minh", "Hồ Chí Minh"),
    ("công thương", "Công Thương"),
    ("chấp hành đoàn", "Chấp hành Đoàn"),  # "Ban Chấp hành Đoàn tỉnh": Đoàn is the Youth Union
)
_GENERIC_START = re.compile(
    r"^(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ủy ban|uỷ ban|ubnd|hđnd|đảng bộ|đảng ủy|đảng uỷ|"
    r"chi bộ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ|huyện ủy|huyện uỷ)\b"
)


def starts_body(line: str) -> bool:
    """Whether an upper-case header line starts the name of a new body ("SỞ CÔNG THƯƠNG")."""
    upper = line.upper()
    return any(upper == word or upper.startswith(word + " ") for word in ORG_WORDS)


def is_bare_generic(name: str) -> bool:
    """ "ỦY BAN NHÂN DÂN" alone: the place follows on the next header line."""
    return name.upper().strip() in (
        "ỦY BAN NHÂN DÂN",
        "UỶ BAN NHÂN DÂN",
        "HỘI ĐỒNG NHÂN DÂN",
        "UBND",
    )


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def body_name(text: str) -> str:
    """A body's name in running-text form, from however the document wrote it."""
    words = text.split()
    if not words:
        return text
    out: list[str] = []
    proper = False
    group_start = True
    generic = bool(_GENERIC_START.match(text.lower()))
    for position, word in enumerate(words):
        if any(c.isdigit() for c in word) or "/" in word:
            out.append(word)
            continue
        lower = word.lower()
        if lower in _ACRONYMS:
            out.append(_ACRONYMS[lower])
            group_start = False
            continue
        if proper:
            out.append(_cap(lower))
            continue
        if position == 0 or (group_start and not generic):
            out.append(_cap(lower))
        else:
            out.append(lower)
        group_start = lower in ("và", "&") or word.endswith(",")
        if position == 0 and not generic:
            group_start = True
        joined = " ".join(w.lower() for w in out[-2:])
        if lower in LEVELS or joined in LEVELS:
            proper = True
    name = " ".join(out)
    lowered = name.lower()
    for phrase, fixed in _FIXED:
        start = lowered.find(phrase)
        while start >= 0:
            name = name[:start] + fixed + name[start + len(phrase) :]
            start = lowered.find(phrase, start + 1)
    return name


def strip_level(place: str) -> tuple[str | None, str]:
    """ "Quận Lê Chân" -> ("quận", "Lê Chân"); "Hải An" -> (None, "Hải An")."""
    lowered = place.lower()
    for level in LEVELS:
        if lowered.startswith(level + " "):
            return level, place[len(level) + 1 :].strip()
    return None, place.strip()
