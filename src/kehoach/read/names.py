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
    "THỦ TƯỚNG", "BCH", "BTV", "TIỂU BAN", "THƯỜNG TRỰC",
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
    ("mặt trận tổ quốc", "Mặt trận Tổ quốc"),
)
# "TỈNH ỦY", "THÀNH ỦY": a Party committee, not the level "tỉnh" followed by a proper name.
_PARTY_COMMITTEE = frozenset(["tỉnh", "thành", "quận", "huyện", "đảng", "xã", "phường"])
# Heads whose next word is still generic: "Tiểu ban Thông tin", "Ban Thường trực".
_TWO_WORD_HEADS = frozenset(["tiểu ban", "văn phòng", "trung tâm", "chi cục", "tổng cục"])
# Two words that are the whole generic head: "Công an tỉnh", "Kho bạc Nhà nước".
_CLOSED_HEADS = frozenset(["công an", "kho bạc"])
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
        if lower in ("ủy", "uỷ") and out and out[-1].lower() in _PARTY_COMMITTEE and not proper:
            out.append(lower)  # "Tỉnh ủy": the proper name follows
            proper = out[-2].lower() != "đảng"
            group_start = False
            continue
        if lower in ("ủy", "uỷ") and out and out[-1].lower() in _PARTY_COMMITTEE:
            out[-1] = out[-1][:1].upper() + out[-1][1:].lower()
            out.append(lower)  # "tỉnh Ủy" read as a level: "Tỉnh ủy"
            continue
        if (
            lower in ("ủy", "uỷ")
            and position + 1 < len(words)
            and words[position + 1].lower() == "ban"
            and not proper
        ):
            out.append(_cap(lower))  # "Ban Thường trực Ủy ban ...": a second body's name begins
            generic = True
            continue
        if position == 1 and f"{words[0].lower()} {lower}" in _CLOSED_HEADS:
            out.append(lower)
            group_start = False
            continue
        if position == 1 and f"{words[0].lower()} {lower}" in _TWO_WORD_HEADS:
            out.append(lower)
            group_start = True
            continue
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
        group_start = lower in ("và", "&", "-", "–") or word.endswith(",")
        if position == 0 and not generic:
            group_start = True
        joined = " ".join(w.lower() for w in out[-2:])
        social = (
            lower == "xã" and position + 1 < len(words) and words[position + 1].lower() == "hội"
        )
        if (lower in LEVELS and not social) or joined in LEVELS:
            proper = True
    name = " ".join(out)
    lowered = name.lower()
    for phrase, fixed in _FIXED:
        start = lowered.find(phrase)
        while start >= 0:
            name = name[:start] + fixed + name[start + len(phrase) :]
            start = lowered.find(phrase, start + 1)
    return name


_LOCAL_HEADS = re.compile(
    r"^(?:Sở|Phòng|Ban|Tiểu ban|Văn phòng|Thanh tra|Chi cục|Trung tâm|Hội đồng|Thường trực)\b"
)
_STATE_BODY = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?P<locality>.+)$"
)


def has_locality(name: str) -> bool:
    """Whether a body's name says where it is ("tỉnh Nghệ An", "Tỉnh ủy", "Việt Nam")."""
    lowered = f" {name.lower()} ".replace(" xã hội ", " ")
    return (
        any(f" {level} " in lowered for level in LEVELS)
        or " ủy " in lowered
        or "việt nam" in lowered
    )


def with_parent(issuer: str, parent: str | None) -> str:
    """The issuer's full name from the header's two lines: "SỞ NỘI VỤ" under "UBND TỈNH NGHỆ AN" is
    "Sở Nội vụ tỉnh Nghệ An"; "BAN THƯỜNG TRỰC" under the Mặt trận's committee is "Ban Thường trực Ủy ban
    Mặt trận Tổ quốc Việt Nam tỉnh X" (a board of that committee, so the committee's whole name)."""
    if not parent or not _LOCAL_HEADS.match(issuer):
        return issuer
    state = _STATE_BODY.match(parent)
    if state and has_locality(issuer):
        # "BAN CHỈ ĐẠO ... TỈNH" under "UBND TỈNH HÀ TĨNH": the bare level takes the parent's name.
        level, place = strip_level(state.group("locality"))
        if level and place and issuer.lower().endswith(" " + level):
            return f"{issuer} {place}"
        return issuer
    if issuer.startswith("Tiểu ban ") and parent.lower() not in issuer.lower():
        return f"{issuer} {parent}"  # a sub-committee is named with its committee
    if has_locality(issuer):
        return issuer
    if state:
        locality = state.group("locality")
        return f"{issuer} {locality}" if has_locality(locality) else issuer
    if not has_locality(parent) or parent.lower() in issuer.lower():
        return issuer
    return f"{issuer} {parent}"


def strip_level(place: str) -> tuple[str | None, str]:
    """ "Quận Lê Chân" -> ("quận", "Lê Chân"); "Hải An" -> (None, "Hải An")."""
    lowered = place.lower()
    for level in LEVELS:
        if lowered.startswith(level + " "):
            return level, place[len(level) + 1 :].strip()
    return None, place.strip()
