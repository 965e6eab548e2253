"""Changing plans: create, save with optimistic concurrency, move through the approval workflow, issue.

Every change runs in one transaction with its version row and its audit entry: a plan is never
half-saved. A save names the version it started from; if someone saved in between, it is refused.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from django.db.models import F
from django.utils import timezone

from kehoach.document.assigned import with_assignments
from kehoach.document.model import Plan as DocumentPlan
from kehoach.web.audit.log import record
from kehoach.web.core.db import atomic
from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.frozen import freeze_docx, pdf_after_commit, store_original
from kehoach.web.plans.models import Plan, PlanVersion, Register
from kehoach.web.plans.signals import amendment_issued, plan_issued, plan_moved


class StaleVersion(Exception):
    """Someone saved the plan after this editor opened it."""

    def __init__(self, current: int) -> None:
        super().__init__(
            f"Kế hoạch đã được người khác lưu (phiên bản {current}) sau khi bạn mở trang này. "
            "Thay đổi của bạn chưa được lưu và không ghi đè lên bản của người khác; "
            "hãy mở lại kế hoạch để xem bản mới nhất rồi sửa tiếp."
        )
        self.current = current


class WrongStatus(Exception):
    """The workflow step does not apply to the plan's current status."""


def _add_version(plan: Plan, user: Any, note: str) -> PlanVersion:
    return PlanVersion.objects.create(
        plan=plan, number=plan.version, data=plan.data, created_by=user, note=note[:200]
    )


def create_plan(
    organisation: Organisation,
    document: DocumentPlan,
    user: Any,
    *,
    kind: str = Plan.Kind.OWN,
    parent: Plan | None = None,
    note: str = "Tạo mới",
    action: str = "plan.create",
    original: tuple[bytes, str] | None = None,
    **fields: Any,
) -> Plan:
    """A new plan with its first version, in one transaction; `original` (bytes, file name) is the
    uploaded file, kept as received."""
    with atomic():
        plan = Plan(
            organisation=organisation,
            kind=kind,
            status=Plan.Status.RECEIVED if kind == Plan.Kind.UPPER else Plan.Status.DRAFT,
            parent=parent,
            created_by=user,
            version=1,
            **fields,
        )
        plan.set_document(document)
        if original is not None:
            store_original(plan, *original)
        plan.save()
        _add_version(plan, user, note)
        record(user, organisation, action, plan, plan.title[:200])
    return plan


def save_plan(
    plan: Plan, document: DocumentPlan, base_version: int, user: Any, note: str = "Lưu"
) -> Plan:
    """Store an edited plan as a new version, unless someone saved after `base_version`.

    The version check and bump is one conditional UPDATE, so two simultaneous saves of the same
    base cannot both win, on SQLite and PostgreSQL alike.
    """
    with atomic():
        draft = Plan(pk=plan.pk)
        draft.set_document(document)
        updated = Plan.objects.filter(
            pk=plan.pk,
            version=base_version,
            status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED],
        ).update(
            version=F("version") + 1,
            data=draft.data,
            doc_type=draft.doc_type,
            number=draft.number,
            symbol=draft.symbol,
            title=draft.title,
            issuer=draft.issuer,
            doc_date=draft.doc_date,
            year=draft.year,
            search_text=draft.search_text,
            updated_at=timezone.now(),
        )
        if not updated:
            current = Plan.objects.get(pk=plan.pk)
            if current.version != base_version:
                raise StaleVersion(current.version)
            raise WrongStatus(f"Kế hoạch đang ở trạng thái “{current.get_status_display()}”.")
        plan.refresh_from_db()
        _add_version(plan, user, note)
        record(user, plan.organisation, "plan.save", plan, note, version=plan.version)
    return plan


def _moved(plan: Plan, user: Any, action: str) -> None:
    """Tell the inbox, inside the step's transaction: a notification never outlives a rolled-back step."""
    plan_moved.send(sender=Plan, plan=plan, user=user, action=action)


def _transition(
    plan: Plan, user: Any, allowed: set[str], target: str, action: str, **extra: Any
) -> Plan:
    with atomic():
        updated = Plan.objects.filter(pk=plan.pk, status__in=allowed).update(
            status=target, updated_at=timezone.now(), **extra
        )
        if not updated:
            raise WrongStatus("Thao tác không áp dụng cho trạng thái hiện tại của kế hoạch.")
        plan.refresh_from_db()
        record(
            user,
            plan.organisation,
            action,
            plan,
            extra.get("return_comment", "") or extra.get("submit_comment", "") or plan.title[:200],
        )
        _moved(plan, user, action)
    return plan


def submit_plan(plan: Plan, user: Any, comment: str = "", approver: Any = None) -> Plan:
    """Send the draft to a leader (the one chosen, where the ward has several), with a comment."""
    return _transition(
        plan,
        user,
        {Plan.Status.DRAFT, Plan.Status.RETURNED},
        Plan.Status.SUBMITTED,
        "plan.submit",
        submit_comment=comment.strip(),
        submitted_to=approver,
    )


def withdraw_plan(plan: Plan, user: Any) -> Plan:
    """Take a submitted draft back (before the leader decides) to change it."""
    return _transition(
        plan, user, {Plan.Status.SUBMITTED}, Plan.Status.DRAFT, "plan.withdraw", submitted_to=None
    )


def approve_plan(plan: Plan, user: Any) -> Plan:
    return _transition(
        plan,
        user,
        {Plan.Status.SUBMITTED},
        Plan.Status.APPROVED,
        "plan.approve",
        approved_at=timezone.now(),
        approved_by=user,
    )


def return_plan(plan: Plan, user: Any, comment: str) -> Plan:
    return _transition(
        plan,
        user,
        {Plan.Status.SUBMITTED},
        Plan.Status.RETURNED,
        "plan.return",
        return_comment=comment,
    )


def next_number(organisation: Organisation, year: int, doc_type: str) -> int:
    """Take the next number of the organisation's register (call inside a transaction)."""
    register, _ = Register.objects.select_for_update().get_or_create(
        organisation=organisation, year=year, doc_type=doc_type
    )
    Register.objects.filter(pk=register.pk).update(last_number=F("last_number") + 1)
    register.refresh_from_db()
    return register.last_number


def earliest_issue_date(plan: Plan) -> date | None:
    """A plan is not dated before the day it was approved."""
    return timezone.localdate(plan.approved_at) if plan.approved_at else None


def issue_plan(
    plan: Plan,
    user: Any,
    today: date | None = None,
    *,
    override_reason: str = "",
    blockers: list[str] | None = None,
) -> Plan:
    """Number the plan from the register ("05/KH-UBND"), date it, store the issued version and its
    frozen .docx (the PDF follows after the commit).

    The assignment rows are written into the text and Nơi nhận first (document.assigned), so the
    document as issued and the tasks made from the same rows say the same. A leader's override of the
    gates (`override_reason`, with the `blockers` it overrode) is kept on the plan and in the log.
    """
    today = today or timezone.localdate()
    with atomic():
        locked = Plan.objects.select_for_update().get(pk=plan.pk)
        if locked.status != Plan.Status.APPROVED:
            raise WrongStatus("Chỉ ban hành được kế hoạch đã phê duyệt.")
        document = locked.document()
        doc_type = document.doc_type or "KH"
        number = next_number(locked.organisation, today.year, doc_type)
        document = with_assignments(  # after numbering: the assignment table cites the number
            dataclasses.replace(
                document,
                number=f"{number:02d}",
                symbol=f"{doc_type}-{locked.organisation.symbol_suffix}",
                date=today,
                year=today.year,
            )
        )
        locked.set_document(document)
        locked.status = Plan.Status.ISSUED
        locked.version += 1
        locked.issued_at = timezone.now()
        locked.issued_by = user
        if override_reason:
            locked.gate_override = {
                "reason": override_reason,
                "by": person_name(user),
                "at": locked.issued_at.isoformat(),
                "blockers": list(blockers or []),
            }
        locked.save()
        _add_version(locked, user, f"Ban hành số {locked.number}/{locked.symbol}")
        record(
            user, locked.organisation, "plan.issue", locked, f"Số: {locked.number}/{locked.symbol}"
        )
        if override_reason:
            record(
                user,
                locked.organisation,
                "plan.issue_override",
                locked,
                override_reason,
                blockers=list(blockers or []),
            )
        freeze_docx(locked)
        if locked.amends_id:
            amendment_issued.send(sender=Plan, plan=locked, user=user)
        plan_issued.send(sender=Plan, plan=locked, user=user)
        pdf_after_commit(locked)
        _moved(locked, user, "plan.issue")
    plan.refresh_from_db()
    return plan
