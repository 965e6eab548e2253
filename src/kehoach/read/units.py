"""Units and their duties in the text of a plan: where a unit's name starts and ends, lists of units,
the role a duty gives ("chủ trì", "phối hợp"), its partners and its deadline.

A unit is a name: a list is split only where a new name starts ("Sở Văn hóa, Thể thao và Du lịch" is
one unit), a bracketed note on its role goes with the duty, and the verb after the name ends it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kehoach.document.dates import parse_date, parse_period
from kehoach.document.text import fold

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
VERB = re.compile(
    r"\s(?:chịu trách nhiệm|có trách nhiệm|chủ trì|phối hợp|triển khai|thực hiện|(?<![Cc]ác )tổ chức|tham mưu|"
    r"theo dõi|hướng dẫn|xây dựng|chỉ đạo|rà soát|bố trí|đẩy mạnh|căn cứ|khẩn trương|nghiêm túc|"
    r"thường xuyên|tiếp tục|cung cấp|kiểm tra|đề xuất|báo cáo|tăng cường|quán triệt|tuyên truyền|"
    r"ban hành|là (?:cơ quan|đơn vị|đầu mối)|làm đầu mối|giúp|hỗ trợ|bảo đảm|đảm bảo|cân đối|tập trung|vận động|chủ động|"
    r"gửi|trực tiếp|nắm|phân công|lựa chọn|huy động|hoàn thành|được giao|tới việc|trong việc|về việc|"
    r"theo chức năng|theo lĩnh vực|trong phạm vi)\b"
)
_PREFIX = re.compile(r"^(?:Đề nghị|Giao(?: cho)?|Yêu cầu)\s+", re.IGNORECASE)
_DEADLINE = re.compile(
    r"(?:trước ngày|chậm nhất(?: là)?(?: ngày)?|hoàn thành trước|trong tháng|trước|xong trước|hạn)\s*(.{4,40})",
    re.IGNORECASE,
)
_DEADLINE_WORDS = ("trước", "chậm nhất", "trong tháng", "hạn")
POINT_MARK = re.compile(r"^(?:[-–+•]\s*|[a-zđ]\)\s*|\d{1,2}\)\s*)")

_LIST_COMMA = re.compile(r"[,;]\s*")


@lru_cache(maxsize=2048)  # a plan's headings are asked about several times over
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


# "Sở Văn hóa … phối hợp với Tỉnh đoàn tổ chức …": the subject is the actor (a part's own duty that opens
# "Phối hợp với Y" after its heading or a colon is the support's).
_WORKS_WITH = re.compile(r"(?i)phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s")


def as_actor(predicate: str) -> str:
    """What a unit does, said right after its name: "X phối hợp với Y tổ chức …" makes X the actor
    ("Chủ trì, phối hợp với Y tổ chức …"), Y its partner."""
    return f"Chủ trì, {predicate}" if _WORKS_WITH.match(predicate) else predicate


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
        if body[cut] != ":":
            rest = as_actor(rest)
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
    match = VERB.search(text)
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
    verb = VERB.search(" " + units)
    if verb:
        units = units[: max(verb.start() - 1, 0)]
    return [u for u in split_units(units.strip()) if _UNIT_START.match(u)]
