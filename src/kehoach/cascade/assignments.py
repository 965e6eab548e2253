"""TỔ CHỨC THỰC HIỆN of our draft: the upper plan's assignments that concern us, given to our units.

Two ways an upper duty becomes ours (see mapping.py): it was given to our level ("UBND các xã, phường"), and
then each of its duties goes to the unit its topic names; or it was given to an upper unit with a counterpart
here ("Sở Văn hóa, Thể thao và Du lịch" -> Phòng Văn hóa - Xã hội). A duty of ours that no rule places is kept
under "Chưa phân công", never dropped. Every placement carries a ReviewNote saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kehoach.cascade.deadlines import rewrite_deadlines
from kehoach.cascade.mapping import Mapping
from kehoach.cascade.preamble import split_issuer
from kehoach.cascade.profile import Profile
from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Section
from kehoach.document.text import clean, fold

UNASSIGNED = "Chưa phân công"
_MARKER = re.compile(r"^\s*(?:[-–—+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*")
_INLINE_MARKER = re.compile(r"\s(?=(?:[-–•+]\s|[a-zđ]\)\s)\S)")


@dataclass
class UpperAssignment:
    """One assignment of the upper plan: its unit as written and its duties, one per paragraph."""

    index: int
    unit: str
    duties: list[str]


@dataclass
class Placed:
    """A duty of ours: its text, why it is here, its deadline (ours) and the upper deadline it precedes."""

    text: str
    note: str
    deadline: date | None = None


@dataclass
class Distribution:
    """What the cascade gives each of our units, plus what it could not place or left out."""

    by_unit: dict[str, list[Placed]] = field(default_factory=dict)
    unassigned: list[Placed] = field(default_factory=list)
    not_ours: list[str] = field(default_factory=list)  # upper units whose duties stay upstairs
    report_to: list[str] = field(default_factory=list)  # upper units our report goes through
    upper_deadlines: list[date] = field(default_factory=list)

    def add(self, unit_id: str, placed: Placed) -> None:
        self.by_unit.setdefault(unit_id, []).append(placed)


def split_duties(text: str) -> list[str]:
    """Duties of an assignment's text: one per line or bullet; "+" sub-items stay with their duty."""
    lines = [line for line in text.split("\n") if clean(line)]
    if len(lines) <= 1:
        lines = _INLINE_MARKER.split(clean(text))
    duties: list[str] = []
    for line in lines:
        stripped = clean(line)
        if stripped.startswith("+") and duties:
            duties[-1] = f"{duties[-1]} {stripped}"
            continue
        stripped = _MARKER.sub("", stripped, count=1)
        if stripped:
            duties.append(stripped)
    return duties


def _tcth(plan: Plan) -> Section | None:
    for section in plan.all_sections():
        if "to chuc thuc hien" in fold(section.title):
            return section
    return None


def upper_assignments(upper: Plan) -> list[UpperAssignment]:
    """The upper plan's assignments with duties; from its sections where they hold the paragraphs."""
    section = _tcth(upper)
    children = section.walk()[1:] if section else []
    found = []
    for index, assignment in enumerate(upper.assignments):
        unit = clean(assignment.unit)
        paragraphs: list[str] = []
        for child in children:
            if fold(child.title).startswith(fold(unit)) and child.paragraphs:
                rest = clean(child.title[len(unit) :]).lstrip(":.- ")
                paragraphs = ([rest] if rest else []) + list(child.paragraphs)
                break
        duties = (
            split_duties("\n".join(paragraphs)) if paragraphs else split_duties(assignment.text)
        )
        found.append(UpperAssignment(index, unit, duties or [clean(assignment.text)]))
    return found


def relevel(text: str, upper: Plan, profile: Profile, lead_name: str) -> str:
    """An upper duty worded for our level: the upper committee becomes ours, "(qua ...)" our lead unit."""
    level, locality = split_issuer(upper.issuer)
    if level:
        name = rf"(?:\s+{re.escape(locality)})?" if locality else ""
        pattern = re.compile(
            rf"(Chủ tịch Ủy ban nhân dân|Chủ tịch UBND|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
            rf"\s+{re.escape(level)}{name}(?!\w)",
            re.IGNORECASE,
        )
        text = pattern.sub(lambda m: f"{m.group(1)} {profile.level}", text)
        text = re.sub(
            rf"(?i)trên địa bàn {re.escape(level)}(?:\s+{re.escape(locality or '')})?(?!\w)",
            f"trên địa bàn {profile.level}",
            text,
        )
    text = re.sub(r"(?i)các sở, ban, ngành", "các phòng, ban, đơn vị", text)
    return re.sub(r"\(qua [^)]{3,80}\)", f"(qua {lead_name})", text)


def _via(duty: str) -> str | None:
    match = re.search(r"\(qua ([^)]{3,80})\)", duty)
    return clean(match.group(1)) if match else None


def distribute(
    upper: Plan, profile: Profile, mapping: Mapping, assignments: list[UpperAssignment]
) -> Distribution:
    """Give every duty that concerns us to one of our units (or to UNASSIGNED)."""
    result = Distribution()
    lead = profile.lead
    lead_days = profile.deadline_lead_days
    for upper_assignment in assignments:
        unit = upper_assignment.unit
        where = f"mục {upper_assignment.index + 1} phần Tổ chức thực hiện của kế hoạch cấp trên"
        concern = mapping.concerns_us(unit, profile.level)
        if concern:
            guess = (
                " (suy đoán: cụm từ chung có thể gồm cấp phường)" if concern == "inferred" else ""
            )
            for duty in upper_assignment.duties:
                via = _via(duty)
                text, pairs = rewrite_deadlines(relevel(duty, upper, profile, lead.name), lead_days)
                unit_id, topic = mapping.route(duty, profile)
                deadline = min((ours for _, ours in pairs), default=None)
                result.upper_deadlines.extend(u for u, _ in pairs)
                if pairs and via and via not in result.report_to:
                    result.report_to.append(via)
                origin = f"Nhiệm vụ giao cho '{unit}' ({where}){guess}"
                if unit_id is None:
                    note = f"{origin}: không quy tắc chủ đề nào chỉ ra đơn vị thực hiện, cần phân công."
                    result.unassigned.append(Placed(text, note, deadline))
                    continue
                name = profile.unit(unit_id).name  # type: ignore[union-attr]
                note = f"{origin}; giao {name} theo chủ đề '{topic}' của bảng ánh xạ."
                if pairs:
                    note += " Hạn đã lùi trước hạn cấp trên " + ", ".join(
                        f"{format_short(u)} -> {format_short(o)}" for u, o in pairs
                    )
                result.add(unit_id, Placed(text, note, deadline))
            continue
        unit_id, phrase = mapping.counterpart(unit, profile)
        if unit_id is None and phrase is None:
            result.not_ours.append(unit)
            continue
        if unit_id is None:
            for duty in upper_assignment.duties:
                note = (
                    f"Nhiệm vụ của '{unit}' ({where}) ứng với quy tắc '{phrase}', nhưng hồ sơ đơn vị "
                    "không có đơn vị tương ứng: cần phân công."
                )
                result.unassigned.append(Placed(relevel(duty, upper, profile, lead.name), note))
            continue
        name = profile.unit(unit_id).name  # type: ignore[union-attr]
        for duty in upper_assignment.duties:
            text, pairs = rewrite_deadlines(relevel(duty, upper, profile, lead.name), lead_days)
            deadline = min((ours for _, ours in pairs), default=None)
            note = (
                f"Kế thừa nhiệm vụ của '{unit}' ({where}) cho {name} theo quy tắc '{phrase}'; "
                "câu chữ đã chuyển sang cấp phường, cần kiểm tra."
            )
            result.add(unit_id, Placed(text, note, deadline))
    return result


def lead_duties(profile: Profile, upper_issuer: str, result: Distribution) -> list[Placed]:
    """What the lead unit always does: run the plan, follow up, and report upstairs before each deadline."""
    duties = [
        Placed(
            f"Chủ trì, tham mưu {profile.name} tổ chức triển khai thực hiện Kế hoạch này; "
            "hướng dẫn, theo dõi, đôn đốc các đơn vị thực hiện.",
            "Nhiệm vụ chủ trì do kehoach thêm cho đơn vị chủ trì của hồ sơ (lead_unit).",
        )
    ]
    via = f" (qua {', '.join(result.report_to)})" if result.report_to else ""
    for upper_deadline in sorted(set(result.upper_deadlines)):
        duties.append(
            Placed(
                f"Tổng hợp kết quả của các đơn vị, tham mưu {profile.name} báo cáo {upper_issuer}{via} "
                f"trước ngày {format_short(upper_deadline)}.",
                "Hạn báo cáo cấp trên lấy từ kế hoạch cấp trên; hạn của các đơn vị đã được lùi sớm hơn.",
                upper_deadline,
            )
        )
    return duties
