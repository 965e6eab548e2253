"""Registration (đăng ký thi đua): each unit's targets per criterion, its state, and the ward's total.

States: Chưa gửi (draft) -> Chờ duyệt (submitted) -> Đã duyệt (approved) or Trả lại (returned, with a
comment; the unit edits and sends again). The ward aggregates its units' approved registrations and
forwards its own registration up, with the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DRAFT = "draft"
SUBMITTED = "submitted"
RETURNED = "returned"
APPROVED = "approved"
STATE_NAMES = {
    DRAFT: "Chưa gửi",
    SUBMITTED: "Chờ duyệt",
    RETURNED: "Trả lại",
    APPROVED: "Đã duyệt",
}
# state -> the states it may move to
TRANSITIONS = {
    DRAFT: {SUBMITTED},
    SUBMITTED: {APPROVED, RETURNED},
    RETURNED: {SUBMITTED},
    APPROVED: set(),
}


class TransitionError(ValueError):
    """A move the workflow does not allow; the message says what can be done instead."""


def move(state: str, target: str, comment: str = "") -> str:
    """The new state, or TransitionError in Vietnamese. Returning needs a comment."""
    if target not in TRANSITIONS.get(state, set()):
        raise TransitionError(
            f"Bản đăng ký đang ở trạng thái “{STATE_NAMES.get(state, state)}”, "
            f"không chuyển sang “{STATE_NAMES.get(target, target)}” được."
        )
    if target == RETURNED and not comment.strip():
        raise TransitionError("Khi trả lại bản đăng ký, ghi rõ lý do để đơn vị sửa.")
    return target


@dataclass
class Registration:
    """One unit's registration: a target (text, and a number where it counts) per criterion."""

    unit: str
    targets: dict[str, str] = field(default_factory=dict)  # criterion key -> target text
    figures: dict[str, int] = field(default_factory=dict)  # criterion key -> number, if any
    collectives: int = 0  # tập thể đăng ký danh hiệu
    individuals: int = 0  # cá nhân đăng ký danh hiệu
    state: str = DRAFT
    comment: str = ""


@dataclass
class Aggregate:
    """The ward's own registration, summed from its units' approved ones."""

    units: list[str]
    figures: dict[str, int]
    targets: dict[str, list[str]]  # criterion key -> "Unit: target" lines
    collectives: int
    individuals: int
    missing: list[str]  # units not yet approved

    def as_registration(self, unit: str) -> Registration:
        """The ward's registration to forward up: totals, and the units' targets joined."""
        return Registration(
            unit=unit,
            targets={k: "; ".join(v) for k, v in self.targets.items()},
            figures=dict(self.figures),
            collectives=self.collectives,
            individuals=self.individuals,
        )


def aggregate(registrations: list[Registration], criteria: list[str]) -> Aggregate:
    """Totals over the approved registrations; the others are listed as missing."""
    approved = [r for r in registrations if r.state == APPROVED]
    figures = {key: 0 for key in criteria}
    targets: dict[str, list[str]] = {key: [] for key in criteria}
    for reg in approved:
        for key in criteria:
            if key in reg.figures:
                figures[key] += int(reg.figures[key])
            text = reg.targets.get(key, "").strip()
            if text:
                targets[key].append(f"{reg.unit}: {text}")
    return Aggregate(
        units=[r.unit for r in approved],
        figures=figures,
        targets=targets,
        collectives=sum(r.collectives for r in approved),
        individuals=sum(r.individuals for r in approved),
        missing=[r.unit for r in registrations if r.state != APPROVED],
    )
