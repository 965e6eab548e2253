"""The emulation rules table (rules.yaml): award forms, titles, ratings, majorities and checks.

The numbers and the articles live in the data file so that a province's own regulation (quy chế thi
đua) can change a ratio without touching code; checks.py only knows the kinds of check. Each rule says
how far its article was checked (`status`): a `setting` rule (no current text found) only warns until
the office adopts it with its own basis (`RuleBook.with_settings`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kehoach.errors import InputError

UNVERIFIED = "chưa xác minh"
NOTE_NUMBER = "số điều chưa xác minh với văn bản gốc"
NOTE_SETTING = "mức do đơn vị thiết lập, chưa xác minh với văn bản pháp luật hiện hành"
CONFIRMED, NUMBER, SETTING = "confirmed", "number", "setting"
STATUSES = (CONFIRMED, NUMBER, SETTING)
SUBJECTS = {"individual": "cá nhân", "collective": "tập thể", "any": "cá nhân, tập thể"}


@dataclass(frozen=True)
class Award:
    """A title (danh hiệu thi đua) or a form of award (hình thức khen thưởng)."""

    key: str
    name: str
    kind: str  # "title" | "form"
    subject: str  # "individual" | "collective" | "any"
    article: str
    levels: tuple[str, ...]
    authority_article: str
    majority: str
    verify: bool = False  # the article's number was not read in the text
    authority_verify: bool = False


@dataclass(frozen=True)
class Majority:
    """How many of the council's members must vote yes: share of all members, strictly or not."""

    key: str
    share: float
    strict: bool
    article: str
    status: str = CONFIRMED
    basis: str = ""  # the office's regulation, once it adopts the figure

    @property
    def verify(self) -> bool:
        return self.status != CONFIRMED and not self.basis

    def note(self) -> str:
        """Where the threshold comes from, as the ballot's result says it."""
        if self.basis:
            return f"theo {self.basis}"
        return NOTE_SETTING if self.status == SETTING else ""

    def passes(self, yes: int, members: int) -> bool:
        if members <= 0:
            return False
        return yes > self.share * members if self.strict else yes >= self.share * members - 1e-9

    def describe(self) -> str:
        percent = f"{self.share * 100:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"trên {percent}%" if self.strict else f"từ {percent}% trở lên"


@dataclass(frozen=True)
class Rule:
    """One check with its parameters, the awards it applies to, its article and its message."""

    id: str
    check: str
    awards: tuple[str, ...]
    article: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    status: str = CONFIRMED
    label: str = ""  # what a setting rule sets, as the settings page names it
    enforce: bool = False  # a setting rule the office adopted: it refuses, citing `basis`
    basis: str = ""

    @property
    def refuses(self) -> bool:
        """A broken rule sends the nomination back; a setting not adopted only warns."""
        return self.status != SETTING or self.enforce

    @property
    def cited(self) -> str:
        return self.basis if self.status == SETTING and self.basis else self.article

    def note(self) -> str:
        """The caveat a message carries: an unread article number, or a figure nobody adopted."""
        if self.status == NUMBER:
            return NOTE_NUMBER
        if self.status == SETTING and not self.basis:
            return NOTE_SETTING
        return ""

    @property
    def verify(self) -> bool:
        return bool(self.note())

    @property
    def setting_param(self) -> str | None:
        """The figure of a setting rule the office may change (None: only adopt or not)."""
        return {"ratio": "max_percent", "member_share": "min_percent"}.get(self.check)


@dataclass(frozen=True)
class Power:
    """The article that gives a level its awards."""

    article: str
    status: str = CONFIRMED


@dataclass(frozen=True)
class RuleBook:
    law: str
    decree: str
    ratings: tuple[tuple[str, str], ...]
    levels: dict[str, str]
    awards: dict[str, Award]
    majorities: dict[str, Majority]
    rules: tuple[Rule, ...]
    powers: dict[str, Power] = field(default_factory=dict)

    def award(self, key: str) -> Award:
        try:
            return self.awards[key]
        except KeyError:
            known = ", ".join(a.name for a in self.awards.values())
            raise InputError(
                f"Không biết danh hiệu, hình thức khen thưởng “{key}”; dùng một trong: {known}."
            ) from None

    def award_by_name(self, text: str) -> Award | None:
        """An award from its key or its Vietnamese name (case-insensitive)."""
        wanted = text.strip().lower()
        for award in self.awards.values():
            if wanted in (award.key, award.name.lower()):
                return award
        return None

    def rating_rank(self, key: str | None) -> int:
        keys = [k for k, _ in self.ratings]
        return keys.index(key) if key in keys else -1

    def rating_name(self, key: str | None) -> str:
        return dict(self.ratings).get(key or "", "chưa đánh giá")

    def rating_by_name(self, text: str | None) -> str | None:
        if not text:
            return None
        wanted = text.strip().lower()
        for key, name in self.ratings:
            if wanted in (key, name, name.removesuffix(" nhiệm vụ")):
                return key
        return None

    def rules_for(self, award_key: str) -> list[Rule]:
        return [rule for rule in self.rules if award_key in rule.awards]

    def majority_for(self, award_key: str) -> Majority:
        return self.majorities[self.award(award_key).majority]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def settings(self) -> list[Rule]:
        """The rules no current text was found for: figures the office sets and may adopt."""
        return [rule for rule in self.rules if rule.status == SETTING]

    def with_settings(self, settings: dict[str, Any] | None) -> RuleBook:
        """This book with the office's settings applied (see `apply_settings`)."""
        return apply_settings(self, settings) if settings else self


_RULE_KEYS = {"id", "check", "awards", "article", "message", "status", "label"}


def _status(value: Any, where: str) -> str:
    status = str(value or CONFIRMED)
    if status not in STATUSES:
        raise ValueError(f"{where}: status {status!r} is not one of {STATUSES}")
    return status


def _build(data: dict[str, Any]) -> RuleBook:
    awards = {
        item["key"]: Award(
            key=item["key"],
            name=item["name"],
            kind=item["kind"],
            subject=item["subject"],
            article=item["article"],
            levels=tuple(item["levels"]),
            authority_article=item["authority_article"],
            majority=item["majority"],
            verify=_status(item.get("article_status"), item["key"]) != CONFIRMED,
            authority_verify=_status(item.get("authority_status"), item["key"]) != CONFIRMED,
        )
        for item in data["awards"]
    }
    majorities = {
        key: Majority(
            key,
            float(v["share"]),
            bool(v["strict"]),
            v["article"],
            _status(v.get("status"), key),
        )
        for key, v in data["majorities"].items()
    }
    rules = tuple(
        Rule(
            id=item["id"],
            check=item["check"],
            awards=tuple(item["awards"]),
            article=item["article"],
            message=item["message"],
            params={k: v for k, v in item.items() if k not in _RULE_KEYS},
            status=_status(item.get("status"), item["id"]),
            label=item.get("label", ""),
        )
        for item in data["rules"]
    )
    powers = {
        level: Power(v["article"], _status(v.get("status"), level))
        for level, v in (data.get("powers") or {}).items()
    }
    return RuleBook(
        law=data["law"],
        decree=data["decree"],
        ratings=tuple((r["key"], r["name"]) for r in data["ratings"]),
        levels=dict(data["levels"]),
        awards=awards,
        majorities=majorities,
        rules=rules,
        powers=powers,
    )


def _percent(value: Any, what: str) -> float:
    try:
        number = float(str(value).replace(",", ".").rstrip("%").strip())
    except ValueError:
        number = -1.0
    if not 0 < number <= 100:
        raise InputError(f"{what}: “{value}” không phải tỷ lệ phần trăm; ghi một số từ 1 đến 100.")
    return number


def _basis(value: Any) -> str:
    return " ".join(str(value or "").split())[:300]


def apply_settings(book: RuleBook, settings: dict[str, Any]) -> RuleBook:
    """The office's settings over the shipped table.

    `settings` = {"rules": {rule id: {"value": percent, "enforce": bool, "basis": text}},
    "majorities": {key: {"percent": number, "strict": bool, "basis": text}}}. Only `setting` rules
    and the council's majorities may change; adopting a rule (enforce) needs its basis (the local
    regulation), which the messages then cite in place of the shipped caveat.
    """
    if not isinstance(settings, dict):
        raise InputError("Thiết lập quy định phải là một bảng khóa: giá trị.")
    rules = list(book.rules)
    for rule_id, change in (settings.get("rules") or {}).items():
        names = [rule.id for rule in book.settings()]
        if rule_id not in names or not isinstance(change, dict):
            raise InputError(
                f"Không thiết lập được quy tắc “{rule_id}”; chỉ thiết lập được: {', '.join(names)}."
            )
        rule = book.rule(rule_id)
        params = dict(rule.params)
        if rule.setting_param and change.get("value") not in (None, ""):
            params[rule.setting_param] = _percent(change["value"], rule.label or rule_id)
        basis = _basis(change.get("basis"))
        enforce = bool(change.get("enforce"))
        if enforce and not basis:
            raise InputError(
                "Ghi căn cứ (quy chế thi đua, khen thưởng của địa phương, số và ngày ban hành) "
                "trước khi chọn trả lại hồ sơ theo quy định này."
            )
        rules[rules.index(rule)] = replace(rule, params=params, enforce=enforce, basis=basis)
    majorities = dict(book.majorities)
    for key, change in (settings.get("majorities") or {}).items():
        if key not in majorities or not isinstance(change, dict):
            raise InputError(f"Không có mức biểu quyết “{key}” để thiết lập.")
        old = majorities[key]
        share = old.share
        if change.get("percent") not in (None, ""):
            share = _percent(change["percent"], "Tỷ lệ phiếu đồng ý") / 100
        majorities[key] = replace(
            old,
            share=share,
            strict=old.strict if change.get("strict") is None else bool(change["strict"]),
            basis=_basis(change.get("basis")),
        )
    return replace(book, rules=tuple(rules), majorities=majorities)


@cache
def load_rules() -> RuleBook:
    """The rules shipped in the package."""
    text = resources.files("kehoach.emulation").joinpath("rules.yaml").read_text(encoding="utf-8")
    return _build(yaml.safe_load(text))
