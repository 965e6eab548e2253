"""The emulation rules table (rules.yaml): award forms, titles, ratings, majorities and checks.

The numbers and the articles live in the data file so that a province's own regulation (quy chế thi
đua) can change a ratio without touching code; checks.py only knows the kinds of check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kehoach.errors import InputError

UNVERIFIED = "chưa xác minh"
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
    verify: bool = False
    authority_verify: bool = False


@dataclass(frozen=True)
class Majority:
    """How many of the council's members must vote yes: share of all members, strictly or not."""

    key: str
    share: float
    strict: bool
    article: str
    verify: bool = False

    def passes(self, yes: int, members: int) -> bool:
        if members <= 0:
            return False
        return yes > self.share * members if self.strict else yes >= self.share * members - 1e-9

    def describe(self) -> str:
        percent = round(self.share * 100)
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
    verify: bool = False


@dataclass(frozen=True)
class RuleBook:
    law: str
    decree: str
    ratings: tuple[tuple[str, str], ...]
    levels: dict[str, str]
    awards: dict[str, Award]
    majorities: dict[str, Majority]
    rules: tuple[Rule, ...]

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


_RULE_KEYS = {"id", "check", "awards", "article", "message", "verify", "article_verify"}


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
            verify=bool(item.get("article_verify")),
            authority_verify=bool(item.get("authority_verify")),
        )
        for item in data["awards"]
    }
    majorities = {
        key: Majority(
            key, float(v["share"]), bool(v["strict"]), v["article"], bool(v.get("verify"))
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
            verify=bool(item.get("verify") or item.get("article_verify")),
        )
        for item in data["rules"]
    )
    return RuleBook(
        law=data["law"],
        decree=data["decree"],
        ratings=tuple((r["key"], r["name"]) for r in data["ratings"]),
        levels=dict(data["levels"]),
        awards=awards,
        majorities=majorities,
        rules=rules,
    )


@cache
def load_rules() -> RuleBook:
    """The rules shipped in the package."""
    text = resources.files("kehoach.emulation").joinpath("rules.yaml").read_text(encoding="utf-8")
    return _build(yaml.safe_load(text))
