"""record(): the one way views write the audit log (inside the same transaction as the change)."""

from __future__ import annotations

from typing import Any

from django.db import models

from kehoach.web.audit.models import AuditEntry
from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.people import person_name

ACTIONS = {
    "task.nudge": "Đôn đốc đơn vị",
    "plan.upload": "Tải lên văn bản cấp trên",
    "plan.cascade": "Tạo kế hoạch của đơn vị",
    "plan.create": "Tạo dự thảo",
    "plan.save": "Lưu dự thảo",
    "plan.submit": "Trình phê duyệt",
    "plan.approve": "Phê duyệt",
    "plan.return": "Trả lại",
    "plan.issue": "Ban hành",
    "plan.issue_override": "Ban hành khi còn vướng mắc (lãnh đạo quyết định, có lý do)",
    "plan.withdraw": "Rút lại dự thảo đã trình",
    "plan.signed_pdf": "Lưu bản PDF đã ký số",
    "plan.recall": "Thu hồi văn bản",
    "plan.correct": "Đính chính văn bản",
    "plan.download": "Tải về",
    "plan.save_refused": "Lưu bị từ chối (đã có người lưu trước)",
    "emulation.decision_signed": "Lãnh đạo ký số quyết định khen thưởng",
    "emulation.decision_sealed": "Văn thư ghi số, ngày và ký số quyết định khen thưởng",
    "emulation.rules_settings": "Thiết lập quy định thi đua áp dụng",
}


def record(
    user: Any,
    organisation: Organisation | None,
    action: str,
    target: models.Model | None = None,
    summary: str = "",
    **detail: Any,
) -> AuditEntry:
    """Write one entry; `user` may be anonymous or None for system actions."""
    person = user if getattr(user, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        organisation=organisation,
        user=person,
        actor_name=person_name(person) if person is not None else "",
        action=action,
        object_type=target._meta.model_name if target is not None else "",
        object_id=target.pk if target is not None else None,
        summary=summary[:500],
        detail=detail,
    )


def action_label(action: str) -> str:
    return ACTIONS.get(action, action)
