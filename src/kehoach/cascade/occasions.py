"""A ward's plan for a set of commemorations (the calendar page's "Tạo kế hoạch cho các sự kiện này").

The same header, signer, Nơi nhận and Lưu as any other draft of the ward (ward_header.ward_plan, the
profile); the events in waves, each wave's time span in "Thời gian tuyên truyền"; each unit's duties of
its kind (occasion_duties.yaml: the loudspeakers to the unit that runs them, banners to the tổ dân phố,
ceremonies to the lead unit...), dated per wave; one task per duty and wave in the appendix "PHÂN CÔNG
NHIỆM VỤ" (occasion_tasks); a dated CHẾ ĐỘ BÁO CÁO.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from kehoach.calendar.commemorations import Occasion
from kehoach.cascade.deadlines import is_working_day
from kehoach.cascade.occasion_tasks import (
    ROUND,
    Task,
    Wave,
    duty_rules,
    task_text,
    tasks,
    unit_lines,
    wave_label,
    waves,
)
from kehoach.cascade.profile import Profile
from kehoach.cascade.recipients import archive, recipients, signature
from kehoach.cascade.ward_header import ward_plan
from kehoach.document.assigned import assignment_table
from kehoach.document.dates import format_short
from kehoach.document.model import Anniversary, Assignment, Plan, ReviewNote, Section
from kehoach.document.text import fold
from kehoach.errors import InputError

QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
_REPORT_AFTER = 3  # working days after the last event: units report to the ward
_WARD_AFTER = 5  # ... and the ward to the upper level

PURPOSES = [
    "Tuyên truyền sâu rộng về truyền thống lịch sử, văn hóa và cách mạng của dân tộc và của địa phương; "
    "lòng yêu nước, tinh thần đại đoàn kết toàn dân tộc; củng cố niềm tin của Nhân dân vào sự lãnh đạo "
    "của Đảng.",
    "Các hoạt động tuyên truyền, kỷ niệm được tổ chức bằng nhiều hình thức phù hợp, có trọng tâm, "
    "trọng điểm, thiết thực, hiệu quả, tiết kiệm, đúng các quy định hiện hành.",
]
CHANNELS = [
    "- Tuyên truyền trên hệ thống loa truyền thanh cơ sở, Cổng thông tin điện tử và các trang mạng xã hội "
    "của {level}.",
    "- Tuyên truyền cổ động trực quan bằng băng rôn, pa-nô, áp phích tại trụ sở, các tuyến đường chính "
    "và khu dân cư.",
    "- Tổ chức các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ, kỷ niệm.",
]


def working_days_after(value: date, days: int) -> date:
    current = value
    for _ in range(days):
        current += timedelta(days=1)
        while not is_working_day(current):
            current += timedelta(days=1)
    return current


def occasion_section(number: str, occasion: Occasion) -> Section:
    """One occasion as a section of the plan: its date with the lunar date and, for an anniversary,
    what to tell about it."""
    lunar = occasion.lunar
    paragraphs = [
        f"- Thời gian: ngày {format_short(occasion.date)} (tức ngày {lunar.day} tháng {lunar.month}"
        f"{' nhuận' if lunar.leap else ''} năm {lunar.year_name})."
    ]
    if occasion.count is not None:
        paragraphs.append(
            f"- Tuyên truyền ý nghĩa lịch sử, truyền thống của sự kiện qua {occasion.count} năm"
            + (
                "; tổ chức các hoạt động kỷ niệm trang trọng, thiết thực."
                if occasion.anniversary_class in ROUND
                else "."
            )
        )
    else:  # a holiday or a festival: no count of years
        paragraphs.append(
            f"- Tuyên truyền ý nghĩa, giá trị lịch sử, văn hóa của {occasion.commemoration.name}; "
            "nếp sống văn minh, tiết kiệm trong dịp lễ."
        )
    return Section(number, occasion.phrase, paragraphs)


def _timing(occasion_waves: list[Wave], period: str) -> list[str]:
    """ "- Đợt 1, từ ngày 30/12/2025 đến ngày 06/01/2026: 80 năm Ngày Tổng tuyển cử ..." per wave."""
    several = len(occasion_waves) > 1
    lines = []
    for wave in occasion_waves:
        label = wave_label(wave, several)
        span = (
            f"từ ngày {format_short(wave.start)} đến ngày {format_short(wave.last)}"
            if wave.last != wave.start
            else f"ngày {format_short(wave.last)}"
        )
        names = "; ".join(o.phrase for o in wave.occasions)
        head = f"{label[:1].upper()}{label[1:]}, {span}" if label else span[:1].upper() + span[1:]
        lines.append(f"- {head}: {names}.")
    lines.append(f"- Tuyên truyền thường xuyên trong {period} theo nội dung nêu trên.")
    return lines


def _organise(
    profile: Profile, plan_tasks: list[Task], several: bool, units_due: date
) -> tuple[Section, list[Assignment], list[str]]:
    """TỔ CHỨC THỰC HIỆN (each unit's duties, dated per wave), the task rows and the units that got work."""
    _, other = duty_rules()
    level, lead, ours = profile.level, profile.lead.name, f"Ủy ban nhân dân {profile.level}"
    names = {u.id: u.name for u in profile.units}
    order = [u.id for u in profile.units]
    by_unit: dict[str, list[Task]] = {}
    for task in plan_tasks:
        by_unit.setdefault(task.unit, []).append(task)
    first = plan_tasks[0].deadline if plan_tasks else units_due
    section = Section("III", "TỔ CHỨC THỰC HIỆN")
    rows: list[Assignment] = []
    units = sorted(order, key=lambda i: (i != profile.lead_unit, order.index(i)))
    for index, unit_id in enumerate(units, start=1):
        unit = profile.unit(unit_id)
        assert unit is not None
        mine = by_unit.get(unit_id, [])
        lines = unit_lines(mine, level, lead, several, names)
        for task in mine:
            rows.append(
                Assignment(
                    unit=unit.name,
                    text=task_text(task, level, lead, several),
                    role="lead",
                    deadline=task.deadline,
                    partners=[names[p] for p in task.partners],
                )
            )
        if not mine:
            text = f"{other.format(level=level, lead=lead)}, trước ngày {format_short(first)}."
            lines.append(text)
            rows.append(Assignment(unit=unit.name, text=text, role="lead", deadline=first))
        if unit_id != profile.lead_unit:
            lines.append(
                f"Báo cáo kết quả về {ours} (qua {lead}) trước ngày {format_short(units_due)}."
            )
        title = f"Đề nghị {unit.name}" if unit.kind == "request" else unit.name
        section.children.append(Section(str(index), title, [f"- {t}" for t in lines]))
    return section, rows, units


def occasions_draft(
    occasions: list[Occasion],
    slogans: list[str],
    profile: Profile,
    *,
    year: int,
    quarter: int | None,
) -> Plan:
    """Our plan for `occasions` (at least one), in the ward's name and with dated duties per unit."""
    if not occasions:
        raise InputError("Chọn ít nhất một sự kiện để lập kế hoạch.")
    occasions = sorted(occasions, key=lambda o: o.date)
    occasion_waves = waves(occasions)
    several = len(occasion_waves) > 1
    period = f"quý {QUARTERS[quarter]} năm {year}" if quarter else f"năm {year}"
    ours = f"Ủy ban nhân dân {profile.level}"
    lead = profile.lead.name
    units_due = working_days_after(occasions[-1].date, _REPORT_AFTER)
    ward_due = working_days_after(occasions[-1].date, _WARD_AFTER)
    plan_tasks = tasks(occasion_waves, profile)
    organise, rows, assigned = _organise(profile, plan_tasks, several, units_due)
    rows.append(
        Assignment(
            unit=lead,
            text=f"Tổng hợp báo cáo của các phòng, đơn vị, tham mưu {ours} báo cáo {profile.parent}.",
            role="lead",
            deadline=ward_due,
        )
    )
    report = Section(
        "IV",
        "CHẾ ĐỘ BÁO CÁO",
        [
            f"- Các phòng, đơn vị, tổ dân phố báo cáo kết quả thực hiện về {ours} (qua {lead}) trước "
            f"ngày {format_short(units_due)}.",
            f"- {lead} tổng hợp, tham mưu {ours} báo cáo {profile.parent} trước ngày "
            f"{format_short(ward_due)}.",
        ],
    )
    content = Section(
        "1",
        "Nội dung tuyên truyền",
        children=[occasion_section(f"1.{i}", o) for i, o in enumerate(occasions, start=1)],
    )
    channels = Section(
        "2", "Hình thức tuyên truyền", [c.format(level=profile.level) for c in CHANNELS]
    )
    timing = Section("3", "Thời gian tuyên truyền", _timing(occasion_waves, period))
    plan = ward_plan(profile, year)
    plan.title = f"Tổ chức các hoạt động tuyên truyền {period}"
    plan.preamble = [
        f"{profile.name} xây dựng Kế hoạch tổ chức các hoạt động tuyên truyền {period} như sau:"
    ]
    plan.sections = [
        Section(
            "I",
            "MỤC ĐÍCH, YÊU CẦU",
            [f"{i}. {p}" for i, p in enumerate(PURPOSES, 1)],
        ),
        Section(
            "II",
            "NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN",
            children=[content, channels, timing],
        ),
        organise,
        report,
    ]
    if slogans:
        plan.sections.append(
            Section("V", "KHẨU HIỆU TUYÊN TRUYỀN", [f"{i}. {s}" for i, s in enumerate(slogans, 1)])
        )
    plan.assignments = rows
    plan.slogans = list(slogans)
    plan.anniversaries = [
        Anniversary(
            count=o.count,
            event=o.commemoration.name,
            start=o.commemoration.start,
            end=o.date if o.commemoration.start else None,
        )
        for o in occasions
        if o.count is not None
    ]
    plan.recipients = recipients(profile, profile.parent, [], assigned)
    plan.archive = archive(profile)
    plan.signature = signature(profile)
    plan.closing = [
        profile.closing
        or f"Trên đây là Kế hoạch của {profile.name}. Yêu cầu các phòng, đơn vị, tổ dân phố nghiêm "
        "túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo "
        f"{profile.name} (qua {lead}) để xem xét, giải quyết./."
    ]
    plan.review += [
        ReviewNote(
            "Căn cứ", "Thêm văn bản cấp trên làm căn cứ (Hướng dẫn, Kế hoạch của cấp trên)."
        ),
        ReviewNote(
            "Tổ chức thực hiện",
            f"Các sự kiện cách nhau không quá 7 ngày gộp thành một đợt ({len(occasion_waves)} đợt); "
            "nhiệm vụ giao theo loại đơn vị, hạn tính từ ngày sự kiện đầu của từng đợt: cần kiểm tra.",
        ),
    ]
    plan.appendices.append(assignment_table(plan))
    return plan


def suggested(
    occasion: Occasion, scope: str, locality: str | None = None, own: Collection[str] = ()
) -> bool:
    """Ticked by default: major holidays, round anniversaries (năm tròn, năm lẻ 5), the ward's own
    commemorations (`own`: the profile's `commemorations`), and its province's days, except a festival
    of another place in the province (a festival is ticked where its name names our locality)."""
    c = occasion.commemoration
    if c.id in own or c.major or occasion.anniversary_class in ROUND:
        return True
    if scope == "national" or c.scope != scope:
        return False
    if c.kind == "festival":
        return bool(locality) and fold(locality or "") in fold(c.name)
    return True
