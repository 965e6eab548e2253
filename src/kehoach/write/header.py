"""What a renderer needs beyond the Plan: the upper-case issuer lines, margins, the drafter's code.

A parsed plan knows its issuer as a name ("Ủy ban nhân dân phường Lê Chân"); the header shows it in upper case
on one or more lines ("ỦY BAN NHÂN DÂN" / "PHƯỜNG LÊ CHÂN"). Everything here can be derived from the Plan;
an authoring file may set any of it explicitly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kehoach.document.model import Plan
from kehoach.document.text import clean
from kehoach.errors import InputError
from kehoach.write.layout import Margins

# The collective bodies whose name goes on its own line above the place ("ỦY BAN NHÂN DÂN" / "PHƯỜNG X").
_BODIES = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân")

DOC_NAMES = {
    "KH": "KẾ HOẠCH",
    "BC": "BÁO CÁO",
    "QĐ": "QUYẾT ĐỊNH",
    "TB": "THÔNG BÁO",
    "HD": "HƯỚNG DẪN",
    "CTr": "CHƯƠNG TRÌNH",
    "PA": "PHƯƠNG ÁN",
    "ĐA": "ĐỀ ÁN",
    "TTr": "TỜ TRÌNH",
    "CT": "CHỈ THỊ",
    "NQ": "NGHỊ QUYẾT",
}


@dataclass
class Header:
    """Header fields of the rendered document; empty values are derived from the Plan."""

    parent_issuer: list[str] = field(
        default_factory=list
    )  # upper-case lines of the cơ quan chủ quản
    issuer_short: list[str] = field(
        default_factory=list
    )  # upper-case lines of the cơ quan ban hành
    doc_name: str | None = None  # "KẾ HOẠCH"
    drafter: str | None = None  # ký hiệu người soạn thảo, số bản: "PL.(300)", ends the Lưu line
    margins: Margins = field(default_factory=Margins)


def _upper_lines(text: str) -> list[str]:
    return [clean(line).upper() for line in text.split("\n") if clean(line)]


def issuer_lines(issuer: str) -> list[str]:
    """ "Ủy ban nhân dân phường Lê Chân" -> ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"]."""
    name = clean(issuer)
    lowered = name.lower()
    for body in _BODIES:
        if lowered.startswith(body + " "):
            return [name[: len(body)].upper(), name[len(body) + 1 :].upper()]
    return [name.upper()]


_STATE_PARENT = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?P<locality>.+)$", re.I
)


def short_issuer(issuer: str, parent: str | None) -> str:
    """The issuer as its header line shows it under its parent: "Sở Nội vụ tỉnh Nghệ An" under
    "UBND tỉnh Nghệ An" is "Sở Nội vụ" (the reader puts the locality back)."""
    if not parent:
        return issuer
    state = _STATE_PARENT.match(parent)
    for tail in (parent, state.group("locality") if state else None):
        if tail and issuer.lower().endswith(" " + tail.lower()) and len(issuer) > len(tail) + 1:
            return issuer[: -len(tail) - 1]
    return issuer


def resolve(plan: Plan, given: Header | None) -> Header:
    """The header to draw: the given fields, with the missing ones derived from the plan."""
    header = given or Header()
    parent = header.parent_issuer or (
        _upper_lines(plan.parent_issuer) if plan.parent_issuer else []
    )
    issuer = header.issuer_short or (
        issuer_lines(short_issuer(plan.issuer, plan.parent_issuer)) if plan.issuer else []
    )
    doc_name = header.doc_name or DOC_NAMES.get(plan.doc_type, plan.doc_type.upper())
    return Header(parent, issuer, doc_name, header.drafter, header.margins.check())


def header_from_dict(data: Any) -> Header:
    """The `header:` mapping of an authoring file; unknown keys are an error so typos show."""
    if data is None:
        return Header()
    if not isinstance(data, dict):
        raise InputError("mục header phải là một bảng khóa: giá trị.")
    known = {"parent_issuer", "issuer_short", "doc_name", "drafter", "margins"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"mục header có khóa không biết: {', '.join(unknown)}.")
    margins = data.get("margins") or {}
    if not isinstance(margins, dict):
        raise InputError("header.margins phải có dạng {top: 20, bottom: 20, left: 30, right: 15}.")
    try:
        built = Margins(**{k: float(v) for k, v in margins.items()})
    except (TypeError, ValueError) as error:
        raise InputError(f"header.margins không hợp lệ: {error}.") from None

    def lines(key: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return [clean(str(v)).upper() for v in value if clean(str(v))]
        return _upper_lines(str(value))

    return Header(
        parent_issuer=lines("parent_issuer"),
        issuer_short=lines("issuer_short"),
        doc_name=clean(str(data["doc_name"])) if data.get("doc_name") else None,
        drafter=clean(str(data["drafter"])) if data.get("drafter") else None,
        margins=built.check(),
    )
