"""The workflow of a movement, calling the library for every rule and document."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from kehoach.emulation import dossier, result_report
from kehoach.emulation import registration as reg
from kehoach.emulation.certificate import Certificate, render_certificates
from kehoach.emulation.checks import check_nominations
from kehoach.emulation.council import Tally, decide
from kehoach.emulation.decision import Awardee, DecisionDraft, render_decision
from kehoach.emulation.model import (
    AwardHistory,
    Nominee,
)
from kehoach.emulation.model import (
    AwardRecord as LibRecord,
)
from kehoach.emulation.model import (
    Nomination as LibNomination,
)
from kehoach.emulation.movement import movement_from_plan
from kehoach.emulation.rules import load_rules
from kehoach.web.emulation.models import (
    AwardDecision,
    AwardRecord,
    CouncilMember,
    Movement,
    Nomination,
    Registration,
)
from kehoach.web.emulation.rule_settings import book_for
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.models import Plan
from kehoach.web.plans.services import next_number


class WorkflowError(ValueError):
    """A step the workflow does not allow now; the message says why, in Vietnamese."""


def create_from_plan(plan: Plan) -> Movement:
    document = plan.document()
    drafted = movement_from_plan(document)
    year = drafted.end.year if drafted.end else (document.year or timezone.localdate().year)
    return Movement.objects.create(
        organisation=plan.organisation,
        source_plan=plan,
        title=drafted.title or (plan.title or "Phong trào thi đua"),
        slogan=drafted.slogan,
        start=drafted.start,
        end=drafted.end,
        year=year,
        criteria=[{"key": c.key, "label": c.label, "text": c.text} for c in drafted.criteria],
        stages=[
            {"when": s.when, "text": s.text, "awards": s.awards, "decided_by": s.decided_by}
            for s in drafted.stages
        ],
        awards=drafted.awards or ["giay_khen"],
    )


@transaction.atomic
def launch(movement: Movement) -> None:
    if movement.status != Movement.Status.DRAFT:
        raise WorkflowError("Phong trào đã được phát động.")
    for unit in movement.organisation.units.all():
        Registration.objects.get_or_create(
            movement=movement, unit=unit, defaults={"organisation": movement.organisation}
        )
    Registration.objects.get_or_create(
        movement=movement, unit=None, defaults={"organisation": movement.organisation}
    )
    movement.status = Movement.Status.LAUNCHED
    movement.launched_at = timezone.now()
    movement.save(update_fields=["status", "launched_at"])


def save_registration(
    registration: Registration,
    targets: dict[str, str],
    figures: dict[str, int],
    collectives: int,
    individuals: int,
    submit: bool,
) -> None:
    if registration.state not in (reg.DRAFT, reg.RETURNED):
        raise WorkflowError("Bản đăng ký đang chờ duyệt hoặc đã duyệt, không sửa được.")
    registration.targets = targets
    registration.figures = figures
    registration.collectives = collectives
    registration.individuals = individuals
    if submit:
        try:
            registration.state = reg.move(registration.state, reg.SUBMITTED)
        except reg.TransitionError as error:
            raise WorkflowError(str(error)) from None
    registration.save()


def review_registration(registration: Registration, approve: bool, comment: str) -> None:
    try:
        registration.state = reg.move(
            registration.state, reg.APPROVED if approve else reg.RETURNED, comment
        )
    except reg.TransitionError as error:
        raise WorkflowError(str(error)) from None
    registration.comment = "" if approve else comment.strip()
    registration.save(update_fields=["state", "comment", "updated_at"])


def forward(movement: Movement) -> Registration:
    """The organisation's own registration: the approved units' totals, sent up."""
    units = list(movement.registrations.filter(unit__isnull=False))
    keys = [c["key"] for c in movement.criteria]
    total = reg.aggregate(
        [
            reg.Registration(
                r.unit.name, r.targets, r.figures, r.collectives, r.individuals, r.state
            )
            for r in units
        ],
        keys,
    )
    if not total.units:
        raise WorkflowError("Chưa có bản đăng ký nào của đơn vị được duyệt để tổng hợp.")
    own, _ = Registration.objects.get_or_create(
        movement=movement, unit=None, defaults={"organisation": movement.organisation}
    )
    ward = total.as_registration(movement.organisation.name)
    own.targets, own.figures = ward.targets, ward.figures
    own.collectives, own.individuals = ward.collectives, ward.individuals
    own.state = reg.SUBMITTED
    own.save()
    return own


def _nominee(row: Nomination) -> Nominee:
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
        evidence=[str(pk) for pk in row.reports.values_list("pk", flat=True)] if row.pk else [],
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
    batch = [LibNomination(_nominee(r), r.award, movement.year) for r in rows]
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
        awardees=[Awardee(_nominee(n), n.award) for n in passed],
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


def _proposal(row: Nomination) -> dossier.Proposal:
    result = None
    if row.votes_yes is not None:
        tally = Tally(
            council_size(row.organisation_id),
            row.votes_yes,
            row.votes_no or 0,
            row.votes_invalid or 0,
        )
        book = book_for(row.organisation_id)
        result = decide(tally, row.award, book) if tally.cast <= tally.members else None
    texts = [r.text for r in row.reports.all() if r.text]
    return dossier.Proposal(_nominee(row), row.award, result, texts)


def _movement_phrase(movement: Movement) -> str:
    return movement.title[:1].lower() + movement.title[1:]


def achievement_docx(row: Nomination) -> bytes:
    past = history(row.organisation_id, [row.name]).records
    plan = dossier.achievement_report(
        _proposal(row), _movement_phrase(row.movement), row.movement.year, past
    )
    return dossier.render(plan)


def minutes_docx(movement: Movement) -> bytes:
    rows = (
        movement.nominations.exclude(state=Nomination.State.REFUSED)
        .select_related("unit")
        .prefetch_related("reports")
    )
    members = council_size(movement.organisation_id)
    chair = (
        CouncilMember.objects.filter(
            organisation_id=movement.organisation_id, role=CouncilMember.Role.CHAIR
        )
        .select_related("user")
        .first()
    )
    secretary = (
        CouncilMember.objects.filter(
            organisation_id=movement.organisation_id, role=CouncilMember.Role.SECRETARY
        )
        .select_related("user")
        .first()
    )
    decision = getattr(movement, "decision", None)
    meeting = (
        decision.council_date if decision and decision.council_date else None
    ) or timezone.localdate()
    plan = dossier.minutes(
        movement.organisation.name,
        _movement_phrase(movement),
        meeting,
        members,
        members,
        [_proposal(r) for r in rows],
        chair=person_name(chair.user) if chair else "",  # family name first, as the minutes sign
        secretary=person_name(secretary.user) if secretary else "",
    )
    return dossier.render(plan)


def submission_docx(movement: Movement) -> bytes:
    rows = (
        movement.nominations.exclude(state=Nomination.State.REFUSED)
        .select_related("unit")
        .prefetch_related("reports")
    )
    org = movement.organisation
    plan = dossier.submission(
        f"Hội đồng Thi đua - Khen thưởng {org.name.replace('Ủy ban nhân dân ', '')}",
        f"Chủ tịch {org.name}",
        _movement_phrase(movement),
        movement.year,
        [_proposal(r) for r in rows],
    )
    return dossier.render(plan)


def result_report_docx(movement: Movement) -> bytes:
    """The movement's BC up the chain, from the registrations and nominations recorded."""
    if movement.source_plan is None:
        raise WorkflowError(
            "Phong trào không gắn với kế hoạch phát động nào, không lập được báo cáo."
        )
    outcomes = []
    regs = (
        movement.registrations.filter(unit__isnull=False)
        .select_related("unit")
        .order_by("unit__order", "unit__name")
    )
    noms = list(movement.nominations.values_list("unit_id", "state"))
    for r in regs:
        outcomes.append(
            result_report.UnitOutcome(
                r.unit.name,
                r.state == reg.APPROVED,
                r.state_name,
                [f"{k}) {v}" for k, v in r.targets.items() if v],
                proposed=sum(1 for u, _ in noms if u == r.unit_id),
                awarded=sum(1 for u, s in noms if u == r.unit_id and s == Nomination.State.PASSED),
            )
        )
    report = result_report.movement_report(
        movement.source_plan.document(), movement.organisation.name, outcomes
    )
    return dossier.render(report)
