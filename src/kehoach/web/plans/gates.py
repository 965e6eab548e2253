"""The gates of the workflow, with their reasons.

Submitting while lint reports errors asks the drafter to confirm. Issuing is refused while the plan has
lint errors or a document-level problem (kehoach.document.readiness: a citation without number, no
signer, a unit outside the organisation, an assignment without deadline, a BC issued before the end of
its period), unless a leader overrides with a written reason, which is logged and shown on the plan.
A BC dated before its period ends is never overridden: the fix is the date or the words "ước thực
hiện", and a report with wrong figures must not go up with a leader's note beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach.document.readiness import issue_problems
from kehoach.web.plans.checks import stored_plan_findings
from kehoach.web.plans.models import Plan
from kehoach.web.plans.wording import finding_text

MIN_REASON = 15  # a reason is a sentence, not "ok"
HARD = {"report-too-early"}  # blockers no override lifts


@dataclass(frozen=True)
class Blocker:
    code: str
    message: str
    where: str


def unit_names(plan: Plan) -> list[str]:
    names: list[str] = []
    for name, short in plan.organisation.units.values_list("name", "short_name"):
        names.append(name)
        if short:
            names.append(short)
    return names


def lint_errors(plan: Plan) -> list[dict]:
    return [f for f in stored_plan_findings(plan) if f.get("severity") == "error"]


def issue_blockers(plan: Plan, on: date | None = None) -> list[Blocker]:
    """Why `plan` may not be issued as it is on day `on` (empty: it may)."""
    blockers = [
        Blocker("lint", f"Lỗi kiểm tra: {finding_text(f)}", f.get("anchor") or "")
        for f in lint_errors(plan)
        if f.get("rule") != "report-period"  # judged below against the day it is issued
    ]
    blockers += [
        Blocker(p.code, p.message, p.where)
        for p in issue_problems(plan.document(), unit_names(plan), on)
    ]
    return blockers


class GateRefused(Exception):
    """Issuing refused: the blockers stand and no (valid) override reason was given."""

    def __init__(self, blockers: list[Blocker], message: str) -> None:
        super().__init__(message)
        self.blockers = blockers


def check_override(blockers: list[Blocker], reason: str, may_override: bool) -> str:
    """The reason to record ("" when nothing blocks), or GateRefused saying what to do."""
    if not blockers:
        return ""
    count = len(blockers)
    hard = [b for b in blockers if b.code in HARD]
    if hard:
        raise GateRefused(blockers, f"Chưa ban hành được: {hard[0].message}")
    if not may_override:
        raise GateRefused(
            blockers,
            f"Chưa ban hành được: còn {count} vướng mắc. Chuyên viên sửa dự thảo, "
            "hoặc lãnh đạo quyết định ban hành kèm lý do bằng văn bản.",
        )
    if len(reason.strip()) < MIN_REASON:
        raise GateRefused(
            blockers,
            f"Chưa ban hành được: còn {count} vướng mắc. Muốn ban hành ngay, hãy ghi lý do "
            f"(ít nhất {MIN_REASON} ký tự); lý do được lưu vào nhật ký và hiện trên kế hoạch.",
        )
    return reason.strip()
