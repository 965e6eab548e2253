"""Our level's words for the upper committee and its territory: "Ủy ban nhân dân tỉnh" addressed by a duty
becomes ours ("báo cáo Ủy ban nhân dân phường"), "trên địa bàn tỉnh", "toàn tỉnh", "các trục đường chính của
tỉnh" become the ward's, "Mặt trận các cấp" loses its levels, "các sở, ngành" are our "phòng, ban, đơn vị",
and a report "(qua Sở Nội vụ)" to our committee goes through our lead unit. A citation ("theo chỉ đạo của
tỉnh", "văn bản của Ủy ban nhân dân tỉnh") stays.
"""

from __future__ import annotations

import re

from kehoach.cascade.places import at_our_scale
from kehoach.cascade.preamble import split_issuer
from kehoach.cascade.profile import Profile
from kehoach.document.model import Plan
from kehoach.document.text import fold

# "Mặt trận các cấp", "Hội Phụ nữ các cấp": a ward's bodies have no levels under them.
_EVERY_TIER = re.compile(
    r"((?:Mặt trận|MTTQ|chính quyền|Hội [A-ZĐ][\wÀ-ỹ]*(?:\s[\wÀ-ỹ]+){0,4}?|Đoàn Thanh niên|Công đoàn))"
    r"\s+các cấp(?![\wÀ-ỹ])"
)
# A word of authority before "của tỉnh": "theo chỉ đạo của tỉnh" cites the province; it stays.
_AUTHORITY_BEFORE = re.compile(
    r"(?:chỉ đạo|hướng dẫn|yêu cầu|kế hoạch|quy định|văn bản|quyết định|ủy ban|uỷ ban|ubnd|hội đồng)\s*$",
    re.IGNORECASE,
)
_UPPER_DEPARTMENTS = re.compile(
    r"(?i)\b(các )?sở,? (?:ban,? )?ngành(?:,? (?:đoàn thể|địa phương|đơn vị|cơ quan))*"
    r"(?: (?:tỉnh|thành phố|Thành phố|cấp tỉnh))?(?!\w)"
)
# words before a committee's name that make it the addressee of a duty
_ADDRESS = re.compile(
    r"(tham muu|bao cao|gui|gui ve|trinh|de nghi|de xuat|giup|phoi hop voi)"
    r"(\s+(ket qua|tinh hinh|ve|len|cho|thuc hien|[^\s,;]+)){0,3}\s*$"
)


def _addressed(text: str, start: int) -> bool:
    """The committee at `start` is the one a duty reports to or advises ("tham mưu UBND tỉnh", "báo cáo
    kết quả về UBND tỉnh"), not one whose documents are cited ("văn bản chỉ đạo của UBND tỉnh")."""
    before = fold(text[max(0, start - 40) : start])
    return bool(_ADDRESS.search(before))


def relevel(text: str, upper: Plan, profile: Profile, lead_name: str) -> str:
    """An upper duty worded for our level: the upper committee becomes ours, "(qua ...)" our lead unit."""
    level, locality = split_issuer(upper.issuer)
    if level:
        name = rf"(?:\s+{re.escape(locality)})?" if locality else ""
        pattern = re.compile(
            rf"(Chủ tịch (?:Ủy|Uỷ) ban nhân dân|Chủ tịch UBND|(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
            rf"\s+{re.escape(level)}{name}(?!\w)",
            re.IGNORECASE,
        )
        text = pattern.sub(
            lambda m: (
                f"{m.group(1)} {profile.level}" if _addressed(text, m.start()) else m.group(0)
            ),
            text,
        )
        text = re.sub(
            rf"(?i)trên địa bàn (?:toàn )?{re.escape(level)}(?:\s+{re.escape(locality or '')})?(?!\w)",
            f"trên địa bàn {profile.level}",
            text,
        )
        text = re.sub(rf"(?i)\btoàn {re.escape(level)}(?!\w)", f"toàn {profile.level}", text)
        text = _owned_by_ours(text, level, locality, profile.level)
        text = at_our_scale(text, level, locality, profile.level)
    text = _EVERY_TIER.sub(r"\1", text)
    text = _UPPER_DEPARTMENTS.sub(
        lambda m: ("Các" if m.group(0)[0] == "C" else "các") + " phòng, ban, đơn vị", text
    )
    # "(qua Sở Nội vụ)" after a report to our committee now goes through our lead unit
    ours = rf"((?:(?:Ủy|Uỷ) ban nhân dân|UBND) {re.escape(profile.level)}(?!\w)[^()]{{0,40}}?)"
    return re.sub(ours + r"\(qua [^)]{3,80}\)", rf"\g<1>(qua {lead_name})", text)


def _owned_by_ours(text: str, level: str, locality: str | None, ours: str) -> str:
    """ "các trục đường chính của tỉnh", "truyền hình của tỉnh Thanh Hóa": the upper territory owning a
    thing becomes ours at the end of its phrase; after a word of authority it is a citation and stays."""
    name = rf"(?:\s+{re.escape(locality)})?" if locality else ""
    pattern = re.compile(
        rf"(?<![\wÀ-ỹ])của\s+{re.escape(level)}{name}(?=\s*[,.;:)]|\s*$|\s+(?:và|để|nhằm|trong|theo)\s)",
        re.IGNORECASE,
    )

    def swap(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 24) : match.start()]
        return match.group(0) if _AUTHORITY_BEFORE.search(before) else f"của {ours}"

    return pattern.sub(swap, text)
