"""The workflow of a movement: made from a plan, launched, units' registrations reviewed and forwarded.

Nominations, the council's vote and the award decision are in `awards`; the dossier's documents in
`dossiers`. Every rule and document is the library's (kehoach.emulation).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from kehoach.emulation import registration as reg
from kehoach.emulation.movement import movement_from_plan
from kehoach.web.emulation.models import Movement, Registration
from kehoach.web.plans.models import Plan


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
