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

from kehoach.cascade import levels
from kehoach.cascade.deadlines import Shift, lunar_acting_date, rewrite_deadlines
from kehoach.cascade.mapping import Mapping
from kehoach.cascade.profile import Profile
from kehoach.cascade.scale import Scaler, subject_words
from kehoach.cascade.territory import relevel
from kehoach.cascade.upward import is_bare_report, report_up_target, sends_results, via_of
from kehoach.document.dates import format_short
from kehoach.document.model import Assignment, Plan, Section
from kehoach.document.text import clean, fold
from kehoach.read.units import as_actor, deadline_of

UNASSIGNED = "Chưa phân công"
_TCTH_TITLES = (
    "to chuc thuc hien",
    "phan cong trach nhiem",
    "phan cong nhiem vu",
    "phan cong thuc hien",
    "trach nhiem thuc hien",
)
_TCTH_MAX_WORDS = 7
_TCTH_MAX_CHARS = 60
_MARKER = re.compile(r"^\s*(?:[-–—+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*")
_INLINE_MARKER = re.compile(r"(?<=[.;:])\s+(?=(?:[-–•+]|[a-zđ]\))\s)")
_DUTY_HEADING_WORDS = 12
_UNIT_OFFSET = 12
# "1.1. Bằng khen của Chủ tịch": a numbered heading of a few words, not a duty
_HEADING_ONLY = re.compile(r"^\d+(?:\.\d+)+\.?\s+(?:\S+\s+){0,9}\S+$")
_KEY = 60  # folded characters that identify a line of the upper plan's content
_SENTENCE_END = (".", ";", ":", "!", "?", "./.")
# Verbs that start what a unit must do: a duty written as "UBND các xã, phường tăng cường ..." is routed on
# the words from the verb on, so the names of the units do not decide the topic.
_VERB = re.compile(
    r"\b(can cu|tang cuong|chu tri|phoi hop|xay dung|trien khai|to chuc|thuc hien|chi dao|co trach nhiem|"
    r"tiep tuc|day manh|ra soat|bo tri|chu dong|huong dan|theo doi|bao cao|tham muu)\b"
)


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
    upper_deadlines: list[Shift] = field(default_factory=list)
    ours_found: bool = False  # some upper assignment addressed our level
    reports_up: list[str] = field(
        default_factory=list
    )  # our level's upward reports, moved to CHẾ ĐỘ BÁO CÁO

    def add(self, unit_id: str, placed: Placed) -> None:
        """Give a duty to a unit, once: the same words from two upper assignments make one duty."""
        duties = self.by_unit.setdefault(unit_id, [])
        if all(fold(d.text) != fold(placed.text) for d in duties):
            duties.append(placed)


def split_duties(text: str) -> list[str]:
    """Duties of an assignment's text: one per line or bullet; "+" sub-items stay with their duty."""
    lines = [line for line in text.split("\n") if clean(line)]
    if len(lines) <= 1:
        lines = _INLINE_MARKER.split(clean(text))
    duties: list[str] = []
    for line in lines:
        stripped = clean(line)
        continues = (
            not _MARKER.match(stripped) and not duties[-1].endswith(_SENTENCE_END)
            if duties
            else False
        )
        if (stripped.startswith("+") or continues) and duties:
            duties[-1] = f"{duties[-1]} {stripped}"
            continue
        stripped = _MARKER.sub("", stripped, count=1).strip()
        if stripped.strip(" .;:-"):
            duties.append(stripped[:1].upper() + stripped[1:])
    return [_END_MARK.sub(".", duty) for duty in duties]  # the upper plan's end marker is not ours


def is_tcth(section: Section) -> bool:
    """A section that gives out the work: "TỔ CHỨC THỰC HIỆN", "Phân công trách nhiệm"..."""
    if len(section.title) > _TCTH_MAX_CHARS:  # a sentence, not a heading
        return False
    title = fold(section.title).strip(" .:")
    if title == "to chuc":  # a heading cut short where it wrapped
        return True
    joined = title.split(" va ", 1)[
        -1
    ]  # "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN", "KINH PHÍ VÀ TỔ CHỨC ..."
    return (title.startswith(_TCTH_TITLES) or joined.startswith(_TCTH_TITLES)) and len(
        title.split()
    ) <= _TCTH_MAX_WORDS


def assignment_sections(plan: Plan) -> list[Section]:
    """Every section that gives out work, outermost first (a plan may split it: "III.2. Phân công
    trách nhiệm" and "IV. TỔ CHỨC THỰC HIỆN")."""
    found: list[Section] = []

    def visit(sections: list[Section]) -> None:
        for section in sections:
            if is_tcth(section):
                found.append(section)
            else:
                visit(section.children)

    visit(plan.sections)
    return found


def _child_assignment(child: Section, units: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """The unit and duty lines of one child of TỔ CHỨC THỰC HIỆN; `units` are the reader's unit names
    (as written, folded)."""
    title = clean(child.title)
    paragraphs = list(child.paragraphs)
    if paragraphs and paragraphs[0].startswith(
        "và "
    ):  # the heading's sentence goes on (its bold part)
        title = clean(f"{title} {paragraphs.pop(0)}")
    folded = fold(title)
    unit, rest = None, ""
    for name, folded_name in units:
        at = folded.find(folded_name)
        if 0 <= at <= _UNIT_OFFSET:  # "Sở Tư pháp", "Giao Sở Tư pháp", "Đề nghị Sở ..."
            tail = title[at + len(name) :]
            rest = tail.lstrip(":.,- ")
            unit, rest = name, rest if tail.lstrip().startswith(":") else as_actor(rest)
            break
    if unit is None:
        unit, _, rest = title.partition(":")
        if (
            not rest and len(title.split()) >= _DUTY_HEADING_WORDS
        ):  # the heading says what to do too
            verb = _VERB.search(folded, 1)
            unit, rest = (
                (title[: verb.start()], as_actor(title[verb.start() :])) if verb else (title, title)
            )
    lines = ([rest] if rest.strip() else []) + paragraphs
    lines += [clean(f"{c.title} {' '.join(c.paragraphs)}") for c in child.children]
    if not lines:  # "5. UBND các xã, phường tăng cường ...": the heading is the duty
        verb = _VERB.search(folded, 1)
        unit, lines = (
            (title[: verb.start()], [as_actor(title[verb.start() :])]) if verb else (title, [title])
        )
    return clean(unit), lines


def _content_lines(upper: Plan) -> set[str]:
    """Headings and points of the sections that do not give out work, folded, without markers."""
    given = {id(s) for section in assignment_sections(upper) for s in section.walk()}
    found: set[str] = set()
    for section in upper.all_sections():
        if id(section) in given:
            continue
        found.add(fold(clean(section.title))[:_KEY])
        found.update(fold(_MARKER.sub("", clean(p), count=1))[:_KEY] for p in section.paragraphs)
    return found


def _unit_children(upper: Plan) -> list[Section]:
    """The parts of the sections giving out work, one per unit: a group ("1. Các sở, ngành") whose
    sub-items are units ("1.1. Sở Y tế") is opened; a heading with nothing of its own under it
    ("1. Phân công nhiệm vụ" over a table, "2. Chế độ báo cáo") is no unit."""
    found: list[Section] = []
    for child in (c for section in assignment_sections(upper) for c in section.children):
        members = [g for g in child.children if levels.ORG_START.match(clean(g.title))]
        if members and not child.paragraphs and len(members) == len(child.children):
            found.extend(members)
        elif not (is_tcth(child) or "bao cao" in fold(child.title)) or child.paragraphs:
            found.append(child)
    return found


_END_MARK = re.compile(r"\s*\./\.?\s*$")  # the plan's end marker "./." after its last duty


def _row_text(assignment: Assignment) -> str:
    """A reader's row as one duty: its text, then its partners and deadline when the text omits them."""
    text = _END_MARK.sub(".", clean(assignment.text))
    if assignment.partners and "phoi hop" not in fold(text):
        text = f"{text.rstrip('.;')}; phối hợp với {', '.join(assignment.partners)}"
    if (
        assignment.deadline
        and format_short(assignment.deadline) not in text
        and not deadline_of(text)
    ):
        text = f"{text.rstrip('.;')}, hoàn thành trước ngày {format_short(assignment.deadline)}"
    return text if text.endswith((".", ";")) else text + "."


def upper_assignments(upper: Plan) -> list[UpperAssignment]:
    """The upper plan's assignments with duties, one per paragraph.

    Every child of a section giving out work is one (named as the reader named its unit where it did; a heading
    without paragraphs is a duty itself: "UBND các xã, phường tăng cường công tác ..."); then any assignment
    the reader found elsewhere, from its text.
    """
    names = sorted((clean(a.unit) for a in upper.assignments), key=len, reverse=True)
    units = [(name, fold(name)) for name in names]
    found: list[UpperAssignment] = []
    covered: set[str] = set()
    for child in _unit_children(upper):
        unit, lines = _child_assignment(child, units)
        duties = split_duties("\n".join(lines))
        if duties:
            found.append(UpperAssignment(len(found), unit, duties))
            covered.add(fold(unit))
    content = _content_lines(upper)
    for assignment in upper.assignments:
        unit = clean(assignment.unit)
        text = clean(assignment.text)
        if _HEADING_ONLY.match(text) or fold(text.split(": ")[0])[:_KEY] in content:
            continue  # a task of the content sections ("Đơn vị chủ trì: ..."): kept there, at our scale
        if fold(unit) not in covered:
            text = _row_text(assignment)
            duties = split_duties(text) or [text]
            found.append(UpperAssignment(len(found), unit, duties))
    return found


def predicate(duty: str, unit: str) -> str:
    """What a duty asks, without the unit names it opens with when it is the heading itself."""
    folded = fold(duty)
    if not folded.startswith(fold(unit)[:20]):
        return duty
    verb = _VERB.search(folded, 1)
    return as_actor(duty[verb.start() :]) if verb else duty


def distribute(
    upper: Plan,
    profile: Profile,
    mapping: Mapping,
    assignments: list[UpperAssignment],
    scaler: Scaler,
    year: int | None = None,
) -> Distribution:
    """Give every duty that concerns us to one of our units; a duty no rule places goes to the lead unit
    with a note, so that every assignment names a unit of the profile."""
    result = Distribution()
    lead = profile.lead
    lead_days = profile.deadline_lead_days
    for upper_assignment in assignments:
        unit = upper_assignment.unit
        where = f"mục {upper_assignment.index + 1} phần Tổ chức thực hiện của kế hoạch cấp trên"
        concern = mapping.concerns_us(subject_words(unit), profile.level)
        if concern:
            result.ours_found = True
            guess = (
                f" (suy đoán: cụm từ chung có thể gồm cấp {profile.level})"
                if concern == "inferred"
                else ""
            )
            for duty in upper_assignment.duties:
                target = report_up_target(predicate(duty, unit))
                bare = target is None and is_bare_report(predicate(duty, unit))  # to the issuer
                if target or bare:  # our report upward: said once, in CHẾ ĐỘ BÁO CÁO
                    result.upper_deadlines.extend(rewrite_deadlines(duty, lead_days, year)[1])
                    committee = bare or fold(target or "").startswith(("uy ban nhan dan", "ubnd"))
                    for body in (via_of(duty), None if committee else target):
                        if body and body not in result.report_to:
                            result.report_to.append(body)
                    result.reports_up.append(duty)
                    continue
                via = via_of(duty)
                scaled = scaler.line(duty, keep=True) or duty
                text, pairs = rewrite_deadlines(scaled, lead_days, year)
                unit_id, topic = mapping.route(predicate(duty, unit), profile)
                deadline = min((p.ours for p in pairs), default=None) or lunar_acting_date(
                    text, upper.date, year
                )
                if sends_results(
                    duty
                ):  # a date to act by ("xây dựng kế hoạch trước ngày …") is no report round
                    result.upper_deadlines.extend(pairs)
                if pairs and via and via not in result.report_to:
                    result.report_to.append(via)
                origin = f"Nhiệm vụ giao cho “{unit}” ({where}){guess}"
                if unit_id is None:
                    note = (
                        f"{origin}: không chủ đề nào của bảng ánh xạ chỉ ra đơn vị thực hiện, tạm giao "
                        f"{lead.name} (đơn vị chủ trì): cần xem lại."
                    )
                    result.add(lead.id, Placed(text, note, deadline))
                    continue
                name = profile.unit(unit_id).name  # type: ignore[union-attr]
                note = f"{origin}; giao {name} theo chủ đề “{topic}” của bảng ánh xạ."
                if "xay dung ke hoach" in fold(duty):
                    note += " Việc xây dựng kế hoạch chính là dự thảo này: có thể bỏ nhiệm vụ này."
                if pairs:
                    note += " Hạn đã lùi trước hạn cấp trên " + ", ".join(
                        f"{p.show(p.upper)} -> {p.show(p.ours)}" for p in pairs
                    )
                result.add(unit_id, Placed(text, note, deadline))
            continue
        unit_id, phrase = mapping.counterpart(unit, profile)
        if unit_id is None:
            result.not_ours.append(unit)
            for duty in upper_assignment.duties:
                scaler.drop(duty, unit)
            continue
        name = profile.unit(unit_id).name  # type: ignore[union-attr]
        for duty in upper_assignment.duties:
            mirrored = scaler.line(duty, subject_ours=name)
            if mirrored is None:
                continue
            text, pairs = rewrite_deadlines(mirrored, lead_days, year)
            deadline = min((p.ours for p in pairs), default=None) or lunar_acting_date(
                text, upper.date, year
            )
            note = (
                f"Kế thừa nhiệm vụ của “{unit}” ({where}) cho {name} theo quy tắc “{phrase}”; "
                f"câu chữ đã chuyển sang cấp {profile.level}, cần kiểm tra."
            )
            result.add(unit_id, Placed(text, note, deadline))
    return result


def report_rules(
    section: Section, upper: Plan, profile: Profile, year: int | None, result: Distribution
) -> int:
    """A "CHẾ ĐỘ BÁO CÁO" section worded for our level with our earlier dates; its upper deadlines go to
    the lead unit's upward report. Returns how many deadlines moved."""
    moved = 0
    for part in section.walk():
        paragraphs = []
        for paragraph in part.paragraphs:
            text, shifts = rewrite_deadlines(
                relevel(paragraph, upper, profile, profile.lead.name),
                profile.deadline_lead_days,
                year,
            )
            via = via_of(paragraph)
            if shifts and via and via not in result.report_to:
                result.report_to.append(via)
            result.upper_deadlines.extend(shifts)
            moved += len(shifts)
            paragraphs.append(text)
        part.paragraphs = paragraphs
    return moved


def second_lead(text: str, lead_name: str) -> str:
    """A non-lead unit's "Chủ trì triển khai kế hoạch" ("Là cơ quan thường trực, chủ trì theo dõi thực hiện
    Kế hoạch") becomes support: one plan has one lead."""
    return re.sub(
        r"^(?:Là cơ quan (?:thường trực|chủ trì|đầu mối),?\s*)?(?:chủ trì,?\s*)?"
        r"(?=(?:tham mưu\s+)?(?:tổ chức\s+)?(?:triển khai|thực hiện|theo dõi)"
        r"(?:,?\s+(?:thực hiện|đôn đốc|kiểm tra))*"
        r"\s+(?:(?:việc\s+)?thực hiện\s+)?(?:các nội dung của\s+)?(?:Kế hoạch|kế hoạch))",
        f"Phối hợp với {lead_name} ",
        text,
        flags=re.IGNORECASE,
    )
