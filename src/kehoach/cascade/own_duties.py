"""The duties of ours that no line of the upper plan gives: what the lead unit always does, the units'
standing duties from the profile, and a supporting duty for a unit the plan's subject plainly concerns."""

from __future__ import annotations

from kehoach.cascade.assignments import Distribution, Placed
from kehoach.cascade.mapping import Mapping
from kehoach.cascade.profile import Profile
from kehoach.cascade.reporting import Due
from kehoach.document.model import Plan

_CONCERN_SAMPLE = 20_000  # characters of the upper body searched for a plan's subject (speed)


def standing_duties(profile: Profile, result: Distribution) -> None:
    """The duties the profile gives a unit in every plan (tổ dân phố: bring the plan to the households)."""
    for unit in profile.units:
        for duty in unit.duties:
            note = f"Nhiệm vụ thường xuyên của {unit.name} ghi trong hồ sơ đơn vị."
            result.add(unit.id, Placed(duty, note))


def lead_duties(profile: Profile, rounds: list[Due]) -> list[Placed]:
    """What the lead unit always does: run the plan, follow up, and report upstairs before each deadline
    (to whom and through whom is said once, in CHẾ ĐỘ BÁO CÁO)."""
    dates = "; ".join(r.ward_text for r in rounds)
    return [
        Placed(
            f"Chủ trì, tham mưu {profile.name} tổ chức triển khai thực hiện Kế hoạch này; "
            "hướng dẫn, theo dõi, đôn đốc các đơn vị thực hiện.",
            "Nhiệm vụ chủ trì do kehoach thêm cho đơn vị chủ trì ghi trong hồ sơ đơn vị.",
        ),
        Placed(
            f"Tổng hợp kết quả của các đơn vị, tham mưu {profile.name} báo cáo cấp trên theo chế độ "
            f"báo cáo của Kế hoạch này, {dates}.",
            "Hạn báo cáo lên cấp trên sớm hơn hạn của cấp trên; hạn của các đơn vị sớm hơn nữa.",
            min(r.ward for r in rounds),
        ),
    ]


def concern_duties(profile: Profile, mapping: Mapping, upper: Plan, result: Distribution) -> None:
    """Units the plan's subject plainly concerns get a supporting duty when the upper plan gave none."""
    body = " ".join(p for s in upper.all_sections() for p in [s.title, *s.paragraphs])[
        :_CONCERN_SAMPLE
    ]
    for unit_id, rule in mapping.concerned(upper.title or "", body, profile):
        if result.by_unit.get(unit_id):
            continue
        duty = rule.duty.rstrip(". ")
        text = f"{duty}; phối hợp với {profile.lead.name} trong quá trình thực hiện."
        note = f"Kế hoạch về “{rule.name}”: giao thêm nhiệm vụ phối hợp theo bảng ánh xạ."
        result.add(unit_id, Placed(text, note))
