"""The mapping rule table: which upper-level duties become ours, and which of our units does each.

The table is a YAML file an officer can read and edit (examples/profiles/mapping.yaml). It has three parts:

- `ours`: how the upper level addresses our level ("Ủy ban nhân dân các xã, phường", "UBND cấp xã"...), per
  level; the duties of such an assignment become our own content. `ours_inferred` are vaguer phrases ("các
  địa phương") that probably include us: used too, but each use is marked for review.
- `units`: an upper unit's name -> our counterpart ("Sở Văn hóa, Thể thao và Du lịch" -> vhxh). `ours` is a
  unit id of the profile, a list of ids (the first the profile has wins) or a table level -> id(s).
- `topics`: keywords of a duty -> the unit ids that do it; a duty of ours goes to the topic whose keyword
  appears first in its text.
- `concerns`: keywords of a plan's subject -> the units it plainly concerns (Công an for elections and
  violence, Trạm Y tế for health...) and the duty they get when the upper plan gave them none.

Matching is on folded text (no tone marks, lower case), whole words, with "UBND", "HĐND", "MTTQ" spelt out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from kehoach.cascade.profile import Profile
from kehoach.document.text import fold, nfc
from kehoach.errors import InputError

DEFAULT_MAPPING = Path(__file__).resolve().parent / "mapping.yaml"

_ABBREVIATIONS = (
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
    (re.compile(r"\bmttq\b"), "mat tran to quoc"),
    (re.compile(r"\bvn\b"), "viet nam"),
)
_SEPARATORS = re.compile(r"[/;:()\[\]\"“”]+|\s+-\s+|\s*&\s*")
_SPACES = re.compile(r"\s+")
_CONCERN_MIN_MENTIONS = 3


def normalise(text: str) -> str:
    """Folded, abbreviations spelt out, separators as commas: the form both patterns and names take."""
    folded = fold(text)
    for pattern, replacement in _ABBREVIATIONS:
        folded = pattern.sub(replacement, folded)
    folded = _SEPARATORS.sub(", ", folded)
    return _SPACES.sub(" ", folded).strip(" ,")


def _compile(phrase: str) -> re.Pattern[str]:
    """A phrase as a whole-word pattern; "re:..." is a regular expression over the normalised text."""
    if phrase.startswith("re:"):
        try:
            return re.compile(phrase[3:])
        except re.error as error:
            raise InputError(f"Bảng ánh xạ: biểu thức '{phrase}' không hợp lệ ({error}).") from None
    return re.compile(r"(?<!\w)" + re.escape(normalise(phrase)) + r"(?!\w)")


def _needs_marks(phrase: str) -> bool:
    """One syllable with marks loses its meaning once folded: "bão" (storm) would be "báo cáo",
    "bảo đảm"; "lũ" (flood) would be "lưu"."""
    return (
        not phrase.startswith("re:")
        and " " not in phrase.strip()
        and fold(phrase) != phrase.lower()
    )


def _compile_marked(phrase: str) -> re.Pattern[str]:
    """A one-syllable phrase as a whole word of the lower-cased text with its marks."""
    return re.compile(r"(?<!\w)" + re.escape(nfc(phrase).lower()) + r"(?!\w)")


@dataclass
class UnitRule:
    """An upper unit's name patterns and our counterpart unit ids (per level or for all)."""

    patterns: list[re.Pattern[str]]
    phrases: list[str]
    ours: dict[str, list[str]]  # level -> ids; "*" for every level


@dataclass
class TopicRule:
    name: str
    patterns: list[re.Pattern[str]]
    units: list[str]  # "@lead" stands for the profile's lead unit
    fallback: bool = False  # used only when no other topic matches

    def __post_init__(self) -> None:
        # one alternation: a search finds the leftmost keyword in one scan
        self.combined = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns))


@dataclass
class ConcernRule:
    """A plan's subject that concerns a unit: keywords, the unit ids (first the profile has) and a duty."""

    name: str
    patterns: list[re.Pattern[str]]
    units: list[str]
    duty: str
    # one-syllable keywords, matched with their marks
    marked: list[re.Pattern[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.combined = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns) or "(?!)")
        self.combined_marked = re.compile(
            "|".join(f"(?:{p.pattern})" for p in self.marked) or "(?!)"
        )


@dataclass
class Mapping:
    """The rule table, loaded; methods answer for one profile."""

    ours: dict[str, list[re.Pattern[str]]]
    ours_inferred: list[re.Pattern[str]]
    units: list[UnitRule]
    topics: list[TopicRule]
    concerns: list[ConcernRule] = field(default_factory=list)
    source: str = "<mapping>"
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def concerns_us(self, unit_name: str, level: str) -> str | None:
        """ "explicit" when the name addresses our level, "inferred" for a vaguer phrase, else None."""
        text = normalise(unit_name)
        if any(p.search(text) for p in self.ours.get(level, [])):
            return "explicit"
        if any(p.search(text) for p in self.ours_inferred):
            return "inferred"
        return None

    def counterpart(self, unit_name: str, profile: Profile) -> tuple[str | None, str | None]:
        """Our unit id for an upper unit and the phrase that matched; (None, None) if no rule applies."""
        text = normalise(unit_name)
        for rule in self.units:
            for pattern, phrase in zip(rule.patterns, rule.phrases, strict=True):
                if pattern.search(text):
                    ids = rule.ours.get(profile.level) or rule.ours.get("*") or []
                    for unit_id in ids:
                        unit_id = profile.lead_unit if unit_id == "@lead" else unit_id
                        if profile.unit(unit_id) is not None:
                            return unit_id, phrase
                    return None, phrase
        return None, None

    def phrases(self) -> list[tuple[str, str]]:
        """Every upper unit name of the table with its folded form, longest first (for matching at the
        start of a line)."""
        if "phrases" not in self._cache:
            names = [p for rule in self.units for p in rule.phrases if not p.startswith("re:")]
            self._cache["phrases"] = [(n, fold(n)) for n in sorted(names, key=len, reverse=True)]
        return self._cache["phrases"]

    def concerned(self, title: str, body: str, profile: Profile) -> list[tuple[str, ConcernRule]]:
        """Our units the plan's subject plainly concerns: a keyword in its title, or several in its body."""
        title_text, body_text = normalise(title), normalise(body)
        title_marked, body_marked = nfc(title).lower(), nfc(body).lower()
        found: list[tuple[str, ConcernRule]] = []
        for rule in self.concerns:
            in_title = bool(
                rule.combined.search(title_text) or rule.combined_marked.search(title_marked)
            )
            mentions = [
                *islice(rule.combined.finditer(body_text), _CONCERN_MIN_MENTIONS),
                *islice(rule.combined_marked.finditer(body_marked), _CONCERN_MIN_MENTIONS),
            ]
            if not (in_title or len(mentions) >= _CONCERN_MIN_MENTIONS):
                continue
            for unit_id in rule.units:
                if profile.unit(unit_id) is not None:
                    if all(unit_id != u for u, _ in found):
                        found.append((unit_id, rule))
                    break
        return found

    def route(self, duty: str, profile: Profile) -> tuple[str | None, str | None]:
        """Our unit id for one duty and the topic that decided it; (None, None) if no keyword matched."""
        text = normalise(duty)
        for fallback in (False, True):
            best: tuple[int, int, TopicRule] | None = None
            for order, topic in enumerate(self.topics):
                if topic.fallback != fallback:
                    continue
                match = topic.combined.search(text)
                if match and (best is None or (match.start(), order) < best[:2]):
                    best = (match.start(), order, topic)
            if best is not None:
                for unit_id in best[2].units:
                    unit_id = profile.lead_unit if unit_id == "@lead" else unit_id
                    if profile.unit(unit_id) is not None:
                        return unit_id, best[2].name
                return None, best[2].name
        return None, None


def _phrases(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise InputError(f"Bảng ánh xạ {where}: cần một danh sách cụm từ.")
    return value


def _ids(value: Any, where: str) -> dict[str, list[str]]:
    if isinstance(value, str):
        return {"*": [value]}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return {"*": list(value)}
    if isinstance(value, dict):
        return {str(level): _ids(ids, f"{where}.{level}")["*"] for level, ids in value.items()}
    raise InputError(
        f"Bảng ánh xạ {where}: 'ours' phải là mã đơn vị, danh sách mã, hoặc bảng cấp: mã."
    )


def mapping_from_dict(data: Any, where: str = "<mapping>") -> Mapping:
    """Validate the parsed YAML table."""
    if not isinstance(data, dict):
        raise InputError(f"Bảng ánh xạ {where}: nội dung phải là một bảng khóa: giá trị (YAML).")
    ours_raw = data.get("ours")
    if not isinstance(ours_raw, dict) or not ours_raw:
        raise InputError(
            f"Bảng ánh xạ {where}: thiếu 'ours' (cách cấp trên gọi cấp của ta, theo cấp)."
        )
    ours = {
        str(level): [_compile(p) for p in _phrases(phrases, f"{where}, ours.{level}")]
        for level, phrases in ours_raw.items()
    }
    inferred = [
        _compile(p)
        for p in (
            _phrases(data["ours_inferred"], f"{where}, ours_inferred")
            if data.get("ours_inferred")
            else []
        )
    ]
    units = []
    for index, item in enumerate(data.get("units") or []):
        item_where = f"{where}, units[{index}]"
        if not isinstance(item, dict) or "upper" not in item or "ours" not in item:
            raise InputError(f"Bảng ánh xạ {item_where}: mỗi quy tắc cần 'upper' và 'ours'.")
        phrases = _phrases(item["upper"], item_where)
        units.append(
            UnitRule([_compile(p) for p in phrases], phrases, _ids(item["ours"], item_where))
        )
    topics = []
    for index, item in enumerate(data.get("topics") or []):
        item_where = f"{where}, topics[{index}]"
        if not isinstance(item, dict) or "keywords" not in item or "units" not in item:
            raise InputError(f"Bảng ánh xạ {item_where}: mỗi chủ đề cần 'keywords' và 'units'.")
        keywords = _phrases(item["keywords"], item_where)
        topics.append(
            TopicRule(
                str(item.get("name") or keywords[0]),
                [_compile(k) for k in keywords],
                _ids(item["units"], item_where)["*"],
                bool(item.get("fallback", False)),
            )
        )
    concerns = []
    for index, item in enumerate(data.get("concerns") or []):
        item_where = f"{where}, concerns[{index}]"
        if not isinstance(item, dict) or not all(k in item for k in ("keywords", "units", "duty")):
            raise InputError(
                f"Bảng ánh xạ {item_where}: mỗi mục cần 'keywords', 'units' và 'duty'."
            )
        keywords = _phrases(item["keywords"], item_where)
        concerns.append(
            ConcernRule(
                str(item.get("name") or keywords[0]),
                [_compile(k) for k in keywords if not _needs_marks(k)],
                _ids(item["units"], item_where)["*"],
                str(item["duty"]),
                [_compile_marked(k) for k in keywords if _needs_marks(k)],
            )
        )
    return Mapping(ours, inferred, units, topics, concerns, source=where)


def load_mapping(path: str | Path | None = None) -> Mapping:
    """Read the rule table (the one shipped with kehoach when no path is given)."""
    path = Path(path) if path is not None else DEFAULT_MAPPING
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy bảng ánh xạ: {path}.") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise InputError(f"Không đọc được bảng ánh xạ {path} (cần YAML hợp lệ, UTF-8).") from None
    return mapping_from_dict(data, where=str(path))


def mapping_for(profile: Profile) -> Mapping:
    """The table the profile names, else the shipped one."""
    return load_mapping(profile.mapping_path)
