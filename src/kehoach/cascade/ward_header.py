"""The head of any draft a ward makes (a cascade or a calendar plan): issuer, place line, year, signer.

One place for it, so every draft of the ward carries the same header: the committee's name and its
parent line from the profile, the place line written in full for a ward named after a person, a number
or an event (Phụ lục I, Nghị định 30/2020/NĐ-CP, II.4), a blank number for the văn thư, and a note when
the profile is not yet valid on the draft's date.
"""

from __future__ import annotations

from datetime import date

from kehoach.cascade.profile import Profile
from kehoach.document.dates import format_short
from kehoach.document.model import Plan, ReviewNote
from kehoach.document.text import fold

# Common family names: a locality that opens with one may be named after a person ("Lê Chân", "Hoàng Văn Thụ").
_SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Lương",
        "Trương",
        "Mạc",
        "Chu",
        "Đào",
        "Cao",
        "Tô",
        "Kim",
        "Mai",
        "Tôn",
        "Thái",
        "Triệu",
        "Lâm",
        "Quách",
        "Văn",
    ]
)


def ward_plan(profile: Profile, year: int, today: date | None = None) -> Plan:
    """An empty plan (KH) in our name for `year`, dated `today` (blank: the văn thư dates it)."""
    plan = Plan(doc_type="KH", symbol="KH-UBND", issuer=profile.name, place=profile.place)
    plan.year, plan.date, plan.parent_issuer = year, today, profile.parent_issuer
    plan.review.append(
        ReviewNote("Số, ký hiệu", "Số văn bản để trống, văn thư cấp số khi ban hành.")
    )
    note = "Ngày ban hành để trống." if today is None else "Ngày ban hành lấy là hôm nay."
    plan.review.append(ReviewNote("Ngày ban hành", note))
    place_line(plan, profile)
    on = today or date(year, 12, 31)
    if profile.valid_from and on < profile.valid_from:
        plan.review.append(
            ReviewNote(
                "Hồ sơ đơn vị",
                f"Hồ sơ đơn vị chỉ có hiệu lực từ ngày {format_short(profile.valid_from)}, sau ngày của "
                f"dự thảo ({format_short(on)}): cần dùng hồ sơ đúng thời điểm.",
            )
        )
    if not profile.signature.name:
        note = "Hồ sơ chưa có tên người ký: ghi họ tên người ký trước khi trình."
        plan.review.append(ReviewNote("Người ký", note))
    return plan


def place_line(plan: Plan, profile: Profile) -> None:
    """Phụ lục I (Nghị định 30/2020), II.4: a unit named after a person, a number or a historical event is
    written in full on the place line ("Phường Lê Chân, ngày ..."), from the profile's `named_after`;
    a locality that looks like a person's name or a number gets a note when the profile does not say."""
    full = f"{profile.level[:1].upper()}{profile.level[1:]} {profile.locality}"
    if fold(profile.place) == fold(full):
        return
    if profile.named_after:
        plan.place = full
        note = f"Địa danh ghi đầy đủ “{full}” vì {profile.level} đặt theo tên người, số hoặc sự kiện (Phụ lục I)."
        plan.review.append(ReviewNote("Địa danh", note))
        return
    words = profile.locality.split()
    if profile.locality.isdigit() or (len(words) >= 2 and words[0] in _SURNAMES):
        plan.review.append(
            ReviewNote(
                "Địa danh",
                f"Nếu {profile.level} {profile.locality} đặt theo tên người, số hoặc sự kiện lịch sử thì "
                f"địa danh ghi đầy đủ “{full}, ngày … tháng … năm …” (Phụ lục I, Nghị định 30/2020/NĐ-CP); "
                "khai báo điều này trong hồ sơ đơn vị để dự thảo tự ghi đầy đủ.",
            )
        )
