"""Awards of a movement: nominations checked against the rules, the council's vote, the award
decision (draft, approval, issue with its number) and its Giấy khen."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from kehoach.emulation.certificate import Certificate, render_certificates
from kehoach.emulation.checks import check_nominations
from kehoach.emulation.council import Tally, decide
from kehoach.emulation.decision import Awardee, DecisionDraft, render_decision
from kehoach.emulation.model import AwardHistory, Nominee
from kehoach.emulation.model import AwardRecord as LibRecord
from kehoach.emulation.model import Nomination as LibNomination
from kehoach.emulation.rules import load_rules
from kehoach.web.emulation.models import (
    AwardDecision,
    AwardRecord,
    CouncilMember,
    Movement,
    Nomination,
)
from kehoach.web.emulation.rule_settings import book_for
from kehoach.web.emulation.services import WorkflowError
from kehoach.web.plans.services import next_number


def nominee(row: Nomination) -> Nominee:
    """The library's view of a nomination row (what the rules and documents read)."""
    achievements = [line.strip() for line in row.achievements.splitlines() if line.strip()]
    return Nominee(
        name=row.name,
        kind=row.kind,
        unit=row.unit.name,
        position=row.position,
        gender=row.gender or None,
        rating=row.rating or None,
        initiative=row.initiative,
        members=row.members,
        members_ldtt=row.members_ldtt,
        members_cstd=row.members_cstd,
        members_disciplined=row.members_disciplined,
        achievements=achievements,
        # in order (the decision's PDF is named by a digest of it), read from the prefetch if any
        evidence=[str(pk) for pk in sorted(r.pk for r in row.reports.all())] if row.pk else [],
    )


def history(organisation_id: int, names: list[str] | None = None) -> AwardHistory:
    records = AwardRecord.objects.filter(organisation_id=organisation_id)
    if names is not None:
        records = records.filter(name__in=names)
    return AwardHistory(
        [LibRecord(r.name, r.award, r.year, r.kind, r.unit_name, r.decision) for r in records]
    )


def recheck(movement: Movement) -> None:
    """Check every nomination of the movement together (the ratios are per unit, over the batch)."""
    rows = list(
        movement.nominations.select_related("unit")
        .prefetch_related("reports")
        .order_by("unit", "order", "pk")
    )
    batch = [LibNomination(nominee(r), r.award, movement.year) for r in rows]
    found = check_nominations(
        batch,
        history(movement.organisation_id, [r.name for r in rows]),
        "xa",
        book_for(movement.organisation_id),
    )
    by_index: dict[int, list[dict[str, Any]]] = {}
    for f in found:
        by_index.setdefault(f.index, []).append(
            {"message": f.text(), "article": f.article, "rule": f.rule, "warning": f.warning}
        )
    for index, row in enumerate(rows):
        row.findings = by_index.get(index, [])
        if row.state in (Nomination.State.PROPOSED, Nomination.State.REFUSED):
            refuses = any(not f["warning"] for f in row.findings)
            row.state = Nomination.State.REFUSED if refuses else Nomination.State.PROPOSED
        row.save(update_fields=["findings", "state"])


def council_size(organisation_id: int) -> int:
    return CouncilMember.objects.filter(organisation_id=organisation_id).count()


def record_vote(nomination: Nomination, yes: int, no: int, invalid: int) -> str:
    if nomination.state == Nomination.State.REFUSED:
        raise WorkflowError("Đề nghị không đạt tiêu chuẩn, không đưa ra Hội đồng bỏ phiếu.")
    if (
        hasattr(nomination.movement, "decision")
        and nomination.movement.decision.state == AwardDecision.State.ISSUED
    ):
        raise WorkflowError("Quyết định khen thưởng đã ban hành, không sửa kết quả bỏ phiếu.")
    try:
        result = decide(
            Tally(council_size(nomination.organisation_id), yes, no, invalid),
            nomination.award,
            book_for(nomination.organisation_id),
        )
    except ValueError as error:
        raise WorkflowError(str(error)) from None
    nomination.votes_yes, nomination.votes_no, nomination.votes_invalid = yes, no, invalid
    nomination.vote_result = result.text()
    nomination.state = Nomination.State.PASSED if result.passed else Nomination.State.REJECTED
    nomination.save()
    return result.text()


def decision_draft(movement: Movement, decision: AwardDecision) -> DecisionDraft:
    passed = (
        movement.nominations.filter(state=Nomination.State.PASSED)
        .select_related("unit")
        .prefetch_related("reports")
    )
    org = movement.organisation
    return DecisionDraft(
        issuer=org.name,
        place=org.place or org.name,
        movement=movement.title[:1].lower() + movement.title[1:],
        awardees=[Awardee(nominee(n), n.award) for n in passed],
        year=movement.year,
        number=decision.number or None,
        issued_on=decision.issued_on,
        council_date=decision.council_date,
        signer=decision.signer,
        parent_issuer=org.parent_issuer or None,
        plan_basis=_plan_basis(movement),
    )


def _plan_basis(movement: Movement) -> str:
    plan = movement.source_plan
    if plan is None or not plan.number:
        return ""
    when = f" ngày {plan.doc_date:%d/%m/%Y}" if plan.doc_date else ""
    return f"Kế hoạch số {plan.number}/{plan.symbol}{when} của {movement.organisation.name}"


def decision_step(movement: Movement, step: str, signer: str = "") -> AwardDecision:
    decision, _ = AwardDecision.objects.get_or_create(movement=movement)
    if step == "draft":
        if decision.state != AwardDecision.State.DRAFT:
            raise WorkflowError("Quyết định đã phê duyệt, không dự thảo lại.")
        if not movement.nominations.filter(state=Nomination.State.PASSED).exists():
            raise WorkflowError("Chưa có đề nghị nào được Hội đồng thông qua.")
        decision.council_date = timezone.localdate()
        decision.signer = signer or decision.signer
    elif step == "approve":
        if decision.state != AwardDecision.State.DRAFT or not decision.council_date:
            raise WorkflowError("Chỉ phê duyệt được dự thảo quyết định đã lập.")
        decision.state = AwardDecision.State.APPROVED
    elif step == "issue":
        if decision.state != AwardDecision.State.APPROVED:
            raise WorkflowError("Chỉ ban hành được quyết định đã phê duyệt.")
        with transaction.atomic():
            today = timezone.localdate()
            decision.number = f"{next_number(movement.organisation, today.year, 'QĐ'):02d}"
            decision.issued_on = today
            decision.state = AwardDecision.State.ISSUED
            cite = f"Quyết định số {decision.number}/QĐ-{movement.organisation.symbol_suffix} ngày {today:%d/%m/%Y}"
            for n in movement.nominations.filter(state=Nomination.State.PASSED).select_related(
                "unit"
            ):
                AwardRecord.objects.create(
                    organisation=movement.organisation,
                    name=n.name,
                    kind=n.kind,
                    unit_name=n.unit.name,
                    award=n.award,
                    year=movement.year,
                    decision=cite,
                )
            movement.status = Movement.Status.CLOSED
            movement.save(update_fields=["status"])
            decision.save()
        return decision
    else:
        raise WorkflowError("Bước không hợp lệ.")
    decision.save()
    return decision


def decision_docx(movement: Movement) -> bytes:
    decision, _ = AwardDecision.objects.get_or_create(movement=movement)
    return render_decision(decision_draft(movement, decision))


def certificates_docx(movement: Movement) -> bytes:
    decision = movement.decision
    book = load_rules()
    draft = decision_draft(movement, decision)
    certs = [
        Certificate(
            issuer=draft.issuer,
            award=book.award(a.award).name,
            name=a.nominee.name,
            kind=a.nominee.kind,
            gender=a.nominee.gender,
            position=a.nominee.position or a.nominee.unit,
            reason=f"Đã có thành tích xuất sắc trong {draft.movement}",
            decision_number=decision.number,
            decision_date=decision.issued_on,
            place=draft.place,
            signer=decision.signer,
        )
        for a in draft.awardees
        if book.award(a.award).kind == "form"
    ]
    if not certs:
        raise WorkflowError("Quyết định không có Giấy khen nào để in.")
    return render_certificates(certs)
