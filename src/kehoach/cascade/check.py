"""An independent check of a ward's draft: upper bodies left as subject or object, levels it does not have.

Written apart from the rewriter on purpose: it imports none of `levels`, `scale` or the mapping table, so a
shape the rewriter does not know is not invisible to it. Its grammar is small and its own:

- an *organisation mention* opens with an organisation word ("Sở", "Bộ", "Cục", "Công an", "Trung tâm",
  "Ủy ban nhân dân"…) and belongs to a level above a ward when its head exists only there (Sở, Bộ, Cục,
  Tỉnh ủy…) or when its next words, before any punctuation, name a province or city ("… tỉnh",
  "… Thành phố", "… thành phố Hà Nội");
- its *role* comes from what stands before it in its clause: nothing but a point marker or "Giao",
  "Đề nghị" → subject; a preposition or a verb of sending, reporting or working with ("với", "về",
  "cho", "tại", "gửi", "trình", "báo cáo", "tham mưu"…) → object; "của", "theo", "thuộc" → a citation
  ("theo hướng dẫn của Sở Y tế"), which a ward's plan may keep;
- a *level word* is "xã" (not "xã hội", "hợp tác xã"), "huyện" or "đặc khu" anywhere in the text: levels
  a ward never has under it ("quận" and "thị xã" were a ward's own parents before July 2025).

The report section (CHẾ ĐỘ BÁO CÁO) is where the ward names the upper body it reports to: it is not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach.document.model import Plan
from kehoach.document.text import fold

_HEADS_UPPER_ONLY = (
    r"Sở|Bộ|Cục|Chi cục|Tổng cục|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Thành đoàn"
)
_HEADS = (
    rf"{_HEADS_UPPER_ONLY}|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Công an|"
    r"Trung tâm|Ban|Văn phòng|Thanh tra|Đài|Bảo hiểm xã hội|Kho bạc|Bệnh viện|Liên đoàn|Hội|"
    r"Ủy ban Mặt trận|Ủy ban MTTQ|Mặt trận|Bộ Chỉ huy|Ban Chỉ huy"
)
_MENTION = re.compile(rf"(?<![\wÀ-ỹ])(?P<head>{_HEADS})(?P<rest>(?:\s+[^\s,;:.()]+){{0,9}})")
_TERRITORY = re.compile(r"(?<!\w)(?:tỉnh|Tỉnh|Thành phố|thành phố|TP\.?)(?!\w)")
_OURS = re.compile(r"(?<!\w)(?:phường|xã|thôn|tổ dân phố)(?!\w)", re.IGNORECASE)
_UPPER_ONLY = re.compile(rf"^(?:{_HEADS_UPPER_ONLY})$")
_CLAUSE_START = re.compile(
    r"(?:^|[;:]\s*|^\s*(?:[-–+•*]|[a-zđ]\)|\d+(?:\.\d+)*\.?)\s*)(?:(?:Giao|Đề nghị|Yêu cầu|Giao cho)\s+)?"
    r"(?:các\s+)?$",
    re.IGNORECASE,
)
_OBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:với|về|cho|tại|ở|lên|đến|tới|gửi|trình|báo cáo|tham mưu|đề nghị|giao|phối hợp|"
    r"và|hoặc)(?:\s+các)?\s*$",
    re.IGNORECASE,
)
_CITATION_BEFORE = re.compile(r"(?<!\w)(?:của|theo|thuộc|do)(?:\s+các)?\s*$", re.IGNORECASE)
# "xã" as a level, not "xã hội" (society), "hợp tác xã" (a cooperative) or the OCOP programme's name
_LEVEL_WORD = re.compile(
    r"(?<![\wÀ-ỹ])(?<!hợp tác )(?<!Hợp tác )(?:xã(?!\s+hội)(?!\s+một sản phẩm)|huyện|đặc khu)"
    r"(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
_REPORT_SECTION = "che do bao cao"


@dataclass
class Finding:
    kind: str  # "subject", "object" or "level"
    text: str  # the line


@dataclass
class Check:
    """What the independent check found in one draft."""

    subjects: int = 0
    objects: int = 0
    level_words: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.subjects == self.objects == self.level_words == 0


def _upper(head: str, rest: str) -> bool:
    """An organisation of a level above a ward: its head says so, or its words name a province/city."""
    if _UPPER_ONLY.match(head):
        return not _OURS.search(rest)
    return bool(_TERRITORY.search(rest)) and not _OURS.search(rest)


def mentions(line: str) -> list[tuple[str, str]]:
    """(role, mention) of every upper organisation named in `line`: role "subject", "object", "cited"."""
    found: list[tuple[str, str]] = []
    for match in _MENTION.finditer(line):
        if not _upper(match.group("head"), match.group("rest")):
            continue
        before = line[: match.start()]
        clause = re.split(r"[;:]", before)[-1] if not _CLAUSE_START.search(before) else before
        if _CLAUSE_START.search(before):
            role = "subject"
        elif _CITATION_BEFORE.search(clause):
            role = "cited"
        elif _OBJECT_BEFORE.search(clause):
            role = "object"
        else:
            role = (
                "cited"  # a name inside a longer phrase ("cán bộ Sở Y tế"): not a party to the duty
            )
        found.append((role, match.group(0)))
    return found


def _lines(plan: Plan) -> list[str]:
    lines: list[str] = []
    for section in plan.sections:
        if _REPORT_SECTION in fold(section.title):
            continue
        for part in section.walk():
            lines += [t for t in [part.title, *part.paragraphs] if t.strip()]
            cells = [
                cell
                for table in part.tables
                for row in table.rows[table.header_rows :]
                for cell in row
            ]
            lines += [cell for cell in cells if cell.strip()]
    lines += [a.text for a in plan.assignments if a.text.strip()]
    return lines


def check(plan: Plan) -> Check:
    """The independent figures of a ward's draft (body with its tables, and tasks; the report section
    aside)."""
    result = Check()
    for line in _lines(plan):
        roles = {role for role, _ in mentions(line)}
        for kind in ("subject", "object"):
            if kind in roles:
                setattr(result, f"{kind}s", getattr(result, f"{kind}s") + 1)
                result.findings.append(Finding(kind, line))
        level = _LEVEL_WORD.search(line)
        if level:
            result.level_words += 1
            window = line[max(0, level.start() - 80) : level.end() + 40]
            result.findings.append(Finding("level", window))
    return result
