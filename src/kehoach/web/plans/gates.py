"""The gates of the workflow, with their reasons.

Submitting while lint reports errors asks the drafter to confirm. Issuing is refused while the plan has
lint errors or a document-level problem (kehoach.document.readiness: a citation without number, no
signer, a unit outside the organisation, an assignment without deadline), unless a leader overrides
with a written reason, which is logged and shown on the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach.document.readiness import issue_problems
from kehoach.web.plans.checks import stored_plan_findings
from kehoach.web.plans.models import Plan
from kehoach.web.plans.wording import finding_text

MIN_REASON = 15  # a reason is a sentence, not "ok"


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


def issue_blockers(plan: Plan) -> list[Blocker]:
    """Why `plan` may not be issued as it is (empty: it may)."""
    blockers = [
        Blocker("lint", f"Lỗi kiểm tra: {finding_text(f)}", f.get("anchor") or "")
        for f in lint_errors(plan)
    ]
    blockers += [
        Blocker(p.code, p.message, p.where)
        for p in issue_problems(plan.document(), unit_names(plan))
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
