"""Approved slogans (khẩu hiệu) for a set of occasions, with the anniversary counts filled in.

Templates live in `slogans.yaml` beside this module, each with the document or page that published it.
Slogans tied to an occasion come first (in the occasions' order), then the general ones of the year
and scope; a slogan is never repeated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kehoach.calendar.commemorations import Occasion, check_scope
from kehoach.calendar.lunar import year_name
from kehoach.document.dates import format_short

ANY_OCCASION = "*"


@dataclass(frozen=True)
class SloganTemplate:
    text: str
    source: str
    occasion: str | None = None  # commemoration id, "*" for any, None for a general slogan
    classes: tuple[str, ...] = ()  # anniversary classes a "*" template applies to
    scope: str = "national"
    from_year: int | None = None
    until_year: int | None = None

    def valid_in(self, year: int) -> bool:
        if self.from_year is not None and year < self.from_year:
            return False
        return self.until_year is None or year <= self.until_year


@dataclass(frozen=True)
class Slogan:
    text: str
    source: str
    occasion: str | None


def _template(raw: dict[str, Any], occasion: str | None) -> SloganTemplate:
    return SloganTemplate(
        text=str(raw["text"]),
        source=" ".join(str(raw["source"]).split()),
        occasion=occasion,
        classes=tuple(str(c) for c in raw.get("classes") or ()),
        scope=str(raw.get("scope", "national")),
        from_year=raw.get("from_year"),
        until_year=raw.get("until_year"),
    )


@cache
def load_templates() -> tuple[SloganTemplate, ...]:
    """Every slogan template shipped with kehoach."""
    text = resources.files("kehoach.calendar").joinpath("slogans.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    tied = [_template(raw, str(raw["occasion"])) for raw in data["occasion"]]
    general = [_template(raw, None) for raw in data["general"]]
    return tuple(tied + general)


def _fill(template: SloganTemplate, year: int, occasion: Occasion | None = None) -> str:
    values: dict[str, object] = {"year": year, "year_name": year_name(year)}
    if occasion is not None:
        start = occasion.commemoration.start
        values.update(
            anniversary=occasion.anniversary,
            count=occasion.count if occasion.count is not None else "",
            start=format_short(start) if start else "",
            end=format_short(occasion.date),
            year=occasion.date.year,
            year_name=year_name(occasion.date.year),
        )
    return template.text.format(**values)


def _applies(template: SloganTemplate, occasion: Occasion) -> bool:
    if template.occasion == ANY_OCCASION:
        if occasion.commemoration.mourning:
            return False
        return occasion.count is not None and occasion.anniversary_class in template.classes
    if template.occasion != occasion.commemoration.id:
        return False
    return (
        occasion.count is not None
        or "{anniversary}" not in template.text
        and "{count}" not in template.text
    )


def _scopes(scope: str | None, occasions: list[Occasion]) -> set[str]:
    if scope is not None:
        return {"national", check_scope(scope)}
    return {"national"} | {o.commemoration.scope for o in occasions}


def suggest(
    occasions: Iterable[Occasion], scope: str | None = None, year: int | None = None
) -> list[Slogan]:
    """Slogans for these occasions, then the general ones of `year` (default: the first occasion's year)."""
    listed = list(occasions)
    if year is None:
        year = listed[0].date.year if listed else date.today().year
    scopes = _scopes(scope, listed)
    seen: set[str] = set()
    result: list[Slogan] = []

    def add(text: str, template: SloganTemplate, occasion_id: str | None) -> None:
        if text not in seen:
            seen.add(text)
            result.append(Slogan(text, template.source, occasion_id))

    templates = load_templates()
    for occasion in listed:
        specific = [t for t in templates if t.occasion == occasion.commemoration.id]
        candidates = specific or [t for t in templates if t.occasion == ANY_OCCASION]
        for template in candidates:
            if template.scope in scopes and _applies(template, occasion):
                add(_fill(template, year, occasion), template, occasion.commemoration.id)
    for template in templates:
        if template.occasion is None and template.scope in scopes and template.valid_in(year):
            add(_fill(template, year), template, None)
    return result


def slogans_for(
    occasions: Iterable[Occasion], scope: str | None = None, year: int | None = None
) -> list[str]:
    """The texts of `suggest`: "Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng … (03/02/1930 - 03/02/2025)!"."""
    return [slogan.text for slogan in suggest(occasions, scope, year)]
