"""A ward's plan for a set of commemorations (the calendar page's "Tạo kế hoạch cho các sự kiện này").

Same header, signer, Nơi nhận and Lưu as a cascaded draft of the ward (from its profile); each unit gets
the duties of its kind (occasion_duties.yaml: the loudspeakers to the unit that runs them, banners to the
tổ dân phố, ceremonies to the lead unit...), each dated from its event's date; a dated CHẾ ĐỘ BÁO CÁO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kehoach.calendar.commemorations import Occasion
from kehoach.cascade.deadlines import is_working_day, working_days_before
from kehoach.cascade.profile import Profile
from kehoach.cascade.recipients import archive, recipients, signature
from kehoach.cascade.tasks import roles
from kehoach.document.assigned import assignment_table
from kehoach.document.dates import format_short
from kehoach.document.model import Anniversary, Assignment, Plan, ReviewNote, Section
from kehoach.errors import InputError

DUTIES_FILE = Path(__file__).resolve().parent / "occasion_duties.yaml"
QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
_REPORT_AFTER = 3  # working days after the last event: units report to the ward
_WARD_AFTER = 5  # ... and the ward to the upper level
ROUND = ("năm tròn", "năm lẻ 5")

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


@dataclass(frozen=True)
class DutyRule:
    units: tuple[str, ...]
    duty: str
    per_event: bool
    days_before: int
    round_only: bool = False
    when: str = "trước ngày"


@cache
def duty_rules(path: Path = DUTIES_FILE) -> tuple[tuple[DutyRule, ...], str]:
    """The duty table and the sentence for units it does not name."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = tuple(
            DutyRule(
                tuple(item["units"]),
                " ".join(str(item["duty"]).split()),
                bool(item.get("per_event", True)),
                int(item.get("days_before", 0)),
                bool(item.get("round_only", False)),
                str(item.get("when", "trước ngày")),
            )
            for item in data["duties"]
        )
        return rules, str(data["other"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        raise InputError(f"Bảng nhiệm vụ {path} không hợp lệ ({error}).") from None


def working_days_after(value: date, days: int) -> date:
    current = value
    for _ in range(days):
        current += timedelta(days=1)
        while not is_working_day(current):
            current += timedelta(days=1)
    return current


def _due(event: date, days_before: int) -> date:
    """A working day `days_before` calendar days before the event (earlier if that day is off)."""
    return working_days_before(event - timedelta(days=days_before), 0)


def _unit_for(rule: DutyRule, profile: Profile) -> str | None:
    for unit_id in rule.units:
        unit_id = profile.lead_unit if unit_id == "@lead" else unit_id
        if profile.unit(unit_id) is not None:
            return unit_id
    return None


def _event_name(occasion: Occasion) -> str:
    if occasion.count is not None:
        return f"{occasion.count} năm {occasion.commemoration.name}"
    return occasion.commemoration.name


def _duties(occasions: list[Occasion], profile: Profile) -> dict[str, list[tuple[str, date]]]:
    """Each unit id -> its duty lines with their dates, in the profile's order."""
    rules, other = duty_rules()
    level, lead = profile.level, profile.lead.name
    given: dict[str, list[tuple[str, date]]] = {}
    for rule in rules:
        unit_id = _unit_for(rule, profile)
        if unit_id is None:
            continue
        duty = rule.duty.format(level=level, lead=lead)
        chosen = [o for o in occasions if not rule.round_only or o.anniversary_class in ROUND]
        if not chosen:
            continue
        lines = given.setdefault(unit_id, [])
        if rule.per_event:
            dues = [(_event_name(o), _due(o.date, rule.days_before)) for o in chosen]
            events = "; ".join(f"{name} {rule.when} {format_short(due)}" for name, due in dues)
            lines.append((f"{duty}: {events}.", min(due for _, due in dues)))
        else:
            due = _due(chosen[0].date, rule.days_before)
            lines.append((f"{duty}, {rule.when} {format_short(due)}.", due))
    first = _due(occasions[0].date, 3)
    for unit in profile.units:
        if unit.id not in given:
            text = other.format(level=level, lead=lead)
            given[unit.id] = [(f"{text}, trước ngày {format_short(first)}.", first)]
    order = [u.id for u in profile.units]
    return {
        unit_id: given[unit_id]
        for unit_id in sorted(given, key=lambda i: (i != profile.lead_unit, order.index(i)))
    }


def occasion_section(number: str, occasion: Occasion) -> Section:
    """One occasion as a section of the plan: its date with the lunar date, its count and class."""
    lunar = occasion.lunar
    paragraphs = [
        f"- Thời gian: ngày {format_short(occasion.date)} (tức ngày {lunar.day} tháng {lunar.month}"
        f"{' nhuận' if lunar.leap else ''} năm {lunar.year_name})."
    ]
    if occasion.count is not None:
        paragraphs.append(
            f"- Ý nghĩa lịch sử, truyền thống của sự kiện; kỷ niệm {occasion.count} năm "
            f"({occasion.anniversary_class})."
        )
    return Section(number, occasion.phrase, paragraphs)


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
    period = f"quý {QUARTERS[quarter]} năm {year}" if quarter else f"năm {year}"
    ours = f"Ủy ban nhân dân {profile.level}"
    given = _duties(occasions, profile)
    lead = profile.lead.name
    units_due = working_days_after(occasions[-1].date, _REPORT_AFTER)
    ward_due = working_days_after(occasions[-1].date, _WARD_AFTER)
    organise = Section("III", "TỔ CHỨC THỰC HIỆN")
    assignments = []
    for index, (unit_id, lines) in enumerate(given.items(), start=1):
        unit = profile.unit(unit_id)
        assert unit is not None
        texts = [text for text, _ in lines]
        if unit_id != profile.lead_unit:
            texts.append(
                f"Báo cáo kết quả về {ours} (qua {lead}) trước ngày {format_short(units_due)}."
            )
        title = f"Đề nghị {unit.name}" if unit.kind == "request" else unit.name
        organise.children.append(Section(str(index), title, [f"- {t}" for t in texts]))
        # one item per unit: the unit leads its own duties, with the units they say it works with
        _, partner_ids = roles(" ".join(texts), unit_id, profile, parts=[unit_id])
        assignments.append(
            Assignment(
                unit=unit.name,
                text=" ".join(texts),
                role="lead",
                deadline=min(d for _, d in lines),
                partners=[profile.unit(p).name for p in partner_ids if profile.unit(p)],  # type: ignore[union-attr]
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
    timing = Section(
        "3",
        "Thời gian tuyên truyền",
        [f"- Trong {period}, tập trung vào các ngày kỷ niệm nêu trên."],
    )
    sections = [
        Section(
            "I",
            "MỤC ĐÍCH, YÊU CẦU",
            children=[Section(str(i), "", [p]) for i, p in enumerate(PURPOSES, 1)],
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
        sections.append(
            Section("V", "KHẨU HIỆU TUYÊN TRUYỀN", [f"{i}. {s}" for i, s in enumerate(slogans, 1)])
        )
    plan = Plan(
        doc_type="KH",
        symbol="KH-UBND",
        issuer=profile.name,
        parent_issuer=profile.parent_issuer,
        place=profile.place,
        year=year,
        title=f"Tổ chức các hoạt động tuyên truyền {period}",
        preamble=[
            f"{profile.name} xây dựng Kế hoạch tổ chức các hoạt động tuyên truyền {period} như sau:"
        ],
        sections=sections,
        assignments=assignments,
        slogans=list(slogans),
        anniversaries=[
            Anniversary(
                count=o.count,
                event=o.commemoration.name,
                start=o.commemoration.start,
                end=o.date if o.commemoration.start else None,
            )
            for o in occasions
            if o.count is not None
        ],
        recipients=recipients(profile, profile.parent, [], list(given)),
        archive=archive(profile),
        signature=signature(profile),
        closing=[
            profile.closing
            or f"Trên đây là Kế hoạch của {profile.name}. Yêu cầu các phòng, đơn vị, tổ dân phố nghiêm "
            "túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo "
            f"{profile.name} (qua {lead}) để xem xét, giải quyết./."
        ],
        review=[
            ReviewNote(
                "Căn cứ", "Thêm văn bản cấp trên làm căn cứ (Hướng dẫn, Kế hoạch của cấp trên)."
            ),
            ReviewNote(
                "Tổ chức thực hiện",
                "Nhiệm vụ giao theo loại đơn vị, hạn tính từ ngày của từng sự kiện: cần kiểm tra.",
            ),
        ],
    )
    plan.appendices.append(assignment_table(plan))
    return plan


def suggested(occasion: Occasion, scope: str) -> bool:
    """Ticked by default: major holidays, round anniversaries (năm tròn, năm lẻ 5), and the locality's
    own commemorations."""
    return (
        occasion.commemoration.major
        or occasion.anniversary_class in ROUND
        or (scope != "national" and occasion.commemoration.scope == scope)
    )
