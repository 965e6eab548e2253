"""CHẾ ĐỘ BÁO CÁO of our draft: what the units send to us and by when, what we send up, to whom, by when.

From the upper plan's report deadlines: our units report `lead_days` working days before each, and our
committee reports one working day before it (earlier than the upper date, which is named beside it). A plan
without a deadline gets the recurring rule "hằng quý, trước ngày N của tháng cuối quý" (N from the profile),
the committee's own report a few days later. A report section is never left empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach.cascade.deadlines import Shift, working_days_before
from kehoach.cascade.profile import Profile
from kehoach.document.dates import format_short
from kehoach.document.model import Section

REPORT_TITLE = "CHẾ ĐỘ BÁO CÁO"
_WARD_AFTER_UNITS = 5  # days after the units' quarterly day that our committee reports up
_QUARTER_END_MONTHS = (3, 6, 9, 12)


@dataclass(frozen=True)
class Due:
    """One report round: the units' date and ours, as the draft writes them."""

    units: date
    ward: date
    units_text: str  # "trước ngày 08/12/2025"
    ward_text: str  # "trước ngày 12/12/2025 (hạn của cấp trên: ngày 15/12/2025)"


def _quarter_day(start: date, day: int) -> date:
    """The first day `day` of a quarter's last month on or after `start`."""
    for year in (start.year, start.year + 1):
        for month in _QUARTER_END_MONTHS:
            candidate = date(year, month, day)
            if candidate >= start:
                return candidate
    return date(start.year + 1, 3, day)


def schedule(shifts: list[Shift], profile: Profile, start: date) -> list[Due]:
    """Report rounds from the upper deadlines (earliest first), else one recurring quarterly round."""
    rounds: list[Due] = []
    seen: set[tuple[date, bool]] = set()
    for shift in sorted(shifts, key=lambda s: s.upper):
        if (shift.upper, shift.recurring) in seen:
            continue
        seen.add((shift.upper, shift.recurring))
        ward = (
            working_days_before(shift.upper, 1) if profile.deadline_lead_days > 1 else shift.upper
        )
        yearly = " hằng năm" if shift.recurring else ""
        rounds.append(
            Due(
                units=shift.ours,
                ward=ward,
                units_text=f"trước ngày {shift.show(shift.ours)}{yearly}",
                ward_text=f"trước ngày {shift.show(ward)}{yearly} (hạn của cấp trên: ngày "
                f"{shift.show(shift.upper)})",
            )
        )
    if rounds:
        return rounds
    day = profile.report_day
    ward_day = min(day + _WARD_AFTER_UNITS, 28)
    units = _quarter_day(start, day)
    return [
        Due(
            units=units,
            ward=_quarter_day(start, ward_day),
            units_text=f"hằng quý, trước ngày {day} của tháng cuối quý (lần đầu trước ngày "
            f"{format_short(units)})",
            ward_text=f"hằng quý, trước ngày {ward_day} của tháng cuối quý, hoặc đột xuất khi "
            "có yêu cầu",
        )
    ]


def report_section(profile: Profile, upper_body: str, via: list[str], rounds: list[Due]) -> Section:
    """Our CHẾ ĐỘ BÁO CÁO: units -> our committee, then our committee -> the upper body, each dated."""
    lead = profile.lead.name
    ours = f"Ủy ban nhân dân {profile.level}"
    through = f" (qua {', '.join(via)})" if via else ""
    units_dates = "; ".join(r.units_text for r in rounds)
    ward_dates = "; ".join(r.ward_text for r in rounds)
    return Section(
        number="",
        title=REPORT_TITLE,
        paragraphs=[
            f"- Các phòng, đơn vị, tổ dân phố được giao nhiệm vụ báo cáo kết quả thực hiện về {ours} "
            f"(qua {lead}) {units_dates}.",
            f"- {lead} tổng hợp, tham mưu {ours} báo cáo {upper_body}{through} {ward_dates}.",
        ],
    )
