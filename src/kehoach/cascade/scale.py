"""Ward scale: every line of the upper plan decided as ours, theirs mirrored, or theirs only.

- *ours*: addressed to our level ("UBND các xã, phường", "các địa phương") -> spoken as our committee;
- *theirs, mirrored*: an upper body with a counterpart in the mapping table (Sở Y tế -> Trạm Y tế phường)
  -> the same duty, with our unit as its subject;
- *theirs only*: an upper body without a counterpart, or a duty that guides the levels under the upper one
  ("hướng dẫn các xã, phường, đặc khu") -> left out and listed in one review note with the reason.

The remaining words are moved to our scale: "trên địa bàn tỉnh" -> "trên địa bàn phường", "UBND xã" ->
"Ủy ban nhân dân phường", "các xã, phường, đặc khu" -> "các tổ dân phố"; footnote marks ("Bộ Y tế[3]") go and
headings cut in two by the reader are joined. The upper committee and territory are worded by `territory`,
the upper level's places and media by `places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach.cascade import levels
from kehoach.cascade.mapping import Mapping
from kehoach.cascade.objects import AT_UPPER, UPPER_STATISTICS, Objects, is_upper_statistics
from kehoach.cascade.own_committee import without_own_committee
from kehoach.cascade.profile import Profile
from kehoach.cascade.territory import relevel
from kehoach.document.model import Plan, Section
from kehoach.document.text import clean, fold
from kehoach.read.task_units import task_table_columns

THEIRS_ONLY = "không có đơn vị tương ứng ở {level}"
QUOTA = "số lượng, chỉ tiêu do cấp trên phân bổ"
_QUOTA = re.compile(r"(?i)^[^:]{3,80}:\s*(?:mỗi [^,;]{1,30})?không quá \d+")
GUIDES_DOWN = "việc của cấp trên đối với cấp dưới, {level} không có cấp dưới này"
_EXCERPT = 90
_NAME_SPAN = 160
# a quick test before the slower patterns of the levels under a province
_ANY_LOWER = re.compile(
    r"(?i)xã|phường|đặc khu|thị trấn|huyện|quận|tuyến"
)  # the longest unit name in the table fits
_SCOPE_AFTER = re.compile(r"(?:\s+(?:tỉnh|thành phố|Thành phố|TP|cấp tỉnh)(?:\s+[A-ZĐ]\w*)*)?")
_LOCALITIES = re.compile(r"(?i)(?<!\w)(?:các|cho)\s+địa phương(?!\w)")
_UPPER_LEFT = re.compile(r"(?<!\w)(?:tỉnh|[Tt]hành phố|Sở|Bộ|Cục)(?!\w)")
_ITEM_WORDS = 12  # a title this long is an item's text, not a heading
_SPLIT_TAIL_WORDS = 5
ELSEWHERE = "việc ở địa bàn khác, không thuộc {level}"
# "đoàn kiểm tra liên ngành cấp tỉnh": a team of the upper tier, ours at our scale (not "UBND cấp tỉnh")
_UPPER_TIER = re.compile(
    r"(?<!dân )(?<!UBND )(?<!HĐND )(?<!của )(?<!theo )(liên ngành |kiểm tra |đoàn |ban chỉ đạo )"
    r"cấp (?:tỉnh|thành phố)(?!\w)",
    re.IGNORECASE,
)
# "tại xã Nam Ka", "- Xã Hoa Lộc: ...": a place named by its level and its proper name
_NAMED_PLACE = re.compile(
    r"(?<!\w)(?:xã|Xã|phường|Phường|thị trấn|Thị trấn|huyện|Huyện)\s+(?!hội\b)"
    r"(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3})"
)
# the territory of one lower level, singular: "trên địa bàn xã", "kế hoạch của xã, tỉnh"
_ONE_LOWER = re.compile(r"(?i)(trên địa bàn|của|toàn)\s+(?:xã|huyện)(?!\s+hội)(?=[\s,.;)]|$)")
_SOME_LOWER = re.compile(
    r"(?i)(một số|những|mỗi|từng|ưu tiên)\s+xã(?!\s+hội)(?!\s+một sản phẩm)(?!\w)"
)


@dataclass
class Dropped:
    """A line of the upper plan left out: its words and why."""

    text: str
    reason: str


@dataclass
class Scaler:
    """Rewrites the upper plan's lines at our scale; what it leaves out is kept in `dropped`."""

    upper: Plan
    profile: Profile
    mapping: Mapping
    dropped: list[Dropped] = field(default_factory=list)
    mirrored: dict[str, str] = field(default_factory=dict)  # upper body -> our unit
    objects_rewritten: int = 0  # lines whose upper bodies named as objects became ours

    def __post_init__(self) -> None:
        self.objects = Objects(self.profile, self.mapping)

    # -- one line -------------------------------------------------------------------------------------

    def line(self, text: str, *, subject_ours: str | None = None, keep: bool = False) -> str | None:
        """`text` at our scale, or None when it is theirs only (then recorded in `dropped`).

        `subject_ours` replaces a subject that addresses our level (default: our committee's name);
        `keep` never drops (a duty the upper plan gave to our level is ours whatever it says)."""
        text = levels.FOOTNOTE.sub("", text)
        marker, body = levels.strip_marker(text)
        if not keep and _QUOTA.match(body):
            self._drop(text, QUOTA)
            return None
        if not keep and is_upper_statistics(body):
            self._drop(text, UPPER_STATISTICS)
            return None
        label = levels.LABEL.match(body)
        if label:  # "Cơ quan thực hiện: Sở Nội vụ chủ trì ...": the subject follows the label
            marker, body = marker + body[: label.end()], body[label.end() :]
        span = levels.subject_of(body) or self._named(body)
        subject = None
        if span:
            actor = body[span[0] : span[1]]
            replaced = self._actor(actor, subject_ours)
            if replaced is None and not keep:
                self._drop(text, THEIRS_ONLY)
                return None
            subject = replaced or self.profile_committee
            body = subject + body[span[1] :]
        if label:  # "Đơn vị phối hợp: Sở Tư pháp; Trung tâm Thông tin tỉnh; ...": every name listed
            body = self._listed(body)
        rewritten, changed = self.objects.rewrite(body, subject or subject_ours, keep)
        if rewritten is None and not keep:
            self._drop(text, AT_UPPER)
            return None
        if rewritten is not None and changed:
            self.objects_rewritten += 1
            body = rewritten
        if not keep and self._guides_down(body):
            self._drop(text, GUIDES_DOWN)
            return None
        if not keep and self._elsewhere(body):
            self._drop(text, ELSEWHERE)
            return None
        body = self.relevel(body)
        if subject and fold(subject) != fold(self.profile_committee):
            body = without_own_committee(body, self.profile_committee)
        if levels.opens_with_upper_body(body) is False and _UPPER_LEFT.search(body):
            # an upper body listed after a lower one ("với Ủy ban nhân dân các xã, phường và Công an
            # tỉnh") is reached once the lower one is ours
            again, _ = self.objects.rewrite(body, subject or subject_ours, True)
            body = again or body
        return marker + body

    def _listed(self, body: str) -> str:
        """The units after a label, one per ";": each upper one mirrored or, without counterpart, left out."""
        parts = [body.split(";")[0]]
        for part in body.split(";")[1:]:
            stripped = part.strip()
            span = levels.subject_of(stripped) or self._named(stripped)
            if span is None:
                parts.append(part)
                continue
            ours = self._actor(stripped[span[0] : span[1]], None)
            if ours is not None:
                parts.append(" " + ours + stripped[span[1] :])
        return ";".join(parts)

    def _named(self, body: str) -> tuple[int, int] | None:
        """The span of a mapping-table name the line opens with, when no verb marked the subject's end
        ("Sở Giáo dục và Đào tạo đưa ..."); an upper body not in the table is taken to its first comma."""
        folded = fold(body[:_NAME_SPAN])
        for _name, key in self.mapping.phrases():
            if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
                scope = _SCOPE_AFTER.match(body, len(key))
                return 0, scope.end() if scope else len(key)
        if levels.opens_with_upper_body(body):
            comma = body.find(",")
            return 0, comma if comma > 0 else len(body)
        return None

    def _actor(self, actor: str, subject_ours: str | None) -> str | None:
        """Our words for a subject, or None when it is an upper body with no counterpart here."""
        lead_word = re.match(r"(?i)(giao cho|giao|đề nghị|yêu cầu)\s+", actor)
        prefix = lead_word.group(0) if lead_word else ""
        name = actor[len(prefix) :]
        if self.mapping.concerns_us(name, self.profile.level) and not levels.is_upper_actor(name):
            if levels.MASS_ORGANISATION.match(name):  # "Hội Nông dân cấp xã": the ward's own Hội
                return prefix + self.relevel(name)
            return prefix + (subject_ours or self.profile_committee)
        unit_id, _ = self.mapping.counterpart(name, self.profile)
        if unit_id is not None:
            unit = self.profile.unit(unit_id)
            assert unit is not None
            self.mirrored.setdefault(clean(name), unit.name)
            return prefix + unit.name
        if levels.is_upper_actor(name):
            committee = re.match(r"(?i)(chủ tịch )?(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s", name)
            if committee and not re.search(r"(?i)\b(các|sở)\b", name[committee.end() :]):
                return prefix + (committee.group(1) or "") + self.profile_committee
            return None
        return actor

    @property
    def profile_committee(self) -> str:
        return f"Ủy ban nhân dân {self.profile.level}"

    def _guides_down(self, body: str) -> bool:
        """The line has the upper level act on the levels under it ("hướng dẫn các xã, phường")."""
        if not _ANY_LOWER.search(body) and "địa phương" not in body:
            return False
        for pattern in (*levels.REACH_DOWN, _LOCALITIES):
            for match in pattern.finditer(body):
                clause_start = max(body.rfind(";", 0, match.start()), 0)
                if levels.GUIDE_DOWN.search(body, clause_start, match.start()):
                    return True
        return False

    def _elsewhere(self, body: str) -> bool:
        """The line is about a named commune, ward or district that is not ours ("tại xã Nam Ka")."""
        for match in _NAMED_PLACE.finditer(body):
            if fold(match.group("name")) != fold(self.profile.locality):
                return True
        return False

    def drop(self, duty: str, unit: str) -> None:
        """A duty of an upper body that has no counterpart here."""
        self._drop(f"{unit}: {duty}", THEIRS_ONLY)

    def _drop(self, text: str, reason: str) -> None:
        words = clean(levels.strip_marker(text)[1])
        excerpt = words if len(words) <= _EXCERPT else words[:_EXCERPT].rsplit(" ", 1)[0] + "…"
        self.dropped.append(Dropped(excerpt, reason.format(level=self.profile.level)))

    # -- words of our level ---------------------------------------------------------------------------

    def relevel(self, text: str) -> str:
        """The upper committee, territory and lower levels in our words."""
        text = relevel(text, self.upper, self.profile, self.profile.lead.name)
        text = _UPPER_TIER.sub(lambda m: m.group(1) + self.profile.level, text)
        if self.profile.level == "phường":  # a ward has tổ dân phố, not thôn, ấp, khóm, bản …
            text = levels.RESIDENTIAL_LIST.sub("tổ dân phố", text)
        if not _ANY_LOWER.search(text):
            return text
        level = self.profile.level
        text = re.sub(
            r"(?i)(trên địa bàn|tại|ở|của)\s+(?:các\s+)?(?:tất cả các\s+)?"
            + levels.LOWER_LIST.pattern.removeprefix(r"(?<!\w)"),
            lambda m: f"{m.group(1)} {level}" if m.group(1) != "tại" else "tại các tổ dân phố",
            text,
        )
        text = re.sub(
            r"(?i)(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Trạm Y tế|Trạm y tế|Công an|Đảng ủy|Ban Chỉ huy"
            r" Quân sự|HĐND|Hội đồng nhân dân)\s+(?:(?:các|cấp|tất cả các|\d+)\s+)?"
            r"(?:xã|phường|đặc khu|thị trấn)(?:\s*(?:,|và|/)\s*(?:xã|phường|đặc khu|thị trấn))*(?! hội)(?!\w)",
            lambda m: f"{m.group(1)} {level}",
            text,
        )
        text = _ONE_LOWER.sub(lambda m: f"{m.group(1)} {level}", text)
        text = _SOME_LOWER.sub(lambda m: f"{m.group(1)} tổ dân phố", text)
        text = levels.LOWER_LIST.sub("các tổ dân phố", text)
        text = levels.LOWER_PLURAL.sub("các tổ dân phố", text)
        text = levels.LOWER_TIER.sub(level, text)
        text = re.sub(r"(?i)(?<!\w)cấp xã(?!\w)", level, text)
        text = re.sub(r"(?i),?\s*(?:các\s+)?đặc khu(?!\w)", "", text)
        text = levels.DISTRICTS.sub("", text)
        text = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s{2,}", " ", text))
        return re.sub(r"(,\s*){2,}", ", ", text).strip()

    # -- sections -------------------------------------------------------------------------------------

    def section(self, section: Section) -> bool:
        """Rewrite `section` in place; False when nothing of it is ours (the caller drops it)."""
        join_split_heading(section)
        section.title = levels.FOOTNOTE.sub("", section.title)
        span = levels.subject_of(levels.strip_marker(section.title)[1])
        # a numbered item whose whole text is its title ("1. Chủ động phòng ngừa, ...; giảm thiểu ...")
        item = (
            section.title.rstrip().endswith((".", ";")) or len(section.title.split()) >= _ITEM_WORDS
        )
        if item or (span and len(section.title.split()) <= _SPLIT_TAIL_WORDS * 3):
            title = self.line(section.title)
            if title is None:
                for part in section.walk():
                    for paragraph in part.paragraphs:
                        self._drop(paragraph, THEIRS_ONLY)
                return False
            section.title = title
        else:
            section.title = self.relevel(section.title)
        paragraphs = [self.line(p) for p in section.paragraphs]
        section.paragraphs = [p for p in paragraphs if p]
        section.children = [c for c in section.children if self.section(c)]
        # A table that gives out work ("Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian") has
        # become the draft's tasks: its rows of upper bodies are not copied.
        section.tables = [t for t in section.tables if task_table_columns(t) is None]
        for table in section.tables:
            table.rows = [[levels.FOOTNOTE.sub("", cell) for cell in row] for row in table.rows]
        return bool(section.paragraphs or section.children or section.tables or item)

    def note(self) -> str | None:
        """One review note listing what was left out and why."""
        if not self.dropped:
            return None
        by_reason: dict[str, list[str]] = {}
        for item in self.dropped:
            by_reason.setdefault(item.reason, []).append(f"“{item.text}”")
        parts = [
            f"{reason.capitalize()}: {'; '.join(texts)}" for reason, texts in by_reason.items()
        ]
        return (
            f"Không đưa vào dự thảo {len(self.dropped)} nội dung chỉ thuộc về cấp trên. "
            + ". ".join(parts)
            + "."
        )


def subject_words(name: str) -> str:
    """An assignment's unit as the reader found it, cut before its verb when it is a sentence ("Sở Nội vụ
    chủ trì, phối hợp với ... UBND các xã" is Sở Nội vụ's, not ours)."""
    return levels.before_verb(name)


def upper_subject(line: str) -> bool:
    """The line's subject is a body above a ward ("Sở Y tế chủ trì ...", "1. Công an tỉnh")."""
    body = levels.strip_marker(line)[1]
    label = levels.LABEL.match(body)
    body = body[label.end() :] if label else body
    if levels.opens_with_upper_body(body):
        return True
    span = levels.subject_of(body)
    return bool(span) and levels.is_upper_actor(body[span[0] : span[1]])  # type: ignore[index]


def join_split_heading(section: Section) -> None:
    """ "3.2. Bằng khen của Chủ tịch" + paragraph "UBND tỉnh": a heading the reader cut at a line break."""
    if not section.paragraphs or section.title.endswith((".", ":", ";", "!", "?")):
        return
    first = section.paragraphs[0]
    if (
        len(first.split()) <= _SPLIT_TAIL_WORDS
        and not levels.MARKER.match(first)
        and not first.rstrip().endswith((".", ":", ";", "!", "?"))
        and (len(section.paragraphs) > 1 or section.children)
    ):
        section.title = f"{section.title} {first.strip()}"
        section.paragraphs = section.paragraphs[1:]
