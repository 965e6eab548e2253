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
    r"^(?:Đề nghị\s+|Giao\s+)?(?:Phòng|Sở|Ban|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|UBND|HĐND|Công an|Đài|Báo|Hội|"
    r"Đoàn|Liên đoàn|Các|Thủ trưởng|Chủ tịch|Bộ|Cục|Chi cục|Kho bạc|Thanh tra|Trường|Bệnh viện|Tổ|"
    r"Đảng ủy|Đảng uỷ|Mặt trận|Quân sự|Bảo hiểm|Cơ quan|Hội đồng|Tòa án|Viện|Giám đốc|Trưởng|Cổng|"
    r"Trạm|Hạt|Chi nhánh|Ngân hàng|Doanh nghiệp|Công ty|Đơn vị|Thường trực|Tỉnh đoàn|Thành đoàn|"
    r"Quận đoàn|Huyện đoàn|Bộ Chỉ huy|Ban Chỉ huy|Thôn|Khu|Ban công tác|MTTQ|Ủy ban MTTQ|Người đứng đầu|"
    r"Cán bộ|Lãnh đạo|Tổ dân phố|Văn phòng HĐND|Các cơ quan|Các phòng|Các đơn vị|Đồng chí)\b"
)
_GROUP = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ|Phân công)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    r"(?:trước ngày|chậm nhất(?: là)?(?: ngày)?|hoàn thành trước|trong tháng|trước|xong trước|hạn)\s*(.{4,40})",
    re.IGNORECASE,
)
_POINT_UNIT = re.compile(
    r"^(?:[-–+•]\s*|[a-zđ]\)\s*|\d{1,2}\)\s*)(?P<unit>[^:]{3,120}?)\s*:\s*(?P<text>.+)$"
)


def is_assignment_heading(title: str) -> bool:
    folded = fold(title)
    return any(heading in folded for heading in _ASSIGNMENT_HEADINGS)


def is_unit(text: str) -> bool:
    return bool(_UNIT_START.match(text)) and len(text) <= 200 and not text.endswith(".")


def unit_name(text: str) -> str:
    name = re.sub(r"^(?:Đề nghị|Giao)\s+", "", text.strip()).rstrip(" :;.")
    return name[:1].upper() + name[1:]


def deadline_of(text: str) -> date | None:
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
    start = fold(text[:60])
    if start.startswith("chu tri") or " chu tri" in start[:20]:
        return "lead"
    if start.startswith("phoi hop"):
        return "support"
    return None


def _assignment(unit: str, paragraphs: list[str]) -> Assignment:
    text = " ".join(paragraphs)
    return Assignment(
        unit=unit_name(unit), text=text, role=role_of(text), deadline=deadline_of(text)
    )


def _from_section(section: Section) -> list[Assignment]:
    found: list[Assignment] = []
    for child in section.children:
        if child.children and (_GROUP.match(child.title) or not is_unit(child.title)):
            found.extend(_from_section(child))
        elif is_unit(child.title):
            body = list(child.paragraphs)
            for grandchild in child.children:
                body.append(f"{grandchild.number}. {grandchild.title}")
                body.extend(grandchild.paragraphs)
            found.append(_assignment(child.title, body))
    if not section.children:
        for paragraph in section.paragraphs:
            match = _POINT_UNIT.match(paragraph)
            if match and is_unit(match.group("unit")):
                found.append(_assignment(match.group("unit"), [match.group("text")]))
    return found


def find_assignments(sections: list[Section]) -> list[Assignment]:
    """Assignments from the plan's implementation section(s)."""
    found: list[Assignment] = []
    for section in sections:
        if is_assignment_heading(section.title):
            found.extend(_from_section(section))
    if not found:
        for section in sections:
            for child in section.walk()[1:]:
                if is_assignment_heading(child.title):
                    found.extend(_from_section(child))
    return found
