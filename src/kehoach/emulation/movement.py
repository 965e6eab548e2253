"""A movement (phong trào thi đua) drafted from an emulation plan.

An emulation plan has the same parts whoever writes it: a slogan (khẩu hiệu thi đua), the contents
(nội dung thi đua, usually lettered points a), b), ...), the period (thời gian thi đua), the awards
(khen thưởng: during the movement and at its end, by whom) and TỔ CHỨC THỰC HIỆN (the units that
take part and propose). The parts are found by their headings' words, not by their numbers, so a plan
that puts the slogan under I or the awards under VI reads the same.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kehoach.document.dates import find_dates
from kehoach.document.model import Plan, Section
from kehoach.document.text import clean, fold
from kehoach.emulation.rules import load_rules

_POINT = re.compile(r"^([a-zđ])\)\s*")
_MARK = re.compile(r"^[-+•]\s*")
DURING = "during"
END = "end"


@dataclass
class Criterion:
    """One content of the movement, on which units register a target."""

    key: str  # "a", "b", ... or "1", "2"
    label: str  # a short label for forms and tables
    text: str = ""


@dataclass
class AwardStage:
    """What the plan says about awards at one stage (during the movement, or at its end)."""

    when: str  # "during" | "end"
    text: str
    awards: list[str] = field(default_factory=list)  # award keys named or implied
    decided_by: str = ""  # "Chủ tịch Ủy ban nhân dân quận"


@dataclass
class Movement:
    title: str
    issuer: str = ""
    year: int | None = None
    slogan: str = ""
    start: date | None = None
    end: date | None = None
    period_text: str = ""
    criteria: list[Criterion] = field(default_factory=list)
    stages: list[AwardStage] = field(default_factory=list)
    proposers: list[str] = field(default_factory=list)  # units that may propose
    follow_up: str = ""  # the unit that follows the movement and appraises dossiers
    basis: str = ""  # "Kế hoạch số .../KH-UBND ngày ... của ..."

    @property
    def awards(self) -> list[str]:
        """Every award key the plan names, in first-mention order."""
        seen: list[str] = []
        for stage in self.stages:
            seen.extend(a for a in stage.awards if a not in seen)
        return seen

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"] = self.start.isoformat() if self.start else None
        data["end"] = self.end.isoformat() if self.end else None
        return data


def _find(sections: list[Section], *words: str) -> Section | None:
    for section in sections:
        for found in section.walk():
            title = fold(found.title)
            if all(w in title for w in words):
                return found
    return None


def _texts(section: Section) -> list[str]:
    """The section's own paragraphs and its children's titles and paragraphs, in order."""
    out = list(section.paragraphs)
    for child in section.children:
        out.append(child.title)
        out.extend(_texts(child))
    return [clean(t) for t in out if clean(t)]


def _label(text: str, words: int = 14) -> str:
    """A short label: the first clause, cut at a word boundary."""
    first = re.split(r"[;:]", text, maxsplit=1)[0].strip().rstrip(".")
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def criteria_from(section: Section | None) -> list[Criterion]:
    """Lettered points become criteria; without them, numbered children or dashed paragraphs do."""
    if section is None:
        return []
    found: list[Criterion] = []
    for text in _texts(section):
        match = _POINT.match(text)
        if match:
            body = text[match.end() :]
            found.append(Criterion(match.group(1), _label(body), body))
    if found:
        return found
    for index, text in enumerate(_texts(section), start=1):
        body = _MARK.sub("", text)
        found.append(Criterion(str(index), _label(body), body))
    return found


def _slogan(plan: Plan, section: Section | None) -> str:
    if section is not None:
        text = " ".join([section.title, *section.paragraphs])
        quoted = re.search(r"[\"“]([^\"”]{10,})[\"”]", text)
        if quoted:
            return clean(quoted.group(1)).rstrip(".")
    return plan.slogans[0] if plan.slogans else ""


_AWARD_WORDS = (
    ("bang khen", "bang_khen_tinh"),
    ("giay khen", "giay_khen"),
    ("chien si thi dua co so", "chien_si_thi_dua_co_so"),
    ("lao dong tien tien", "lao_dong_tien_tien"),
    ("tap the lao dong tien tien", "tap_the_lao_dong_tien_tien"),
)
_DECIDER = re.compile(
    r"Chủ tịch (?:Ủy|Uỷ) ban nhân dân (?:quận|huyện|phường|xã|thị xã|thành phố|tỉnh)"
    r"(?: [A-ZĐÀ-Ỹ][^\s,;.()]*)*"
)


def _stage(text: str) -> AwardStage:
    folded = fold(text)
    when = END if ("tong ket" in folded or "ket thuc" in folded) else DURING
    awards = [key for word, key in _AWARD_WORDS if word in folded]
    decider = _DECIDER.search(text)
    decided_by = clean(decider.group(0)) if decider else ""
    if not awards and "khen thuong" in folded:
        # "đề nghị Chủ tịch UBND quận khen thưởng": the form a chair gives on his own is a Giấy khen
        awards = ["giay_khen"]
    decided_fold = fold(decided_by)
    if "bang_khen_tinh" in awards and not ("thanh pho" in decided_fold or "tinh" in decided_fold):
        decided_by = decided_by or "Chủ tịch Ủy ban nhân dân thành phố"
    return AwardStage(when, text, awards, decided_by)


def _period(plan: Plan, section: Section | None) -> tuple[date | None, date | None, str]:
    if section is None:
        return None, None, ""
    text = " ".join([*section.paragraphs, *(c.title for c in section.children)]) or section.title
    dates = [m.value for m in find_dates(text) if m.value]
    if len(dates) >= 2:
        return dates[0], dates[-1], clean(text)
    if dates:
        return plan.date, dates[0], clean(text)
    return plan.date, None, clean(text)


def _follow_up(plan: Plan) -> str:
    for assignment in plan.assignments:
        text = fold(assignment.text)
        if "tham dinh" in text or (
            "theo doi" in text and "thi dua" in fold(assignment.unit + assignment.text)
        ):
            return assignment.unit
    for assignment in plan.assignments:
        if "noi vu" in fold(assignment.unit):
            return assignment.unit
    return ""


def movement_from_plan(plan: Plan) -> Movement:
    """The movement an emulation plan launches, with what the plan says and nothing invented."""
    content = _find(plan.sections, "noi dung", "thi dua") or _find(plan.sections, "noi dung")
    slogan_section = _find(plan.sections, "khau hieu")
    criteria_section = _find(plan.sections, "noi dung thi dua") or content
    if criteria_section is not None and criteria_section is content and content is not None:
        # "II. NỘI DUNG THI ĐUA" with "1. Khẩu hiệu" and "2. Nội dung": the criteria are the latter.
        inner = [c for c in content.children if "noi dung" in fold(c.title)]
        criteria_section = inner[0] if inner else content
    awards_section = _find(plan.sections, "khen thuong")
    stages: list[AwardStage] = []
    if awards_section is not None:
        parts = [c.title + " " + " ".join(c.paragraphs) for c in awards_section.children]
        parts = parts or list(awards_section.paragraphs)
        stages = [_stage(clean(p)) for p in parts if clean(p)]
    start, end, period_text = _period(plan, _find(plan.sections, "thoi gian"))
    book = load_rules()
    for stage in stages:
        stage.awards = [a for a in stage.awards if a in book.awards]
    numbered = [
        ref for ref in plan.bases if ref.number
    ]  # the plan launched, not a law cited by name
    basis = (numbered or plan.bases)[0].text if plan.bases else ""
    title = plan.title or ""
    if fold(title).startswith("phat dong "):
        title = title[len("phát động ") :]
        title = title[:1].upper() + title[1:]
    return Movement(
        title=title,
        issuer=plan.issuer or "",
        year=plan.year,
        slogan=_slogan(plan, slogan_section),
        start=start,
        end=end,
        period_text=period_text,
        criteria=criteria_from(criteria_section),
        stages=stages,
        proposers=[a.unit for a in plan.assignments],
        follow_up=_follow_up(plan),
        basis=basis,
    )
