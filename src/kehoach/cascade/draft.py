"""cascade(): the upper level's plan and our profile -> a draft of our implementing plan.

The draft keeps the upper plan's purposes, content, channels and slogans, speaks in our name, cites the
upper plan, gives its duties to our units and reports upward before the upper deadlines. Every choice a
machine made is listed in `plan.review` (path, Vietnamese note) for the editor to check.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from kehoach.cascade.anniversaries import Recomputed, recompute, rewrite_text
from kehoach.cascade.assignments import (
    UNASSIGNED,
    Distribution,
    Placed,
    distribute,
    is_tcth,
    lead_duties,
    report_rules,
    standing_duties,
    upper_assignments,
)
from kehoach.cascade.mapping import Mapping, mapping_for
from kehoach.cascade.preamble import (
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
from kehoach.cascade.tidy import fix_text, fix_texts, tidy_section
from kehoach.document.dates import format_short
from kehoach.document.model import Assignment, Plan, ReviewNote, Section
from kehoach.document.text import fold
from kehoach.errors import InputError

_REPORT_TITLE_WORDS = 8
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
TCTH_TITLE = "TỔ CHỨC THỰC HIỆN"


def _is_budget(section: Section) -> bool:
    return "kinh phi" in fold(section.title)


def _unit_title(profile: Profile, unit_id: str) -> str:
    unit = profile.unit(unit_id)
    assert unit is not None
    return f"Đề nghị {unit.name}" if unit.kind == "request" else unit.name


def _order(profile: Profile, distribution: Distribution) -> list[str]:
    """Lead first, then our offices, the bodies we ask ("Đề nghị ..."), then communities, as in ward plans."""
    rank = {"office": 0, "request": 1, "community": 2}
    ids = [
        u.id for u in profile.units if u.id in distribution.by_unit and u.id != profile.lead_unit
    ]
    ids.sort(key=lambda i: rank[profile.unit(i).kind])  # type: ignore[union-attr]
    return [profile.lead_unit, *ids]


def _tcth_section(
    number: str, profile: Profile, distribution: Distribution, plan: Plan
) -> tuple[Section, list[Assignment]]:
    """Our TỔ CHỨC THỰC HIỆN, its assignments, and review notes (added to `plan.review`)."""
    section = Section(number=number, title=TCTH_TITLE)
    assignments: list[Assignment] = []
    groups: list[tuple[str, list[Placed], str | None]] = []
    for unit_id in _order(profile, distribution):
        groups.append(
            (_unit_title(profile, unit_id), distribution.by_unit.get(unit_id, []), unit_id)
        )
    if distribution.unassigned:
        groups.append((UNASSIGNED, distribution.unassigned, None))
    for index, (title, placed, group_unit) in enumerate(groups, start=1):
        unit = profile.unit(group_unit) if group_unit else None
        child = Section(number=str(index), title=title, paragraphs=[f"- {p.text}" for p in placed])
        section.children.append(child)
        deadlines = [p.deadline for p in placed if p.deadline]
        assignment_index = len(assignments)
        assignments.append(
            Assignment(
                unit=unit.name if unit else title,
                text=" ".join(p.text for p in placed),
                role="lead" if group_unit == profile.lead_unit else None,
                deadline=min(deadlines) if deadlines else None,
            )
        )
        for p in placed:
            plan.review.append(ReviewNote(f"assignments[{assignment_index}]", p.note))
        if group_unit is None:
            plan.review.append(
                ReviewNote(
                    f"assignments[{assignment_index}].unit",
                    f"{len(placed)} nhiệm vụ chưa xác định được đơn vị thực hiện: cần phân công.",
                )
            )
    return section, assignments


def _is_report(section: Section) -> bool:
    title = fold(section.title)
    return "bao cao" in title and len(title.split()) <= _REPORT_TITLE_WORDS


def _sections(
    upper: Plan,
    profile: Profile,
    plan: Plan,
    changes: list[Recomputed],
    distribution: Distribution,
) -> int:
    """Inherited sections into `plan.sections`; returns the index where TỔ CHỨC THỰC HIỆN goes.

    A "CHẾ ĐỘ BÁO CÁO" section is reworded for our level and its dates moved earlier; its upper
    deadlines are recorded in `distribution` for the lead unit's upward report."""
    tcth_at = len(upper.sections)
    for section in upper.sections:
        if is_tcth(section):
            tcth_at = len(plan.sections)
            continue
        ours = copy.deepcopy(section)
        ours.number = ROMAN[len(plan.sections)] if len(plan.sections) < len(ROMAN) else ours.number
        path = f"sections[{len(plan.sections)}]"
        if _is_budget(ours) and profile.budget:
            ours.paragraphs, ours.children = [profile.budget], []
            plan.review.append(
                ReviewNote(path, "Kinh phí lấy theo hồ sơ đơn vị, thay cho nguồn của cấp trên.")
            )
        else:
            for part in ours.walk():
                part.paragraphs = [rewrite_text(p, changes) for p in part.paragraphs]
                part.title = rewrite_text(part.title, changes)
                moved = [c for c in part.children if is_tcth(c)]
                if moved:
                    part.children = [c for c in part.children if not is_tcth(c)]
                    titles = ", ".join(f"{c.number}. {c.title}" for c in moved)
                    note = f"Mục {titles} của cấp trên đã chuyển thành phần Tổ chức thực hiện."
                    plan.review.append(ReviewNote(path, note))
            plan.review.append(
                ReviewNote(
                    path,
                    "Nội dung kế thừa nguyên văn từ kế hoạch cấp trên: cần điều chỉnh cho cấp phường.",
                )
            )
            if _is_report(ours) and report_rules(ours, upper, profile, plan.year, distribution):
                note = "Chế độ báo cáo: hạn đã lùi sớm hơn hạn của cấp trên, báo cáo về phường."
                plan.review.append(ReviewNote(path, note))
            fixes = tidy_section(ours)
            if fixes:
                note = "Đã sửa lỗi kế thừa từ kế hoạch cấp trên: " + "; ".join(fixes) + "."
                plan.review.append(ReviewNote(path, note))
        plan.sections.append(ours)
    return min(tcth_at, len(plan.sections))


def _tidy_duties(distribution: Distribution) -> None:
    """Inherited duties corrected like inherited sections; the fix is added to the duty's own note."""
    placed = [p for group in distribution.by_unit.values() for p in group] + distribution.unassigned
    fixed, fixes = fix_texts([p.text for p in placed])
    for duty, text, found in zip(placed, fixed, fixes, strict=True):
        duty.text = text
        if found:
            duty.note += " Đã sửa lỗi kế thừa: " + "; ".join(found) + "."


def _renumber(plan: Plan) -> None:
    for index, section in enumerate(plan.sections):
        if index < len(ROMAN):
            section.number = ROMAN[index]


def _validity(plan: Plan, upper: Plan, profile: Profile, today: date | None) -> None:
    """Notes on an upper plan older than our committee or than the two-level government."""
    path = f"bases[{len(plan.bases) - 1}]"
    if upper.date and profile.valid_from and upper.date < profile.valid_from:
        plan.review.append(
            ReviewNote(
                path,
                f"Kế hoạch cấp trên ban hành ngày {format_short(upper.date)}, trước khi {profile.name} "
                f"được thành lập ({format_short(profile.valid_from)}); cần kiểm tra còn hiệu lực.",
            )
        )
    elif upper.date and upper.date < TWO_LEVEL_START <= (today or date(plan.year or 1, 12, 31)):
        note = "Kế hoạch cấp trên ban hành trước khi tổ chức chính quyền địa phương hai cấp."
        plan.review.append(ReviewNote(path, note))


def _opening(plan: Plan, upper: Plan, profile: Profile, changes: list[Recomputed]) -> None:
    """Title, bases, references and the preamble citing the upper plan."""
    review = plan.review
    subject, title_fixes = fix_text(rewrite_text(plan_title(upper), changes))
    plan.title = rewrite_title(subject, upper, profile)
    note = f"Trích yếu lấy từ kế hoạch cấp trên, chuyển sang phạm vi {profile.area}."
    review.append(ReviewNote("title", note))
    if title_fixes:
        review.append(ReviewNote("title", "Đã sửa lỗi kế thừa: " + "; ".join(title_fixes) + "."))
    upper_ref = upper_reference(upper, subject)
    bases = implemented_bases(upper)
    plan.bases = [*bases, upper_ref]
    keys = {r.key for r in plan.bases}
    plan.references = [*plan.bases, *[r for r in upper.references if r.key not in keys]]
    plan.preamble = opening(upper_ref, bases, plan.title, profile, split_issuer(upper.issuer)[1])
    if not upper.number or not upper.date or not upper.issuer:
        note = "Kế hoạch cấp trên thiếu số, ngày hoặc cơ quan ban hành: cần bổ sung trích dẫn."
        review.append(ReviewNote("preamble[0]", note))
    if bases:
        note = f"Trích dẫn thêm {len(bases)} văn bản mà kế hoạch cấp trên 'thực hiện'."
        review.append(ReviewNote("preamble[0]", note))


def _organisation(
    plan: Plan, upper: Plan, profile: Profile, mapping: Mapping, reports: Distribution
) -> Distribution:
    """Our units' duties (with the report deadlines of `reports`), the lead unit's first."""
    given = upper_assignments(upper)
    distribution = distribute(upper, profile, mapping, given, plan.year)
    distribution.upper_deadlines.extend(reports.upper_deadlines)
    distribution.report_to.extend(v for v in reports.report_to if v not in distribution.report_to)
    standing_duties(profile, distribution)
    upper_body = upper.issuer or profile.parent
    distribution.by_unit.setdefault(profile.lead_unit, [])
    distribution.by_unit[profile.lead_unit][:0] = lead_duties(profile, upper_body, distribution)
    _tidy_duties(distribution)
    return distribution


def _closing(plan: Plan, upper: Plan, profile: Profile, distribution: Distribution) -> None:
    """Nơi nhận, Lưu, signature and the closing paragraph."""
    assigned = [u for u in distribution.by_unit if distribution.by_unit[u]]
    upper_body = upper.issuer or profile.parent
    plan.recipients = recipients(profile, upper_body, distribution.report_to, assigned)
    note = "Nơi nhận lập theo hồ sơ đơn vị và các đơn vị được giao nhiệm vụ."
    plan.review.append(ReviewNote("recipients", note))
    plan.archive = archive(profile)
    plan.signature = signature(profile)
    plan.review.append(ReviewNote("signature", "Người ký lấy theo hồ sơ đơn vị."))
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
    upper = replace(upper, issuer=tidy_issuer(upper.issuer, upper.parent_issuer))
    upper_year = upper.year or (upper.date.year if upper.date else None)
    plan_year = year or (today.year if today else None) or upper_year
    if plan_year is None:
        raise InputError("Không xác định được năm của kế hoạch: hãy chỉ rõ --year.")
    plan = Plan(doc_type="KH", symbol="KH-UBND", issuer=profile.name, place=profile.place)
    plan.year, plan.date, plan.parent_issuer = plan_year, today, profile.parent_issuer
    plan.review.append(ReviewNote("number", "Số văn bản để trống, văn thư cấp số khi ban hành."))
    note = "Ngày ban hành để trống." if today is None else "Ngày ban hành lấy là hôm nay."
    plan.review.append(ReviewNote("date", note))

    shift = plan_year - upper_year if year and upper_year else 0
    changes = [recompute(a, shift) for a in upper.anniversaries]
    _opening(plan, upper, profile, changes)
    _validity(plan, upper, profile, today)
    for change in changes:
        plan.anniversaries.append(change.new)
        if change.note:
            path = f"anniversaries[{len(plan.anniversaries) - 1}]"
            plan.review.append(ReviewNote(path, change.note))
    plan.slogans = fix_texts([rewrite_text(s, changes) for s in upper.slogans])[0]

    reports = Distribution()
    tcth_at = _sections(upper, profile, plan, changes, reports)
    distribution = _organisation(plan, upper, profile, mapping, reports)
    tcth, plan.assignments = _tcth_section("", profile, distribution, plan)
    plan.sections.insert(tcth_at, tcth)
    _renumber(plan)
    if distribution.not_ours:
        plan.review.append(
            ReviewNote(
                "assignments",
                "Nhiệm vụ của các đơn vị cấp trên không có đơn vị tương ứng ở phường, không đưa vào: "
                + "; ".join(distribution.not_ours)
                + ".",
            )
        )
    if not distribution.ours_found:
        note = "Kế hoạch cấp trên không giao nhiệm vụ trực tiếp cho cấp xã, phường."
        plan.review.append(ReviewNote("assignments", note))
    _closing(plan, upper, profile, distribution)
    return plan
