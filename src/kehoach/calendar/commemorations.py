"""Commemorations (ngày lễ, kỷ niệm) and the occasions they give in a date range, with anniversary classes.

The data file `commemorations.yaml` ships in the package (a copy of shared/reference, extended with
aliases and phrase templates); every entry keeps its `source`, and entries marked `verify: true` are
shown as "chưa xác minh". Anniversary classes follow Nghị định 145/2013/NĐ-CP Điều 3 (năm tròn: the
count ends in 0, năm lẻ 5: ends in 5); founding days of sectors, organisations and localities have only
năm tròn / năm khác (Nghị định 111/2018/NĐ-CP); leaders' birthdays are listed from 100 years on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kehoach.calendar.lunar import LunarDate, lunar_to_solar, solar_to_lunar, year_name
from kehoach.document.dates import format_short
from kehoach.document.text import fold
from kehoach.errors import InputError

SCOPES = ("national", "hai-phong", "ha-noi")
SCOPE_NAMES = {"national": "toàn quốc", "hai-phong": "Hải Phòng", "ha-noi": "Hà Nội"}
ROUND = "năm tròn"
FIVE = "năm lẻ 5"
OTHER = "năm khác"
UNVERIFIED = "chưa xác minh"

# The "ngày lễ lớn" of Nghị định 145/2013/NĐ-CP Điều 4: they keep the năm lẻ 5 class even when they are
# founding days (the Party's).
MAJOR_HOLIDAYS = frozenset(
    {
        "tet-nguyen-dan",
        "ngay-thanh-lap-dang",
        "gio-to-hung-vuong",
        "giai-phong-mien-nam",
        "chien-thang-dien-bien-phu",
        "ngay-sinh-chu-tich-ho-chi-minh",
        "cach-mang-thang-tam",
        "quoc-khanh",
    }
)
LEADER_BIRTHDAY_FROM = 100

# Words that, right after a matched name, make it name something else: "thành lập Đảng bộ …" is not the
# Party's founding day.
_CONTINUATIONS = ("bo", "uy")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_DEATH_WORDS = re.compile(r"\b(hy sinh|mat|tu tran|tu tiet|qua doi)\b")
_BIRTH_WORDS = re.compile(r"\b(ngay sinh|sinh nhat|nam sinh)\b")


@dataclass(frozen=True)
class Commemoration:
    id: str
    name: str
    kind: str  # founding | event | birthday | holiday | festival
    calendar: str  # solar | lunar: the calendar of the yearly day
    scope: str
    sources: tuple[str, ...]
    start: date | None = None  # the original event
    lunar: tuple[int, int] | None = None  # (month, day) of a lunar yearly day
    recurring: tuple[int, int] | None = None  # (month, day) of a solar yearly day without a start
    start_month: tuple[int, int] | None = None  # (year, month) when only those are known
    verify: bool = False
    public_holiday: bool | str = False
    note: str = ""
    aliases: tuple[str, ...] = ()
    phrase_template: str = ""

    @property
    def verified(self) -> bool:
        return not self.verify

    @property
    def major(self) -> bool:
        """A "ngày lễ lớn" of Nghị định 145/2013/NĐ-CP Điều 4."""
        return self.id in MAJOR_HOLIDAYS

    @property
    def round_only(self) -> bool:
        """Founding days of sectors, organisations and localities: only năm tròn / năm khác (NĐ 111/2018)."""
        return self.kind == "founding" and not self.major

    @property
    def origin_year(self) -> int | None:
        if self.start is not None:
            return self.start.year
        if self.start_month is not None:
            return self.start_month[0]
        return None

    @property
    def mourning(self) -> bool:
        """A death day: commemorated, never "chào mừng" (celebrated)."""
        return bool(_DEATH_WORDS.search(fold(self.name)))

    @property
    def person(self) -> str | None:
        """The person a birthday or death day is about: the trailing capitalised words of the name."""
        if self.kind != "birthday" and not self.mourning:
            return None
        words = self.name.split()
        name: list[str] = []
        for word in reversed(words):
            if not word[:1].isupper():
                break
            name.insert(0, word)
        return " ".join(name[-4:]) if len(name) >= 2 else None

    def day_in(self, year: int) -> date | None:
        """The solar date this commemoration falls on in `year` (None if that year has no such day)."""
        try:
            if self.calendar == "lunar" and self.lunar is not None:
                return lunar_to_solar(year, self.lunar[0], self.lunar[1])
            if self.start is not None:
                return self.start.replace(year=year)
            if self.recurring is not None:
                return date(year, *self.recurring)
            if self.start_month is not None:
                return date(year, self.start_month[1], 1)
        except ValueError:
            return None
        return None


@dataclass(frozen=True)
class Occasion:
    commemoration: Commemoration
    date: date
    count: int | None
    anniversary_class: str | None
    phrase: str

    @property
    def lunar(self) -> LunarDate:
        return solar_to_lunar(self.date)

    @property
    def approximate(self) -> bool:
        """Only the month is known (the day shown is the 1st)."""
        c = self.commemoration
        return c.start is None and c.start_month is not None

    @property
    def anniversary(self) -> str:
        """The phrase without "Kỷ niệm ": "95 năm Ngày thành lập … (03/02/1930 - 03/02/2025)"."""
        return self.phrase.removeprefix("Kỷ niệm ")


def anniversary_class(count: int, round_only: bool = False) -> str:
    """năm tròn / năm lẻ 5 / năm khác for a count of years (NĐ 145/2013 Điều 3; NĐ 111/2018)."""
    if count % 10 == 0:
        return ROUND
    if count % 10 == 5 and not round_only:
        return FIVE
    return OTHER


def _pair(value: Any, field: str, entry_id: str) -> tuple[int, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or "month" not in value or "day" not in value:
        raise InputError(f"mục {entry_id}: trường {field} phải có month và day")
    return int(value["month"]), int(value["day"])


def _entry(raw: dict[str, Any]) -> Commemoration:
    entry_id = str(raw.get("id", "?"))
    if "source" not in raw or (not raw["source"] and not raw.get("verify")):
        raise InputError(f"mục {entry_id} thiếu nguồn (source)")
    start = raw.get("date")
    partial = raw.get("date_partial")
    start_month = None
    if partial:
        year_text, month_text = str(partial).split("-")[:2]
        start_month = (int(year_text), int(month_text))
    return Commemoration(
        id=entry_id,
        name=str(raw["name_vi"]),
        kind=str(raw["kind"]),
        calendar=str(raw.get("calendar", "solar")),
        scope=str(raw.get("scope", "national")),
        sources=tuple(str(s) for s in raw["source"] or ()),
        start=date.fromisoformat(str(start)) if start else None,
        lunar=_pair(raw.get("lunar"), "lunar", entry_id),
        recurring=_pair(raw.get("recurring"), "recurring", entry_id),
        start_month=start_month,
        verify=bool(raw.get("verify", False)),
        public_holiday=raw.get("public_holiday", False),
        note=str(raw.get("note", "")),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        phrase_template=str(raw.get("phrase", "")),
    )


@cache
def _load(path: str | None) -> tuple[Commemoration, ...]:
    if path is None:
        text = (
            resources.files("kehoach.calendar").joinpath("commemorations.yaml").read_text("utf-8")
        )
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"không đọc được tệp ngày kỷ niệm {path}: {error.strerror}") from error
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(f"tệp ngày kỷ niệm không đúng YAML: {error}") from error
    return tuple(_entry(raw) for raw in data["entries"])


def load_commemorations(path: str | Path | None = None) -> list[Commemoration]:
    """The commemorations shipped with kehoach (or those of another file in the same format)."""
    return list(_load(None if path is None else str(path)))


def by_id(commemoration_id: str) -> Commemoration:
    for commemoration in _load(None):
        if commemoration.id == commemoration_id:
            return commemoration
    raise KeyError(commemoration_id)


def _in_scope(commemoration: Commemoration, scope: str) -> bool:
    return commemoration.scope == "national" or commemoration.scope == scope


def _short(day: date) -> str:
    return format_short(day)


def phrase_for(commemoration: Commemoration, year: int, count: int | None, day: date) -> str:
    """The phrase a plan uses: "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"."""
    if count is None:
        template = commemoration.phrase_template or "{name} năm {year}"
        return template.format(name=commemoration.name, year=year, year_name=year_name(year))
    c = commemoration
    if c.start is not None and c.calendar == "solar":
        span = f"{_short(c.start)} - {_short(c.start.replace(year=year))}"
    elif c.start is None and c.start_month is not None:
        span = f"{c.start_month[1]:02d}/{c.start_month[0]} - {c.start_month[1]:02d}/{year}"
    else:
        span = f"{c.origin_year} - {year}"
    return f"Kỷ niệm {count} năm {c.name} ({span})"


def occasion_in(commemoration: Commemoration, year: int) -> Occasion | None:
    """The occasion a commemoration gives in `year`, or None (not yet happened, or not listed)."""
    day = commemoration.day_in(year)
    if day is None:
        return None
    origin = commemoration.origin_year
    count = None if origin is None else year - origin
    if count is not None and count <= 0:
        return None
    if commemoration.kind == "birthday" and (count is None or count < LEADER_BIRTHDAY_FROM):
        return None
    klass = None if count is None else anniversary_class(count, commemoration.round_only)
    phrase = phrase_for(commemoration, year, count, day)
    return Occasion(commemoration, day, count, klass, phrase)


def check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise InputError(f"phạm vi không hợp lệ: {scope} (chọn {', '.join(SCOPES)})")
    return scope


def occasions(start: date, end: date, scope: str = "national") -> list[Occasion]:
    """Occasions between `start` and `end` (inclusive) for a scope; local scopes include the national ones."""
    check_scope(scope)
    if end < start:
        raise InputError(f"khoảng ngày không hợp lệ: {format_short(start)} sau {format_short(end)}")
    found: list[Occasion] = []
    for year in range(start.year, end.year + 1):
        for commemoration in _load(None):
            if not _in_scope(commemoration, scope):
                continue
            occasion = occasion_in(commemoration, year)
            if occasion is not None and start <= occasion.date <= end:
                found.append(occasion)
    found.sort(key=lambda o: (o.date, o.commemoration.scope != "national", o.commemoration.id))
    return found


def quarter_range(year: int, quarter: int | None = None) -> tuple[date, date]:
    """First and last day of a quarter (1-4) or of the whole year."""
    if quarter is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= quarter <= 4:
        raise InputError(f"quý không hợp lệ: {quarter} (1-4)")
    first = date(year, 3 * quarter - 2, 1)
    if quarter == 4:
        return first, date(year, 12, 31)
    return first, date(year, 3 * quarter + 1, 1) - timedelta(days=1)


def _key(text: str) -> str:
    return " ".join(_NOT_WORD.split(fold(text))).strip()


def _names(commemoration: Commemoration) -> list[str]:
    """Folded keys naming a commemoration: its name and aliases, with and without "Ngày", and the
    leading part of a long name ("Ngày Giải phóng miền Nam" of "…, thống nhất đất nước").

    Parts must keep three words, and a person's day is never cut: "Ngày sinh Chủ tịch nước" alone
    does not say whose birthday it is.
    """
    whole = [commemoration.name, *commemoration.aliases]
    parts: list[str] = []
    if commemoration.person is None:
        for piece in whole:
            parts.extend(re.split(r",| - |\(", piece)[:1])
            parts.extend(part for part in piece.split(" - ") if part.lower().startswith("ngày"))
    keys: set[str] = set()
    for pieces, minimum in ((whole, 2), (parts, 3)):
        for piece in pieces:
            key = _key(piece)
            for candidate in (key, key.removeprefix("ngay ")):
                if len(candidate.split()) >= minimum and len(candidate) >= 8:
                    keys.add(candidate)
    return sorted(keys)


@cache
def _index() -> tuple[tuple[str, Commemoration], ...]:
    return tuple((key, c) for c in _load(None) for key in _names(c))


def match_event(text: str) -> Commemoration | None:
    """The known commemoration an anniversary phrase names ("94 năm Ngày thành lập Đảng …"), or None.

    Accent- and case-insensitive; the name that starts earliest in the text wins, then the longest.
    """
    folded = " " + _key(text) + " "
    best: tuple[int, int, Commemoration] | None = None
    for key, commemoration in _index():
        position = folded.find(" " + key + " ")
        while position >= 0:
            rest = folded[position + len(key) + 2 :].split(" ", 1)[0]
            if rest not in _CONTINUATIONS:
                break
            position = folded.find(" " + key + " ", position + 1)
        if position < 0:
            continue
        candidate = (position, -len(key), commemoration)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    if best is not None:
        return best[2]
    return _match_person(folded)


def _match_person(folded: str) -> Commemoration | None:
    """Birthdays and death days named by the person and the word for the day ("Ngày sinh đồng chí Trần Phú")."""
    for commemoration in _load(None):
        person = commemoration.person
        if person is None or f" {_key(person)} " not in folded:
            continue
        is_death = bool(_DEATH_WORDS.search(folded))
        if commemoration.kind == "birthday" and _BIRTH_WORDS.search(folded) and not is_death:
            return commemoration
        if commemoration.kind != "birthday" and is_death:
            return commemoration
    return None


def expected_start(commemoration: Commemoration) -> date | None:
    """The start date an anniversary of this commemoration must cite (None where only a year is known)."""
    if commemoration.calendar == "lunar":
        return None
    return commemoration.start


def anniversary_dates(commemoration: Commemoration, year: int) -> tuple[date, date] | None:
    """(start, end) of the anniversary in `year`: (03/02/1930, 03/02/2025) for the Party in 2025."""
    start = expected_start(commemoration)
    if start is None:
        return None
    try:
        return start, start.replace(year=year)
    except ValueError:
        return start, date(year, 3, 1)
