"""The office's settings over the rules table: read for every check and ballot, edited on one page.

No current text was found for some figures (the 15 % ratio of Chiến sĩ thi đua cơ sở, the member
share and the discipline criterion of Tập thể lao động tiên tiến, the council's majorities): they
are settings the Phòng Nội vụ may change, and adopt with the basis of its own regulation. The
library applies them (kehoach.emulation.rules.apply_settings); this module stores and validates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction

from kehoach.emulation.rules import RuleBook, load_rules
from kehoach.web.audit.log import record
from kehoach.web.emulation.models import Movement, Nomination, RuleSettings
from kehoach.web.orgs.models import Organisation


def stored(organisation_id: int) -> dict[str, Any]:
    row = RuleSettings.objects.filter(organisation_id=organisation_id).first()
    return dict(row.values) if row else {}


def book_for(organisation_id: int) -> RuleBook:
    """The rules as this organisation applies them."""
    return load_rules().with_settings(stored(organisation_id))


@dataclass(frozen=True)
class RuleRow:
    """One setting as the page shows it."""

    key: str
    label: str
    source: str  # where the shipped figure came from
    value: str  # the figure (percent), "" when the rule has none
    enforce: bool
    basis: str


@dataclass(frozen=True)
class MajorityRow:
    key: str
    label: str
    percent: str
    strict: bool
    basis: str


_MAJORITY_LABELS = {
    "council_default": "Tỷ lệ phiếu đồng ý của Hội đồng (Lao động tiên tiến, tập thể, Giấy khen)",
    "council_title": "Tỷ lệ phiếu đồng ý của Hội đồng khi xét danh hiệu chiến sĩ thi đua",
}


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def rows(book: RuleBook) -> tuple[list[RuleRow], list[MajorityRow]]:
    shipped = load_rules()
    rules = [
        RuleRow(
            key=rule.id,
            label=rule.label,
            source=shipped.rule(rule.id).article,
            value=_number(float(rule.params[rule.setting_param])) if rule.setting_param else "",
            enforce=rule.enforce,
            basis=rule.basis,
        )
        for rule in book.settings()
    ]
    majorities = [
        MajorityRow(key, _MAJORITY_LABELS.get(key, key), _number(m.share * 100), m.strict, m.basis)
        for key, m in book.majorities.items()
    ]
    return rules, majorities


def from_form(data: Any, book: RuleBook) -> dict[str, Any]:
    """The settings posted on the page, in the library's shape (validated by with_settings)."""
    rules: dict[str, Any] = {}
    for rule in book.settings():
        rules[rule.id] = {
            "value": (data.get(f"r-{rule.id}-value") or "").strip() or None,
            "enforce": data.get(f"r-{rule.id}-enforce") == "on",
            "basis": (data.get(f"r-{rule.id}-basis") or "").strip(),
        }
    majorities: dict[str, Any] = {}
    for key in book.majorities:
        strict = data.get(f"m-{key}-strict")
        majorities[key] = {
            "percent": (data.get(f"m-{key}-percent") or "").strip() or None,
            "strict": None if strict is None else strict == "tren",
            "basis": (data.get(f"m-{key}-basis") or "").strip(),
        }
    return {"rules": rules, "majorities": majorities}


def save(organisation: Organisation, user: Any, data: Any) -> list[Movement]:
    """Validate and store the posted settings; the movements whose nominations must be rechecked.

    InputError (one Vietnamese sentence) when a figure or an adoption cannot be used; nothing is
    stored then."""
    values = from_form(data, load_rules())
    load_rules().with_settings(values)  # raises InputError before anything is written
    with transaction.atomic():
        row, _ = RuleSettings.objects.select_for_update().get_or_create(organisation=organisation)
        row.values, row.updated_by = values, user
        row.save()
        record(user, organisation, "emulation.rules_settings", row, "Quy định thi đua áp dụng")
    return list(
        Movement.objects.filter(
            organisation=organisation,
            nominations__state__in=[Nomination.State.PROPOSED, Nomination.State.REFUSED],
        ).distinct()
    )
