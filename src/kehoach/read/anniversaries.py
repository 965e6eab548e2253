"""Anniversaries named in a plan ("94 năm Ngày thành lập Đảng ... (03/02/1930 - 03/02/2024)") and slogans."""

from __future__ import annotations

import re
from datetime import date

from kehoach.document.dates import parse_date
from kehoach.document.model import Anniversary, Section
from kehoach.document.text import fold

_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
ANNIVERSARY = re.compile(
    r"(?<![\d/])(?P<count>\d{1,4})\s+năm\s+(?P<event>(?:(?!\d+\s+năm\s)[^();:\n]){3,160}?)\s*"
    r"\(\s*(?P<start>" + _DATE + r")\s*[-–—]\s*(?P<end>" + _DATE + r")\s*\)"
)
_QUOTED = re.compile(r"[“\"]([^”\"]{8,})[”\"]")


_SPACES = re.compile(r"\s+")
_OCCASION_WORD = re.compile(r"^(?:kỷ niệm|chào mừng)\s+", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^(?:[-–+•]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)")


def _date(text: str) -> date | None:
    return parse_date(_SPACES.sub("", text))


def find_anniversaries(texts: list[str]) -> list[Anniversary]:
    """Each anniversary once (same count and dates), in order of first mention."""
    found: list[Anniversary] = []
    seen: set[tuple[int, object, object, str]] = set()
    for text in texts:
        if "năm" not in text or "(" not in text:
            continue
        for match in ANNIVERSARY.finditer(text):
            event = " ".join(match.group("event").split()).strip(" ,-")
            event = _OCCASION_WORD.sub("", event)
            anniversary = Anniversary(
                count=int(match.group("count")),
                event=event,
                start=_date(match.group("start")),
                end=_date(match.group("end")),
            )
            key = (anniversary.count, anniversary.start, anniversary.end, fold(event)[:20])
            if key in seen:
                continue
            seen.add(key)
            found.append(anniversary)
    return found


def _strip_item(text: str) -> str:
    text = _ITEM_MARK.sub("", text).strip()
    return text


def is_slogan_heading(title: str) -> bool:
    lowered = title[:40].lower()
    if "hiệu" not in lowered and "hieu" not in lowered:
        return False
    return fold(title).startswith(("khau hieu", "cac khau hieu", "mot so khau hieu"))


def find_slogans(sections: list[Section]) -> list[str]:
    """Slogans listed under a KHẨU HIỆU heading (items) or quoted after "Khẩu hiệu ...:"."""
    slogans: list[str] = []
    for top in sections:
        for section in top.walk():
            if not is_slogan_heading(section.title):
                continue
            for paragraph in section.paragraphs:
                quoted = _QUOTED.findall(paragraph)
                if quoted and not section.children:
                    slogans.extend(q.strip() for q in quoted)
                elif not quoted:
                    item = _strip_item(paragraph)
                    if item:
                        slogans.append(item)
            for child in section.children:
                if child.title and not child.children:
                    slogans.append(child.title)
    out: list[str] = []
    for slogan in slogans:
        if slogan not in out:
            out.append(slogan)
    return out
