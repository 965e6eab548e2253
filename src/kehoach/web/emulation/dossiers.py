"""The documents of a movement's dossier: a nominee's báo cáo thành tích, the council's minutes,
the tờ trình that proposes the awards, and the movement's result report (BC) up the chain."""

from __future__ import annotations

from django.utils import timezone

from kehoach.emulation import dossier, result_report
from kehoach.emulation import registration as reg
from kehoach.emulation.council import Tally, decide
from kehoach.web.emulation.awards import council_size, history, nominee
from kehoach.web.emulation.models import CouncilMember, Movement, Nomination
from kehoach.web.emulation.rule_settings import book_for
from kehoach.web.emulation.services import WorkflowError
from kehoach.web.orgs.people import person_name


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
    return dossier.Proposal(nominee(row), row.award, result, texts)


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
