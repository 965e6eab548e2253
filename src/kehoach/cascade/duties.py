"""Duties inherited from the upper plan, made into tasks a unit can act on.

- "Giao Sở Y tế chủ trì, phối hợp với ...:" over items a), b): the lead-in opens each item, so no task
  reads "Chủ trì:" (`join_lead_ins`);
- a duty the upper plan gave to two bodies that both have a counterpart here has one lead (`one_lead`);
- "Chỉ đạo Trạm Y tế phối hợp …" given to the Trạm Y tế itself: the unit is not told to direct itself
  (`not_self_directed`);
- "Chỉ đạo Đoàn Thanh niên phường tổ chức …": a ward's unit or Front does not direct a mass organisation,
  it works with it ("Phối hợp với Đoàn Thanh niên phường tổ chức …", `mass_organisations_coordinated`);
- "Công an phường phối hợp với Đoàn Thanh niên tổ chức …" in the Công an phường's own part: the unit's
  name goes and it leads ("Chủ trì, phối hợp với …", `own_name_dropped`).
"""

from __future__ import annotations

import re

from kehoach.cascade import levels
from kehoach.cascade.assignments import Distribution, Placed
from kehoach.cascade.profile import Profile
from kehoach.document.text import fold
from kehoach.read.units import VERB, as_actor

_DIRECTS = re.compile(r"^(?P<mark>[-–+•]\s*)?(?:Chỉ đạo|Giao|Yêu cầu)\s+(?:các\s+)?", re.IGNORECASE)
_LEVEL_TAIL = re.compile(r"\s+(?:phường|xã|đặc khu)(?:\s+[A-ZĐ][\wÀ-ỹ]*)*$")


def _origin(placed: Placed) -> str:
    return placed.note.split(")")[0]


def join_lead_ins(duties: list[Placed], names: list[str]) -> list[Placed]:
    """ "Giao Sở Y tế chủ trì, phối hợp với ...:" over items a), b): the lead-in ("Chủ trì, phối hợp với
    Hội Chữ thập đỏ phường:") opens each item of the same upper assignment ("Chủ trì, phối hợp với ...
    chuẩn bị cơ số thuốc"), so no task reads "Chủ trì:"; a lead-in that only names a unit is dropped."""
    out: list[Placed] = []
    lead_in: Placed | None = None
    for duty in duties:
        text = duty.text.strip()
        if text.endswith(":"):
            head = text[:-1].strip()
            lead_in = None if any(fold(head) == fold(n) for n in names) else duty
            if lead_in is not None:
                lead_in.text = head
            continue
        if lead_in is not None and _origin(duty) == _origin(lead_in) and text:
            duty.text = f"{lead_in.text} {text[:1].lower()}{text[1:]}"
        out.append(duty)
    return out


def one_lead(distribution: Distribution, profile: Profile) -> None:
    """A duty the upper plan gave to two bodies ("Giao Sở Văn hóa..., Báo và Phát thanh...: a) ...")
    that both have a counterpart here is one task: a unit other than our lead unit (which already
    coordinates the plan) leads it, the others support it."""
    owners: dict[str, list[str]] = {}
    for unit_id, duties in distribution.by_unit.items():
        for duty in duties:
            owners.setdefault(fold(duty.text).rstrip(" ."), []).append(unit_id)
    for key, units in owners.items():
        if len(units) < 2:
            continue
        keeper = next((u for u in units if u != profile.lead_unit), units[0])
        duty = next(d for d in distribution.by_unit[keeper] if fold(d.text).rstrip(" .") == key)
        others = [profile.unit(u) for u in dict.fromkeys(units) if u != keeper]
        names = [u.name for u in others if u is not None and fold(u.name) not in fold(duty.text)]
        if names:
            duty.text = f"{duty.text.rstrip(' .')} (phối hợp với {', '.join(names)})."
            duty.note += f" Cấp trên giao chung cho nhiều cơ quan: {', '.join(names)} phối hợp."
        for unit_id in units:
            if unit_id != keeper:
                distribution.by_unit[unit_id] = [
                    d for d in distribution.by_unit[unit_id] if fold(d.text).rstrip(" .") != key
                ]


def not_self_directed(distribution: Distribution, profile: Profile) -> None:
    """The committee's "Chỉ đạo Trạm Y tế phối hợp các đoàn thể …", given to the Trạm Y tế phường, reads
    "Phối hợp các đoàn thể …": a unit does what its committee directs it to do."""
    for unit_id, duties in distribution.by_unit.items():
        unit = profile.unit(unit_id)
        if unit is None:
            continue
        core = fold(_LEVEL_TAIL.sub("", unit.name))
        for duty in duties:
            opening = _DIRECTS.match(duty.text)
            if opening is None or len(core) < 4:
                continue
            rest = duty.text[opening.end() :]
            folded = fold(rest)
            if not folded.startswith(core + " "):
                continue
            rest = rest[len(core) + 1 :]
            rest = re.sub(r"^(?:phường|xã|đặc khu)\s+", "", rest)  # "Trạm Y tế phường phối hợp"
            if len(rest.split()) < 3:
                continue
            said = duty.text[: len(duty.text) - len(rest)].strip(" -–+•")
            duty.text = f"{opening.group('mark') or ''}{rest[:1].upper()}{rest[1:]}"
            duty.note += f" Bỏ “{said}” ở đầu câu: nhiệm vụ giao cho chính đơn vị này."


def mass_organisations_coordinated(distribution: Distribution, profile: Profile) -> None:
    """ "Chỉ đạo Đoàn Thanh niên phường tổ chức …", given to a ward's unit or its Front, reads "Phối hợp
    với Đoàn Thanh niên phường tổ chức …": a mass organisation answers to its own body, not to them. Given
    to that organisation itself ("Chỉ đạo Mặt trận vận động …" to the Front), it reads "Vận động …"."""
    for unit_id, duties in distribution.by_unit.items():
        unit = profile.unit(unit_id)
        own = fold(unit.name) if unit is not None else ""
        for duty in duties:
            opening = _DIRECTS.match(duty.text)
            organisation = opening and levels.MASS_ORGANISATION.match(duty.text, opening.end())
            if opening is None or not organisation:
                continue
            mark = opening.group("mark") or ""
            said = duty.text[len(mark) : opening.end()]
            rest = duty.text[opening.end() :]
            # the organisation by its first two words ("Mặt trận Tổ quốc", "Hội Cựu chiến binh"); a list
            # ("các đoàn thể", "các tổ chức thành viên") is never the unit itself
            words = duty.text[organisation.start() :].split()[:2]
            head = fold(" ".join(words)).replace("mttq", "mat tran")
            if words[0][:1].isupper() and head in own:  # the unit itself: it does the work
                verb = VERB.search(duty.text, organisation.end())
                work = duty.text[verb.start() :].strip() if verb else ""
                if len(work.split()) >= 3:
                    duty.text = f"{mark}{work[:1].upper()}{work[1:]}"
                    duty.note += " Bỏ lời chỉ đạo ở đầu câu: nhiệm vụ giao cho chính tổ chức này."
                continue
            lead = "các " if re.search(r"(?i)(?<!\w)các\s+$", said) else ""
            duty.text = f"{mark}Phối hợp với {lead}{rest}"
            command = said.strip().removesuffix("các").strip()
            duty.note += f" “{command}” thành “Phối hợp với”: {_LEVEL_NOTE}."


_LEVEL_NOTE = (
    "ở cấp phường, xã, tổ chức chính trị - xã hội do tổ chức mình chỉ đạo, các đơn vị phối hợp"
)


def own_name_dropped(distribution: Distribution, profile: Profile) -> None:
    """A duty in a unit's own part that opens with the unit's name ("Công an phường phối hợp với Đoàn
    Thanh niên tổ chức tuần tra …") says what it does: "Chủ trì, phối hợp với Đoàn Thanh niên …"."""
    for unit_id, duties in distribution.by_unit.items():
        unit = profile.unit(unit_id)
        if unit is None:
            continue
        name = fold(unit.name)
        for duty in duties:
            mark = re.match(r"^[-–+•]\s*", duty.text)
            start = mark.end() if mark else 0
            body = duty.text[start:]
            if not fold(body).startswith(name + " "):
                continue
            rest = body[len(name) + 1 :].lstrip(" ,")
            if len(rest.split()) < 3:
                continue
            rest = as_actor(rest)
            duty.text = f"{duty.text[:start]}{rest[:1].upper()}{rest[1:]}"
