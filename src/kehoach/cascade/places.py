"""The upper level's places and channels at our scale.

An upper plan names where its level works and how it speaks: "Tại trung tâm hành chính tỉnh", "cung cấp
khẩu hiệu cho các địa phương", "trên Báo và Phát thanh, Truyền hình Quảng Trị, Cổng Thông tin điện tử
tỉnh". A ward works at its own centre, its localities are its tổ dân phố, and it speaks through its
loudspeakers and its own web page, not through the province's newspaper or portal.
"""

from __future__ import annotations

import re

# "trung tâm hành chính tỉnh", "Quảng trường trung tâm thành phố", "trung tâm chính trị - hành chính của tỉnh"
_CENTRE = r"(?:[Tt]rung tâm(?: chính trị - hành chính| hành chính(?: - chính trị)?)?|[Qq]uảng trường(?: trung tâm)?)"
# one medium of the upper level: a newspaper, a broadcaster, a portal, with its words and its place
_MEDIUM_HEAD = (
    r"(?:Báo(?! cáo)|Đài|Cổng [Tt]hông tin(?: điện tử)?|Trang [Tt]hông tin(?: điện tử)?|Truyền hình|"
    r"Phát thanh)"
)
_MEDIUM_WORD = r"(?:và|điện tử|tổng hợp|Phát thanh|Truyền hình|[A-ZĐ][\wÀ-ỹ]*|tỉnh|thành phố|của tỉnh|của thành phố)"
_MEDIUM = rf"{_MEDIUM_HEAD}(?:\s+{_MEDIUM_WORD})*"
_MEDIA = re.compile(rf"(?<=\btrên )(?:các\s+)?{_MEDIUM}(?:\s*(?:,|và)\s*{_MEDIUM})*")
# "cho các địa phương", "các hoạt động của phường và các địa phương": the localities under the upper
# level, ours being the tổ dân phố; not "kinh nghiệm các địa phương khác", not a committee's name nor
# what the localities own ("cổng truy xuất của quốc gia, của các địa phương")
_LOCALITIES = re.compile(
    r"(?<!nhân dân )(?<!UBND )(?<!quyền )(?<!nghiệm )(?<!của )"
    r"(?<![\wÀ-ỹ])các địa phương(?![\wÀ-ỹ])(?!\s+(?:khác|bạn|trong|ngoài|trên cả nước))"
)


def at_our_scale(text: str, level: str, locality: str | None, ours: str) -> str:
    """`text` with the upper level's centre, localities and media made ours (`level`, `locality`: the
    upper committee's, e.g. "tỉnh", "Quảng Trị"; `ours`: "phường")."""
    name = rf"(?:\s+{re.escape(locality)})?" if locality else ""
    centre = re.compile(rf"{_CENTRE}\s+(?:của\s+)?{re.escape(level)}{name}(?![\wÀ-ỹ])")
    text = centre.sub(
        lambda m: (
            ("T" if m.start() == 0 or text[: m.start()].rstrip().endswith(".") else "t")
            + f"rung tâm {ours}"
        ),
        text,
    )
    text = _LOCALITIES.sub("các tổ dân phố", text)

    def medium(match: re.Match[str]) -> str:
        words = match.group(0)
        if re.search(rf"(?<![\wÀ-ỹ]){re.escape(ours)}(?![\wÀ-ỹ])", words, re.IGNORECASE):
            return words  # the ward's own page
        upper = re.search(rf"(?<![\wÀ-ỹ]){re.escape(level)}(?![\wÀ-ỹ])", words) or (
            locality and locality in words
        )
        if not upper and not re.match(r"(?:các\s+)?(?:Báo|Đài)", words):
            return words
        return f"hệ thống loa truyền thanh, trang thông tin điện tử của {ours}"

    return _MEDIA.sub(medium, text)
