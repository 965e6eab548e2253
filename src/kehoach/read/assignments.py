"""Who does what: the units named under TỔ CHỨC THỰC HIỆN / TRÁCH NHIỆM THỰC HIỆN.

A unit is a numbered heading there ("1. Phòng Văn hóa và Thông tin"), a lead-in before a colon
("1. Sở Tài chính: chủ trì ..."), or a point ("- Công an tỉnh: ..."). Groups ("Trách nhiệm của các sở,
ngành") are opened to their members.
"""

from __future__ import annotations

import re
from datetime import date

from kehoach.document.dates import parse_date, parse_period
from kehoach.document.model import Assignment, Section
from kehoach.document.text import clean, fold

_ASSIGNMENT_HEADINGS = (
    "to chuc thuc hien",
    "trach nhiem thuc hien",
    "phan cong nhiem vu",
    "phan cong trach nhiem",
    "trach nhiem cua cac",
    "phan cong thuc hien",
    "to chuc trien khai thuc hien",
)
_UNIT_START = re.compile(
    r"^(?:Phòng|Sở|Ban(?! hành)|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|UBND|HĐND|Công an|Đài|Báo(?! cáo)|Hội(?! nghị)|"
    r"Đoàn|Liên đoàn|Thủ trưởng|Chủ tịch|Bộ|Cục|Chi cục|Kho bạc|Thanh tra|Trường(?! hợp)|Bệnh viện|"
    r"Tổ (?:dân phố|công tác|giúp việc|kiểm tra|chuyên gia)|Đảng ủy|Đảng uỷ|Mặt trận|Bảo hiểm|Cơ quan|"
    r"Hội đồng|Tòa án|Viện|Giám đốc|Trưởng|Cổng|Trạm|Hạt|Chi nhánh|Ngân hàng|Doanh nghiệp|Công ty|"
    r"Đơn vị|Thường trực|Tỉnh đoàn|Thành đoàn|Quận đoàn|Huyện đoàn|Thôn|MTTQ|Người đứng đầu|Đồng chí|"
    r"Công chức|Cán bộ|Viên chức|Chuyên viên|Chi bộ|Đảng bộ|"
    r"Các (?:sở|ban|phòng|đơn vị|cơ quan|địa phương|xã|phường|tổ chức|doanh nghiệp|trường|tổ|thành viên|"
    r"ngành|huyện|quận|thôn|hội|đoàn thể|chi bộ|đảng bộ|cơ sở|hợp tác xã|trung tâm|ủy ban|uỷ ban|UBND|Ban|Sở|Phòng|"
    r"trạm|bệnh viện|chi cục|khu phố|bản|ấp))\b",
    re.IGNORECASE,
)
# The verb after the subject of "Sở Tài chính chủ trì ...": where the unit's name ends.
_VERB = re.compile(
    r"\s(?:chịu trách nhiệm|có trách nhiệm|chủ trì|phối hợp|triển khai|thực hiện|(?<![Cc]ác )tổ chức|tham mưu|"
    r"theo dõi|hướng dẫn|xây dựng|chỉ đạo|rà soát|bố trí|đẩy mạnh|căn cứ|khẩn trương|nghiêm túc|"
    r"thường xuyên|tiếp tục|cung cấp|kiểm tra|đề xuất|báo cáo|tăng cường|quán triệt|tuyên truyền|"
    r"ban hành|là cơ quan|làm đầu mối|giúp|hỗ trợ|bảo đảm|đảm bảo|cân đối|tập trung|vận động|chủ động|"
    r"gửi|trực tiếp|nắm|phân công|lựa chọn|huy động|hoàn thành|được giao|tới việc|trong việc|về việc|"
    r"theo chức năng|theo lĩnh vực|trong phạm vi)\b"
)
_PREFIX = re.compile(r"^(?:Đề nghị|Giao(?: cho)?|Yêu cầu)\s+", re.IGNORECASE)
_GROUP_OWNER = re.compile(
    r"^(?:Trách nhiệm|Nhiệm vụ)(?: thực hiện)?\s+(?:của\s+)?(?P<unit>.+?)[:.]?$", re.IGNORECASE
)
_GROUP = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ|Phân công)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    r"(?:trước ngày|chậm nhất(?: là)?(?: ngày)?|hoàn thành trước|trong tháng|trước|xong trước|hạn)\s*(.{4,40})",
    re.IGNORECASE,
)
_DEADLINE_WORDS = ("trước", "chậm nhất", "trong tháng", "hạn")
_MARK = re.compile(r"^(?:[-–+•]\s*|[a-zđ]\)\s*|\d{1,2}\)\s*)")


_LIST_COMMA = re.compile(r"[,;]\s*")


def is_assignment_heading(title: str) -> bool:
    folded = fold(title)
    return any(heading in folded for heading in _ASSIGNMENT_HEADINGS)


_BRACKETED = re.compile(r"\([^()]*\)")
# A note on the unit after its name: "Sở Xây dựng (đơn vị thường trực)", "(cơ quan chủ trì)".
_UNIT_NOTE = re.compile(
    r"\s*\((?:đơn vị|cơ quan|bộ phận|chủ trì|phối hợp|thường trực|thành viên|lead|cơ quan thường trực)"
    r"[^()]*\)\s*$",
    re.IGNORECASE,
)


def _masked(text: str) -> str:
    """The text with what stands in brackets blanked out (same length): a verb or colon in a
    note ("Sở Xây dựng (đơn vị chủ trì)") does not end the unit's name."""
    if "(" not in text:
        return text
    return _BRACKETED.sub(lambda m: "(" + " " * (len(m.group(0)) - 2) + ")", text)


def unit_name(unit: str) -> str:
    """The unit's name without a note on its role after it."""
    return _UNIT_NOTE.sub("", unit).strip(" ,;:.") or unit


def split_units(text: str) -> list[str]:
    """The names in a list of units: "Trung tâm Văn hóa, Thể thao và Truyền thông, Đài Phát thanh
    tỉnh" is two units; "Sở Văn hóa, Thể thao và Du lịch" is one (a comma inside a name is followed by
    a word that does not start a unit); "các sở, ban, ngành" is one group."""
    masked = _masked(text)
    names: list[str] = []
    start = 0
    for match in _LIST_COMMA.finditer(masked):
        after = text[match.end() :]
        if after[:1].isupper() and _UNIT_START.match(after) and not after.startswith("Ban ngành"):
            names.append(text[start : match.start()])
            start = match.end()
    names.append(text[start:])
    cleaned = [unit_name(name.strip(" ,;:.")) for name in names]
    return [name for name in cleaned if len(name) >= 3]


def split_unit(text: str) -> tuple[str, str] | None:
    """(unit, what it must do) when `text` names a unit first, else None."""
    body = _PREFIX.sub("", text.strip())
    if not _UNIT_START.match(body):
        return None
    masked = _masked(body)
    cuts = [position for position in (masked.find(":"), _first_verb(masked)) if 0 < position <= 160]
    if cuts:
        cut = min(cuts)
        unit = body[:cut]
        rest = body[cut + 1 :].strip() if body[cut] == ":" else body[cut:].strip()
    elif len(body) <= 160 and not body.endswith("."):
        unit, rest = body, ""
    else:
        return None
    note = _UNIT_NOTE.search(unit)
    if note:
        rest = f"{note.group(0).strip()} {rest}".strip()
    unit = unit_name(unit.strip(" ,;:."))
    if len(unit) < 3:
        return None
    return unit[:1].upper() + unit[1:], rest


def _first_verb(text: str) -> int:
    match = _VERB.search(text)
    return match.start() if match else -1


def is_unit(text: str) -> bool:
    return split_unit(text) is not None


def deadline_of(text: str) -> date | None:
    lowered = text.lower()
    if not any(word in lowered for word in _DEADLINE_WORDS):  # spares the scan of most duties
        return None
    for match in _DEADLINE.finditer(text):
        window = match.group(0)
        value = parse_date(window)
        if value:
            return value
        period = parse_period(window)
        if period:
            return period[1]
    return None


def role_of(text: str) -> str | None:
    if text.startswith("("):  # "(đơn vị chủ trì) ...", "(đơn vị thường trực) chủ trì ..."
        note, _, rest = text[1:].partition(")")
        return (
            role_of(note) or role_of(rest.strip()) or ("lead" if "chu tri" in fold(note) else None)
        )
    start = fold(text[:60])
    if start.startswith("chu tri") or " chu tri" in start[:20]:
        return "lead"
    if start.startswith("phoi hop"):
        return "support"
    return None


_PARTNERS = re.compile(r"\bphối hợp (?:với|cùng)\s+(?P<units>[^.;:]+)", re.IGNORECASE)


def partners_of(text: str) -> list[str]:
    """The units a lead works with: "chủ trì, phối hợp với Sở Y tế, Công an tỉnh tổ chức ..."."""
    match = _PARTNERS.search(text)
    if not match:
        return []
    units = match.group("units")
    verb = _VERB.search(" " + units)
    if verb:
        units = units[: max(verb.start() - 1, 0)]
    return [u for u in split_units(units.strip()) if _UNIT_START.match(u)]


def _assignment(unit: str, paragraphs: list[str]) -> Assignment:
    text = " ".join(p for p in paragraphs if p)
    role = role_of(text)
    return Assignment(
        unit=unit,
        text=text,
        role=role,
        deadline=deadline_of(text),
        partners=partners_of(text) if role == "lead" else [],
    )


def _assignments(units: str, paragraphs: list[str]) -> list[Assignment]:
    """One assignment per unit named in `units` (a list of units shares its duties)."""
    return [_assignment(unit, paragraphs) for unit in split_units(units) or [units]]


def _from_section(section: Section) -> list[Assignment]:
    found: list[Assignment] = []
    for child in section.children:
        named = split_unit(child.title)
        if _GROUP.match(child.title) or named is None:
            # A group ("Trách nhiệm của các sở, ngành") or a task: its members are below it; a
            # group without members is one unit's duties ("Trách nhiệm của UBND cấp xã").
            members = _from_section(child)
            owner = _GROUP_OWNER.match(child.title)
            named_owner = split_unit(owner.group("unit")) if owner and not members else None
            if named_owner:
                body = [named_owner[1], *child.paragraphs]
                found.extend(_assignments(named_owner[0], body))
            found.extend(members)
        else:
            body = [named[1], *child.paragraphs]
            for grandchild in child.children:
                body.append(f"{grandchild.number}. {grandchild.title}")
                body.extend(grandchild.paragraphs)
            found.extend(_assignments(named[0], body))
    for paragraph in section.paragraphs:
        marked = bool(_MARK.match(paragraph))
        named = split_unit(_MARK.sub("", paragraph))
        if named and (marked or named[1] != ""):
            found.extend(_assignments(named[0], [named[1]]))
    return found


_TASK_UNIT = re.compile(
    r"^[-+•*]?\s*(?:Đơn vị|Cơ quan|Bộ phận|Người)\s+(?P<role>chủ trì|phối hợp|thực hiện)"
    r"(?:\s+(?:tham mưu\s+)?(?:thực hiện|tham mưu|chính))?\s*:\s*(?P<units>.+)$",
    re.IGNORECASE,
)
# "Đơn vị chủ trì: Phòng A; Đơn vị phối hợp: Phòng B, Văn phòng Sở": several roles on one line.
_NEXT_ROLE = re.compile(
    r"[;.,]?\s+(?=(?:Đơn vị|Cơ quan|Bộ phận|Người)\s+(?:chủ trì|phối hợp|thực hiện)"
    r"(?:\s+(?:tham mưu\s+)?(?:thực hiện|tham mưu|chính))?\s*:)",
    re.IGNORECASE,
)
_TASK_TIME = re.compile(
    r"^[-+•]?\s*Thời (?:gian|hạn)(?: hoàn thành| thực hiện)?\s*:\s*(?P<when>.+)$", re.IGNORECASE
)
# "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành ... thẩm định hồ sơ."
_INLINE_LEAD = re.compile(
    r"^(?P<lead>.+?)\s+(?:là cơ quan\s+)?chủ trì\b[,\s]*"
    r"(?:(?:và\s+)?phối hợp\s+(?:với|cùng)\s+(?P<partners>.+))?$",
    re.IGNORECASE,
)
# verbs that end a list of partners but not a unit's name elsewhere
_ACTIVITY = re.compile(r"\s(?:thẩm định|xét duyệt|giám sát|tổ chức|kiểm tra)\b")


def _end_of(text: str) -> date | None:
    period = parse_period(text)
    return period[1] if period else parse_date(text)


def _cut_activity(units: str) -> tuple[str, str]:
    """ "các sở, ngành, UBND cấp xã thẩm định hồ sơ." -> the units and what they do together."""
    verb = _VERB.search(" " + units) or _ACTIVITY.search(" " + units)
    if verb is None:
        return units.strip().rstrip(" .;"), ""
    at = max(verb.start() - 1, 0)
    return units[:at].strip().rstrip(" ,;"), units[at:].strip().rstrip(" .;")


def _listed(units: str) -> list[str]:
    """The partners of a label line: "Sở Tư pháp; các cơ quan, đơn vị liên quan" is two entries."""
    return [name for part in units.split(";") if part.strip() for name in split_units(part)]


def _roles_of(match: re.Match[str]) -> tuple[list[str], list[str], str]:
    """(leads, partners, what they do) named by one label line; "thực hiện" names the doers, and
    "X chủ trì, phối hợp với Y" after it says which of them leads."""
    units = match.group("units").strip().rstrip(" .;")
    role = match.group("role").lower()
    inline = _INLINE_LEAD.match(units)
    if inline and role != "phối hợp":
        partners, activity = _cut_activity(inline.group("partners") or "")
        return (
            split_units(inline.group("lead")),
            _listed(partners),
            activity,
        )
    if role == "phối hợp":
        return [], _listed(units), ""
    return split_units(units), [], ""


def _blocks(section: Section) -> list[tuple[str, list[re.Match[str]], date | None]]:
    """The task blocks of a section: (task, label lines, deadline). The first block's task is the
    section's heading; a later block's task is the points written between it and the block before."""
    blocks: list[tuple[str, list[re.Match[str]], date | None]] = []
    pending: list[str] = []
    matches: list[re.Match[str]] = []
    deadline: date | None = None

    def close() -> None:
        nonlocal matches, deadline
        if matches:
            heading = clean(
                f"{section.number}. {section.title}" if section.number else section.title
            )
            points = [_MARK.sub("", p).strip() for p in pending]
            task = heading if not blocks or not points else " ".join(points)
            blocks.append((task, matches, deadline))
            pending.clear()
            deadline = None
        matches = []

    for paragraph in section.paragraphs:
        found = [m for m in (_TASK_UNIT.match(p) for p in _NEXT_ROLE.split(paragraph)) if m]
        timing = _TASK_TIME.match(paragraph)
        if found:
            matches.extend(found)
        elif timing:  # before or after the block's label lines
            when = timing.group("when")
            deadline = deadline or deadline_of("trước " + when) or _end_of(when)
        else:
            close()
            pending.append(paragraph)
    close()
    return blocks


def _task_centred(sections: list[Section]) -> list[Assignment]:
    """ "1.1. <task>" followed by "- Đơn vị chủ trì: X", "- Đơn vị phối hợp: Y", "- Thời gian hoàn
    thành: ..." (or "- Cơ quan thực hiện: X chủ trì, phối hợp với Y"): one lead with its partners."""
    found: list[Assignment] = []
    for top in sections:
        for section in top.walk():
            for task, matches, deadline in _blocks(section):
                named = [_roles_of(m) for m in matches]
                leads = [u for lead, _, _ in named for u in lead]
                supporting = list(dict.fromkeys(u for _, partners, _ in named for u in partners))
                activity = next((a for _, _, a in named if a), "")
                text = f"{task}: {activity}" if activity else task
                single = len(leads) == 1 or bool(supporting)
                explicit = any(m.group("role").lower() == "chủ trì" for m in matches)
                for unit in dict.fromkeys(leads):
                    role = "lead" if single or explicit else None
                    partners = supporting if role == "lead" else []
                    found.append(Assignment(unit, text, role, deadline, list(partners)))
                for unit in supporting:
                    if unit not in leads:
                        found.append(Assignment(unit, text, "support", deadline))
    return found


def _after_part_heading(sections: list[Section]) -> Section | None:
    """The numbered sections after a part heading the tree did not make a section of.

    "C. TỔ CHỨC THỰC HIỆN" or "PHẦN III" / "TỔ CHỨC THỰC HIỆN" above "1. Sở Y tế: ..." in a plan
    without Roman numerals ends up as a paragraph of the section before it; the units are the
    sections that follow, up to the next part heading.
    """
    for position, section in enumerate(sections):
        tail = section.walk()[-1]
        headings = [p for p in tail.paragraphs if p.isupper() and len(p) < 80]
        if not headings or not is_assignment_heading(headings[-1]):
            continue
        members: list[Section] = []
        for following in sections[position + 1 :]:
            members.append(following)
            if any(p.isupper() and len(p) < 80 for p in following.walk()[-1].paragraphs):
                break
        return Section(number="", title=headings[-1], children=members)
    return None


def _column(header: list[str], *words: str) -> int | None:
    folded = [fold(cell) for cell in header]
    return next((i for i, cell in enumerate(folded) for w in words if w in cell), None)


def _cell(row: list[str], index: int | None) -> str:
    return clean(row[index]) if index is not None and index < len(row) else ""


def _table_tasks(sections: list[Section]) -> list[Assignment]:
    """Rows of a "Phân công nhiệm vụ" table (task, lead, support, deadline columns) that stands as the
    content of a part giving out work ("1. Phân công nhiệm vụ" over the table, no sub-parts): one task
    each, its lead unit(s) and its partners."""
    found: list[Assignment] = []
    for section in (s for top in sections for s in top.walk()):
        if section.children or not is_assignment_heading(section.title):
            continue
        for table in section.tables:
            if not table.rows or table.header_rows < 1:
                continue
            header = table.rows[0]
            lead = _column(header, "chu tri", "don vi thuc hien", "co quan thuc hien")
            task = _column(header, "nhiem vu", "noi dung", "giai phap")
            if lead is None or task is None or lead == task:
                continue
            support = _column(header, "phoi hop")
            when = _column(header, "thoi han", "thoi gian")
            for row in table.rows[table.header_rows :]:
                cells = [_cell(row, i) for i in (task, lead, support, when)]
                if not cells[0] or not cells[1]:
                    continue
                partners = _listed(cells[2]) if cells[2] else []
                due = (deadline_of("trước " + cells[3]) or _end_of(cells[3])) if cells[3] else None
                for unit in _listed(cells[1]):
                    found.append(Assignment(unit, cells[0], "lead", due, list(partners)))
    return found


def find_assignments(sections: list[Section]) -> list[Assignment]:
    """Assignments from the plan's implementation section(s), and tasks that name their lead unit."""
    found: list[Assignment] = []
    for section in sections:
        if is_assignment_heading(section.title):
            found.extend(_from_section(section))
    if not found:
        for section in sections:
            for child in section.walk()[1:]:
                if is_assignment_heading(child.title):
                    found.extend(_from_section(child))
    if not found:
        part = _after_part_heading(sections)
        if part is not None:
            found.extend(_from_section(part))
    return found + _task_centred(sections) + _table_tasks(sections)
