"""Check a unit's nominations against the rules table before they go up.

Each kind of check (rules.yaml `check:`) is one small function; the figures, the article and the
message come from the table. A finding names the nomination it refuses (or warns about, when the
rule is a setting no current text was found for), the rule and its article, and says in Vietnamese
what to do.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kehoach.emulation.model import (
    COLLECTIVE,
    INDIVIDUAL,
    AwardHistory,
    Nomination,
    consecutive_run,
)
from kehoach.emulation.rules import NOTE_NUMBER, NUMBER, SUBJECTS, Rule, RuleBook, load_rules


@dataclass(frozen=True)
class Finding:
    """One rule broken by one nomination."""

    rule: str
    article: str
    message: str
    index: int  # position of the nomination in the checked list
    name: str
    award: str
    note: str = ""  # the caveat: article number not read, or a figure nobody adopted
    warning: bool = False  # a setting rule: shown, but the nomination goes on

    @property
    def verify(self) -> bool:
        return bool(self.note)

    def text(self) -> str:
        """The message as a user reads it: a warning says so, a caveat ends it."""
        text = f"Cảnh báo: {self.message}" if self.warning else self.message
        return f"{text} [{self.note}]" if self.note else text


@dataclass
class Context:
    """What every check may look at: the whole batch, the history, the deciding level."""

    nominations: list[Nomination]
    history: AwardHistory
    level: str
    book: RuleBook

    def has_title(self, nomination: Nomination, title: str, year: int) -> bool:
        """The nominee holds `title` for `year`: in this batch or in the history."""
        key = nomination.nominee.key
        if any(
            n.nominee.key == key and n.award == title and n.year == year for n in self.nominations
        ):
            return True
        return year in self.history.years_with(key, title)


Check = Callable[[Context, Rule, int, Nomination], Iterator[dict[str, object]]]


def _authority(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    award = ctx.book.award(nom.award)
    if ctx.level not in award.levels:
        power = ctx.book.powers.get(ctx.level)
        yield {
            "level": ctx.book.levels.get(ctx.level, ctx.level),
            "article": power.article if power else award.authority_article,
            "_note": NOTE_NUMBER if power is None or power.status == NUMBER else "",
        }


def _subject(ctx: Context, rule: Rule, index: int, nom: Nomination) -> Iterator[dict[str, object]]:
    award = ctx.book.award(nom.award)
    if award.subject != "any" and award.subject != nom.nominee.kind:
        yield {"subject": SUBJECTS[award.subject]}


def _min_rating(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    wanted = ctx.book.rating_rank(rule.params["rating"])
    if ctx.book.rating_rank(nom.nominee.rating) < wanted:
        yield {"rating": ctx.book.rating_name(nom.nominee.rating)}


def _same_year_title(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    if not ctx.has_title(nom, rule.params["title"], nom.year):
        yield {}


def _initiative(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    if nom.nominee.initiative.strip():
        return
    alternative = rule.params.get("or_rating")
    if alternative and ctx.book.rating_rank(nom.nominee.rating) >= ctx.book.rating_rank(
        alternative
    ):
        return
    yield {}


def _consecutive(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    title, count = rule.params["title"], int(rule.params["count"])
    years = ctx.history.years_with(nom.nominee.key, title)
    years |= {
        n.year for n in ctx.nominations if n.nominee.key == nom.nominee.key and n.award == title
    }
    run = consecutive_run(years, nom.year)
    if len(run) < count:
        shown = ", ".join(str(y) for y in run) if run else "chưa có"
        yield {"found": len(run), "years": shown, "count": count}


def _member_share(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    nominee = nom.nominee
    if nominee.kind != COLLECTIVE:
        return
    minimum = float(rule.params["min_percent"])
    found, members = nominee.members_ldtt, nominee.members
    share = found * 100 / members if members else 0.0
    ok = share > minimum if rule.params.get("strict") else share >= minimum
    if not ok:
        percent = f"{share:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        yield {
            "found": found,
            "members": members,
            "percent": percent,
            "min_percent": rule.params["min_percent"],
        }


def _member_title(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    if nom.nominee.kind == COLLECTIVE and nom.nominee.members_cstd <= 0:
        yield {}


def _no_discipline(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    if nom.nominee.kind == COLLECTIVE and nom.nominee.members_disciplined > 0:
        yield {"found": nom.nominee.members_disciplined}


def _achievement(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    if not any(a.strip() for a in nom.nominee.achievements) and not nom.nominee.evidence:
        yield {}


def _one_award(
    ctx: Context, rule: Rule, index: int, nom: Nomination
) -> Iterator[dict[str, object]]:
    forms = [
        i
        for i, n in enumerate(ctx.nominations)
        if n.nominee.key == nom.nominee.key
        and n.year == nom.year
        and ctx.book.award(n.award).kind == "form"
    ]
    if len(forms) > 1 and index != forms[0]:  # keep the first, refuse the others
        yield {"count": len(forms)}


def _ratio(ctx: Context, rule: Rule, index: int, nom: Nomination) -> Iterator[dict[str, object]]:
    """Per unit: the nominations for this award beyond max_percent of the base title's holders.
    The unit's first nominations (its own ranking) stay; those past the limit are refused."""
    unit = nom.nominee.unit
    same = [
        i
        for i, n in enumerate(ctx.nominations)
        if n.award == nom.award and n.nominee.unit == unit and n.year == nom.year
    ]
    base_holders = {
        n.nominee.key
        for n in ctx.nominations
        if n.award == rule.params["of"] and n.nominee.unit == unit and n.year == nom.year
    }
    base_holders |= {
        r.key
        for r in ctx.history.records
        if r.award == rule.params["of"] and r.unit == unit and r.year == nom.year
    }
    base = len(base_holders)
    max_percent = float(rule.params["max_percent"])
    allowed = math.floor(base * max_percent / 100 + 1e-9)
    position = same.index(index)
    if position >= allowed:
        yield {
            "unit": unit or "Đơn vị",
            "count": len(same),
            "base": base,
            "max_percent": rule.params["max_percent"],
            "allowed": allowed,
            "excess": len(same) - allowed,
        }


CHECKS: dict[str, Check] = {
    "authority": _authority,
    "subject": _subject,
    "min_rating": _min_rating,
    "same_year_title": _same_year_title,
    "initiative": _initiative,
    "consecutive": _consecutive,
    "member_share": _member_share,
    "member_title": _member_title,
    "no_discipline": _no_discipline,
    "achievement": _achievement,
    "one_award_per_achievement": _one_award,
    "ratio": _ratio,
}


def check_nominations(
    nominations: list[Nomination],
    history: AwardHistory | None = None,
    level: str = "xa",
    book: RuleBook | None = None,
) -> list[Finding]:
    """Every rule broken by every nomination, in list order, then rule order."""
    book = book or load_rules()
    ctx = Context(nominations, history or AwardHistory(), level, book)
    findings: list[Finding] = []
    for index, nom in enumerate(nominations):
        award = book.award(nom.award)
        if nom.nominee.kind not in (INDIVIDUAL, COLLECTIVE):
            raise ValueError(f"unknown nominee kind {nom.nominee.kind!r}")
        for rule in book.rules_for(nom.award):
            for extra in CHECKS[rule.check](ctx, rule, index, nom):
                note = str(extra.pop("_note", rule.note()))
                values: dict[str, object] = {
                    "name": nom.nominee.name,
                    "award": award.name,
                    "year": nom.year,
                    "article": rule.cited,
                    "unit": nom.nominee.unit,
                    **rule.params,
                    **extra,
                }
                for key in ("max_percent", "min_percent"):
                    value = values.get(key)
                    if isinstance(value, float):
                        values[key] = _percent(value)
                findings.append(
                    Finding(
                        rule=rule.id,
                        article=str(values["article"]),
                        message=rule.message.format(**values),
                        index=index,
                        name=nom.nominee.name,
                        award=nom.award,
                        note=note,
                        warning=not rule.refuses,
                    )
                )
    return findings


def _percent(value: float) -> str:
    """15.0 → "15", 12.5 → "12,5" (Vietnamese decimal comma)."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def refused(findings: list[Finding]) -> set[int]:
    """Indexes of the nominations that broke at least one rule that refuses (not a warning)."""
    return {f.index for f in findings if not f.warning}
