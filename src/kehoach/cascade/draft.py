"""cascade(): the upper level's plan and our profile -> a draft of our implementing plan.

The draft keeps the upper plan's purposes, content, channels and slogans, speaks in our name, cites the
upper plan, gives its duties to our units and reports upward before the upper deadlines. Every choice a
machine made is listed in `plan.review` (path, Vietnamese note) for the editor to check.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import date

from kehoach.cascade.anniversaries import Recomputed, recompute, rewrite_text
from kehoach.cascade.assignments import (
    Distribution,
    distribute,
    is_tcth,
    report_rules,
    upper_assignments,
)
from kehoach.cascade.duties import (
    join_lead_ins,
    mass_organisations_coordinated,
    not_self_directed,
    one_lead,
    own_name_dropped,
)
from kehoach.cascade.mapping import Mapping, mapping_for
from kehoach.cascade.own_committee import without_own_committee
from kehoach.cascade.own_duties import concern_duties, lead_duties, standing_duties
from kehoach.cascade.preamble import (
    ABBREVIATIONS,
    implemented_bases,
    opening,
    plan_title,
    rewrite_title,
    split_issuer,
    tidy_issuer,
    upper_reference,
)
from kehoach.cascade.profile import TWO_LEVEL_START, Profile
from kehoach.cascade.recipients import archive, recipients, signature
from kehoach.cascade.reporting import Due, report_section, schedule
from kehoach.cascade.scale import Scaler
from kehoach.cascade.tasks import tcth_section
from kehoach.cascade.tidy import fix_text, fix_texts, tidy_section
from kehoach.cascade.ward_header import ward_plan
from kehoach.document.assigned import assignment_table
from kehoach.document.dates import format_short
from kehoach.document.model import Assignment, Plan, ReviewNote, Section
from kehoach.document.text import fold
from kehoach.errors import InputError
from kehoach.read.assignments import find_assignments, is_assignment_heading

_REPORT_TITLE_WORDS = 8
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _is_budget(section: Section) -> bool:
    return "kinh phi" in fold(section.title)


def _is_report(section: Section) -> bool:
    title = fold(section.title)
    return "bao cao" in title and len(title.split()) <= _REPORT_TITLE_WORDS


def _label(section: Section) -> str:
    """How a review note names a section: "Mục II. NỘI DUNG" (never a field path)."""
    return f"Mục {section.number}. {section.title}".strip()


def _sections(
    upper: Plan,
    profile: Profile,
    plan: Plan,
    changes: list[Recomputed],
    distribution: Distribution,
    scaler: Scaler,
) -> int:
    """Inherited sections at our scale into `plan.sections`; returns where TỔ CHỨC THỰC HIỆN goes.

    A "CHẾ ĐỘ BÁO CÁO" section of the upper plan gives its deadlines to `distribution` (our report
    section is written from them) and is replaced by ours."""
    tcth_at = len(upper.sections)
    for section in upper.sections:
        if is_tcth(section):
            tcth_at = len(plan.sections)
            continue
        ours = copy.deepcopy(section)
        if _is_report(ours):
            report_rules(ours, upper, profile, plan.year, distribution)
            continue
        if len(plan.sections) < len(ROMAN):
            _number_part(ours, ROMAN[len(plan.sections)])
        if _is_budget(ours) and profile.budget:
            ours.paragraphs, ours.children = [profile.budget], []
            plan.review.append(
                ReviewNote(
                    _label(ours), "Kinh phí lấy theo hồ sơ đơn vị, thay cho nguồn của cấp trên."
                )
            )
            plan.sections.append(ours)
            continue
        for part in ours.walk():
            part.paragraphs = [rewrite_text(p, changes) for p in part.paragraphs]
            part.title = rewrite_text(part.title, changes)
            moved = [c for c in part.children if is_tcth(c)]
            if moved:
                part.children = [c for c in part.children if not is_tcth(c)]
                titles = ", ".join(f"{c.number}. {c.title}" for c in moved)
                note = f"Mục {titles} của cấp trên đã chuyển thành phần Tổ chức thực hiện."
                plan.review.append(ReviewNote(_label(ours), note))
        if not scaler.section(ours):
            continue
        plan.review.append(
            ReviewNote(
                _label(ours),
                f"Nội dung lấy từ kế hoạch cấp trên, đã chuyển sang cấp {profile.level}: cần kiểm tra "
                "số liệu, thời gian và địa bàn cho phù hợp.",
            )
        )
        fixes = tidy_section(ours)
        if fixes:
            note = "Đã sửa lỗi kế thừa từ kế hoạch cấp trên: " + "; ".join(fixes) + "."
            plan.review.append(ReviewNote(_label(ours), note))
        plan.sections.append(ours)
    return min(tcth_at, len(plan.sections))


def appendix_tasks(upper: Plan) -> list[Assignment]:
    """Rows of a "PHÂN CÔNG NHIỆM VỤ" table the upper plan attaches after its signature (the reader
    takes the body's assignments only): they give out work like the body's."""
    known = {(fold(a.unit), fold(a.text)) for a in upper.assignments}
    tables = [a for a in upper.appendices if is_assignment_heading(a.title) and a.tables]
    return [a for a in find_assignments(tables) if (fold(a.unit), fold(a.text)) not in known]


def _tidy_duties(distribution: Distribution, profile: Profile) -> None:
    """Inherited duties corrected like inherited sections; the fix is added to the duty's own note."""
    names = [u.name for u in profile.units]
    committee = f"Ủy ban nhân dân {profile.level}"
    for unit_id, duties in distribution.by_unit.items():
        for duty in duties:
            duty.text = without_own_committee(duty.text, committee)
        distribution.by_unit[unit_id] = join_lead_ins(duties, names)
    one_lead(distribution, profile)
    not_self_directed(distribution, profile)
    mass_organisations_coordinated(distribution, profile)
    own_name_dropped(distribution, profile)
    placed = [p for group in distribution.by_unit.values() for p in group] + distribution.unassigned
    fixed, fixes = fix_texts([p.text for p in placed])
    for duty, text, found in zip(placed, fixed, fixes, strict=True):
        duty.text = text
        if found:
            duty.note += " Đã sửa lỗi kế thừa: " + "; ".join(found) + "."


def _renumber(plan: Plan) -> None:
    for index, section in enumerate(plan.sections):
        if index < len(ROMAN):
            _number_part(section, ROMAN[index])


def _number_part(section: Section, number: str) -> None:
    """Number a part I, II, III …; where the upper plan numbered it "2." with sub-parts "2.1.",
    "2.2.1.", the sub-parts lose the part's old number ("II." over "1.", "2.1."), as a plan with Roman
    parts numbers them."""
    old = section.number.rstrip(".")
    section.number = number
    if not old.isdigit() or old == number:
        return
    for part in section.walk()[1:]:
        if part.number.startswith(old + ".") and len(part.number) > len(old) + 1:
            part.number = part.number[len(old) + 1 :]


def _validity(plan: Plan, upper: Plan, profile: Profile, today: date | None) -> None:
    """What does not fit: an upper plan older than our committee or than the two-level government, an
    issuer that is not our parent, a title of another year (the profile's own validity: ward_header)."""
    label = "Căn cứ"
    if upper.date and profile.valid_from and upper.date < profile.valid_from:
        plan.review.append(
            ReviewNote(
                label,
                f"Kế hoạch cấp trên ban hành ngày {format_short(upper.date)}, trước khi {profile.name} "
                f"được thành lập ({format_short(profile.valid_from)}); cần kiểm tra còn hiệu lực.",
            )
        )
    elif upper.date and upper.date < TWO_LEVEL_START <= (today or date(plan.year or 1, 12, 31)):
        note = "Kế hoạch cấp trên ban hành trước khi tổ chức chính quyền địa phương hai cấp."
        plan.review.append(ReviewNote(label, note))
    issuer = upper.issuer or ""
    if issuer and fold(issuer) != fold(profile.parent):
        plan.review.append(
            ReviewNote(
                label,
                f"Kế hoạch cấp trên do {issuer} ban hành, không phải cấp trên trực tiếp của "
                f"{profile.name} ({profile.parent}): cần xem có phải triển khai không, và báo cáo về đâu.",
            )
        )
    years = {int(y) for y in re.findall(r"(?<![\d/-])(20\d\d)(?![\d/-])", plan.title or "")}
    if plan.year and years and plan.year not in years and len(years) == 1:
        plan.review.append(
            ReviewNote(
                "Trích yếu",
                f"Trích yếu nói năm {years.pop()}, dự thảo lập cho năm {plan.year}: cần thống nhất.",
            )
        )


def _opening(plan: Plan, upper: Plan, profile: Profile, changes: list[Recomputed]) -> None:
    """Title, bases, references and the preamble citing the upper plan."""
    review = plan.review
    subject, title_fixes = fix_text(rewrite_text(plan_title(upper), changes))
    plan.title = ABBREVIATIONS.sub(
        lambda m: m.group(0).upper(), rewrite_title(subject, upper, profile)
    )
    note = f"Trích yếu lấy từ kế hoạch cấp trên, chuyển sang phạm vi {profile.area}."
    review.append(ReviewNote("Trích yếu", note))
    if title_fixes:
        review.append(
            ReviewNote("Trích yếu", "Đã sửa lỗi kế thừa: " + "; ".join(title_fixes) + ".")
        )
    upper_ref = upper_reference(upper, ABBREVIATIONS.sub(lambda m: m.group(0).upper(), subject))
    bases = implemented_bases(upper)
    plan.bases = [*bases, upper_ref]
    keys = {r.key for r in plan.bases}
    plan.references = [*plan.bases, *[r for r in upper.references if r.key not in keys]]
    plan.preamble = opening(upper_ref, bases, plan.title, profile, split_issuer(upper.issuer)[1])
    if not upper.number or not upper.date or not upper.issuer:
        note = "Kế hoạch cấp trên thiếu số, ngày hoặc cơ quan ban hành: cần bổ sung trích dẫn."
        review.append(ReviewNote("Phần mở đầu", note))
    if bases:
        note = f"Trích dẫn thêm {len(bases)} văn bản mà kế hoạch cấp trên 'thực hiện'."
        review.append(ReviewNote("Phần mở đầu", note))


def _organisation(
    plan: Plan,
    upper: Plan,
    profile: Profile,
    mapping: Mapping,
    reports: Distribution,
    scaler: Scaler,
) -> tuple[Distribution, list[Due]]:
    """Our units' duties (with the report deadlines of `reports`), the lead unit's first, and the report
    rounds every unit's deadline comes from."""
    given = upper_assignments(upper)
    distribution = distribute(upper, profile, mapping, given, scaler, plan.year)
    distribution.upper_deadlines.extend(reports.upper_deadlines)
    distribution.report_to.extend(v for v in reports.report_to if v not in distribution.report_to)
    concern_duties(profile, mapping, upper, distribution)
    standing_duties(profile, distribution)
    start = plan.date or upper.date or date(plan.year or 2000, 1, 1)
    if plan.year and start.year < plan.year:
        start = date(plan.year, 1, 1)
    rounds = schedule(distribution.upper_deadlines, profile, start)
    distribution.by_unit.setdefault(profile.lead_unit, [])
    distribution.by_unit[profile.lead_unit][:0] = lead_duties(profile, rounds)
    _tidy_duties(distribution, profile)
    return distribution, rounds


def _closing(plan: Plan, upper: Plan, profile: Profile, distribution: Distribution) -> None:
    """Nơi nhận, Lưu, signature and the closing paragraph."""
    assigned = [u for u in distribution.by_unit if distribution.by_unit[u]]
    upper_body = upper.issuer or profile.parent
    plan.recipients = recipients(profile, upper_body, distribution.report_to, assigned)
    note = "Nơi nhận lập theo hồ sơ đơn vị và các đơn vị được giao nhiệm vụ."
    plan.review.append(ReviewNote("Nơi nhận", note))
    plan.archive = archive(profile)
    plan.signature = signature(profile)
    plan.review.append(ReviewNote("Người ký", "Người ký lấy theo hồ sơ đơn vị."))
    plan.closing = [
        profile.closing
        or (
            f"Trên đây là Kế hoạch của {profile.name}. Yêu cầu các phòng, đơn vị, tổ dân phố nghiêm "
            "túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo "
            f"{profile.name} (qua {profile.lead.name}) để xem xét, giải quyết./."
        )
    ]


def cascade(
    upper: Plan,
    profile: Profile,
    today: date | None = None,
    *,
    year: int | None = None,
    mapping: Mapping | None = None,
) -> Plan:
    """A draft of our plan implementing `upper`, with a ReviewNote for every inferred choice.

    `today` fills the date line (blank otherwise). `year` is the plan's year (default: today's, else
    the upper plan's); given and different from the upper plan's, the anniversaries move by the
    difference. `mapping` is the rule table (default: the profile's, else the one shipped).
    """
    if not upper.title and not upper.sections:
        raise InputError(
            "Kế hoạch cấp trên không có trích yếu và nội dung: không thể lập kế hoạch triển khai."
        )
    mapping = mapping or mapping_for(profile)
    upper = replace(
        upper,
        issuer=tidy_issuer(upper.issuer, upper.parent_issuer),
        assignments=upper.assignments + appendix_tasks(upper),
    )
    upper_year = upper.year or (upper.date.year if upper.date else None)
    plan_year = year or (today.year if today else None) or upper_year
    if plan_year is None:
        raise InputError("Không xác định được năm của kế hoạch: hãy chỉ rõ --year.")
    plan = ward_plan(profile, plan_year, today)

    shift = plan_year - upper_year if year and upper_year else 0
    changes = [recompute(a, shift) for a in upper.anniversaries]
    _opening(plan, upper, profile, changes)
    _validity(plan, upper, profile, today)
    for change in changes:
        plan.anniversaries.append(change.new)
        if change.note:
            plan.review.append(ReviewNote("Ngày kỷ niệm", change.note))
    plan.slogans = fix_texts([rewrite_text(s, changes) for s in upper.slogans])[0]

    reports = Distribution()
    scaler = Scaler(upper, profile, mapping)
    tcth_at = _sections(upper, profile, plan, changes, reports, scaler)
    distribution, rounds = _organisation(plan, upper, profile, mapping, reports, scaler)
    tcth, plan.assignments = tcth_section(profile, distribution, plan, rounds)
    upper_body = upper.issuer or profile.parent
    report = report_section(profile, upper_body, distribution.report_to, rounds)
    plan.sections[tcth_at:tcth_at] = [tcth, report]
    _renumber(plan)
    note = "Các đơn vị báo cáo về phường, phường báo cáo cấp trên theo các hạn đã ghi."
    if distribution.reports_up:
        said = "; ".join(f"“{d}”" for d in distribution.reports_up)
        note += (
            f" Nhiệm vụ báo cáo cấp trên giao cho cấp {profile.level} ({said}) chỉ ghi ở mục này."
        )
    plan.review.append(ReviewNote("Chế độ báo cáo", note))
    dropped = scaler.note()
    if dropped:
        plan.review.append(ReviewNote("Nội dung không đưa vào", dropped))
    if not distribution.ours_found:
        note = "Kế hoạch cấp trên không giao nhiệm vụ trực tiếp cho cấp xã, phường."
        plan.review.append(ReviewNote("Tổ chức thực hiện", note))
    _closing(plan, upper, profile, distribution)
    plan.appendices.append(assignment_table(plan))
    note = (
        "Phụ lục phân công lập từ các nhiệm vụ: mỗi nhiệm vụ một đơn vị chủ trì, các đơn vị phối hợp "
        "và thời hạn; sửa nhiệm vụ ở phần phân công thì phụ lục được lập lại khi ban hành."
    )
    plan.review.append(ReviewNote("Phụ lục phân công nhiệm vụ", note))
    return plan
