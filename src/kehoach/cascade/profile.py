"""A unit profile: who we are, so that a cascaded draft speaks in our name.

The profile is a YAML file an officer edits once: the committee's official name and level, the place name of
its date line, the body above it, who signs, its own units (with short ids the mapping table refers to), how it
addresses recipients and its drafter code. `load_profile` validates it and raises InputError with a message
that names the faulty field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kehoach.document.model import Signature
from kehoach.document.text import clean
from kehoach.errors import InputError

# Levels of a people's committee. Quận/huyện/thị xã exist only for documents before 01/07/2025.
LEVELS = ("thành phố", "tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "đặc khu")
LOWER_LEVELS = ("phường", "xã", "đặc khu", "quận", "huyện", "thị xã")
TWO_LEVEL_START = date(2025, 7, 1)
UNIT_KINDS = (
    "office",
    "request",
    "community",
)  # own office; "Đề nghị ..." body; tổ dân phố, trường học
SCOPES = ("national", "hai-phong", "ha-noi")


@dataclass
class Unit:
    """One of our units: "Phòng Văn hóa - Xã hội" (id vhxh), addressed in recipients as `recipient`."""

    id: str
    name: str
    kind: str = "office"
    recipient: str | None = None  # how Nơi nhận names it; None: not listed one by one
    duties: list[str] = field(
        default_factory=list
    )  # standing duties, in every draft ("Các tổ dân phố")


@dataclass
class Profile:
    """Everything a cascade needs to know about the committee that issues the draft."""

    name: str  # "Ủy ban nhân dân phường Lê Chân"
    level: str  # "phường"
    locality: str  # "Lê Chân": the ward's own name
    place: str  # date line place: "Lê Chân"
    parent: str  # "Ủy ban nhân dân thành phố Hải Phòng"
    signature: Signature
    units: list[Unit]
    lead_unit: str  # id of the unit that drafts, follows up and reports (Phòng Văn hóa - Xã hội)
    drafter: str  # code on the "Lưu: VT, ..." line
    parent_issuer: str | None = None
    scope: str = "national"
    valid_from: date | None = None
    deadline_lead_days: int = 5
    # units report "hằng quý, trước ngày N của tháng cuối quý" when the upper plan sets no date
    report_day: int = 15
    # "person", "number" or "event": the place line names the unit in full (Phụ lục I, II.4)
    named_after: str | None = None
    budget: str | None = None
    leaders_recipients: list[str] = field(default_factory=list)
    extra_recipients: list[str] = field(default_factory=list)
    closing: str | None = None
    # ids of the commemorations (kehoach calendar --json) the ward keeps as its own: ticked by default
    commemorations: list[str] = field(default_factory=list)
    mapping_path: Path | None = None
    source: str = "<profile>"

    @property
    def area(self) -> str:
        """ "phường Lê Chân": how sentences name our territory."""
        return f"{self.level} {self.locality}"

    def unit(self, unit_id: str) -> Unit | None:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        return None

    @property
    def lead(self) -> Unit:
        found = self.unit(self.lead_unit)
        assert found is not None  # checked by profile_from_dict
        return found


def _text(data: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(f"Hồ sơ đơn vị {where}: thiếu trường bắt buộc '{key}'.")
        return None
    if not isinstance(value, str | int):
        raise InputError(f"Hồ sơ đơn vị {where}: trường '{key}' phải là một chuỗi văn bản.")
    return clean(str(value))


def _texts(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"Hồ sơ đơn vị {where}: trường '{key}' phải là danh sách chuỗi.")
    return [clean(v) for v in value if clean(v)]


def _units(data: dict[str, Any], where: str) -> list[Unit]:
    raw = data.get("units")
    if not isinstance(raw, list) or not raw:
        raise InputError(f"Hồ sơ đơn vị {where}: 'units' phải là danh sách các đơn vị thuộc quyền.")
    units: list[Unit] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise InputError(f"Hồ sơ đơn vị {where}: units[{index}] phải có 'id' và 'name'.")
        unit_where = f"{where}, units[{index}]"
        unit = Unit(
            id=_text(item, "id", unit_where) or "",
            name=_text(item, "name", unit_where) or "",
            kind=_text(item, "kind", unit_where, required=False) or "office",
            recipient=_text(item, "recipient", unit_where, required=False),
            duties=_texts(item, "duties", unit_where),
        )
        if unit.kind not in UNIT_KINDS:
            raise InputError(
                f"Hồ sơ đơn vị {unit_where}: 'kind' là '{unit.kind}', "
                f"chỉ nhận {', '.join(UNIT_KINDS)}."
            )
        if any(u.id == unit.id for u in units):
            raise InputError(f"Hồ sơ đơn vị {unit_where}: mã đơn vị '{unit.id}' bị trùng.")
        units.append(unit)
    return units


def _signature(data: dict[str, Any], where: str) -> Signature:
    raw = data.get("signer")
    if not isinstance(raw, dict):
        raise InputError(f"Hồ sơ đơn vị {where}: thiếu 'signer' (người ký: title, name...).")
    sign_where = f"{where}, signer"
    signature = Signature(
        authority=_text(raw, "authority", sign_where, required=False) or "TM.",
        body=_text(raw, "body", sign_where, required=False) or "ỦY BAN NHÂN DÂN",
        capacity=_text(raw, "capacity", sign_where, required=False),
        head=_text(raw, "head", sign_where, required=False) or "CHỦ TỊCH",
        title=_text(raw, "title", sign_where),
        name=_text(raw, "name", sign_where),
    )
    if signature.capacity not in (None, "KT.", "Q.", "TL.", "TUQ."):
        raise InputError(
            f"Hồ sơ đơn vị {sign_where}: 'capacity' là '{signature.capacity}', "
            "chỉ nhận KT., Q., TL., TUQ. hoặc để trống."
        )
    if signature.capacity is None and signature.title != signature.head:
        raise InputError(
            f"Hồ sơ đơn vị {sign_where}: người ký là '{signature.title}' nhưng không ký thay "
            f"(capacity: KT.) cho '{signature.head}'."
        )
    return signature


def profile_from_dict(data: Any, where: str = "<profile>", base: Path | None = None) -> Profile:
    """Validate a parsed YAML profile; `base` resolves a relative `mapping` path."""
    if not isinstance(data, dict):
        raise InputError(f"Hồ sơ đơn vị {where}: nội dung phải là một bảng khóa: giá trị (YAML).")
    level = _text(data, "level", where) or ""
    if level not in LEVELS:
        raise InputError(
            f"Hồ sơ đơn vị {where}: cấp '{level}' không hợp lệ, chỉ nhận {', '.join(LEVELS)}."
        )
    if level not in LOWER_LEVELS:
        raise InputError(
            f"Hồ sơ đơn vị {where}: cấp '{level}' là cấp trên cùng, không có kế hoạch cấp trên để triển khai."
        )
    units = _units(data, where)
    lead_unit = _text(data, "lead_unit", where) or ""
    if not any(u.id == lead_unit for u in units):
        raise InputError(
            f"Hồ sơ đơn vị {where}: 'lead_unit' là '{lead_unit}' nhưng không có đơn vị nào mang mã đó."
        )
    lead_days = data.get("deadline_lead_days", 5)
    if not isinstance(lead_days, int) or isinstance(lead_days, bool) or not 0 <= lead_days <= 60:
        raise InputError(
            f"Hồ sơ đơn vị {where}: 'deadline_lead_days' phải là số ngày làm việc từ 0 đến 60."
        )
    named_after = _text(data, "named_after", where, required=False)
    if named_after not in (None, "person", "number", "event"):
        raise InputError(
            f"Hồ sơ đơn vị {where}: 'named_after' chỉ nhận person (tên người), number (số) hoặc event "
            "(sự kiện lịch sử)."
        )
    report_day = data.get("report_day", 15)
    if not isinstance(report_day, int) or isinstance(report_day, bool) or not 1 <= report_day <= 23:
        raise InputError(
            f"Hồ sơ đơn vị {where}: 'report_day' phải là ngày trong tháng từ 1 đến 23."
        )
    scope = _text(data, "scope", where, required=False) or "national"
    if scope not in SCOPES:
        raise InputError(f"Hồ sơ đơn vị {where}: 'scope' chỉ nhận {', '.join(SCOPES)}.")
    valid_from = data.get("valid_from")
    if valid_from is not None and not isinstance(valid_from, date):
        try:
            valid_from = date.fromisoformat(str(valid_from))
        except ValueError:
            raise InputError(
                f"Hồ sơ đơn vị {where}: 'valid_from' phải là ngày dạng YYYY-MM-DD."
            ) from None
    mapping = _text(data, "mapping", where, required=False)
    mapping_path = None
    if mapping:
        mapping_path = Path(mapping)
        if base is not None and not mapping_path.is_absolute():
            mapping_path = base / mapping_path
    recipients = data.get("recipients") or {}
    if not isinstance(recipients, dict):
        raise InputError(f"Hồ sơ đơn vị {where}: 'recipients' phải có 'leaders' và 'others'.")
    return Profile(
        name=_text(data, "name", where) or "",
        level=level,
        locality=_text(data, "locality", where) or "",
        place=_text(data, "place", where) or "",
        parent=_text(data, "parent", where) or "",
        signature=_signature(data, where),
        units=units,
        lead_unit=lead_unit,
        drafter=_text(data, "drafter", where) or "",
        parent_issuer=_text(data, "parent_issuer", where, required=False),
        scope=scope,
        valid_from=valid_from,
        deadline_lead_days=lead_days,
        report_day=report_day,
        named_after=named_after,
        budget=_text(data, "budget", where, required=False),
        leaders_recipients=_texts(recipients, "leaders", where),
        extra_recipients=_texts(recipients, "others", where),
        closing=_text(data, "closing", where, required=False),
        commemorations=_texts(data, "commemorations", where),
        mapping_path=mapping_path,
        source=where,
    )


def load_profile(path: str | Path) -> Profile:
    """Read and validate a YAML unit profile."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy hồ sơ đơn vị: {path}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Không đọc được hồ sơ đơn vị {path}: {error}.") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (dòng {mark.line + 1})" if mark is not None else ""
        raise InputError(f"Hồ sơ đơn vị {path} không phải YAML hợp lệ{line}.") from None
    return profile_from_dict(data, where=str(path), base=path.parent)
