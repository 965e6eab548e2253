"""Who a result report goes to: Kính gửi (the body that asked for it) and Nơi nhận in the office's
order — the upper level "(để báo cáo)" first, then our own leaders, then "Lưu"."""

from __future__ import annotations

import re

from kehoach.document.model import Plan, Reference
from kehoach.document.text import clean, fold

REPORT = "(để báo cáo)"
_REPORT = re.compile(r"\s*\((?:để|đề)\s+b[áa]o\s+c[áa]o\)\s*$", re.IGNORECASE)
_LEADERS = (
    "chu tich",
    "pct",
    "thuong truc",
    "lanh dao",
    "bi thu",
    "ct,",
    "ct ",
    "dang uy",
    "hdnd",
    "tt ",
)
_UPPER = ("thanh pho", "tinh", "quan", "huyen", "so ", "ubnd tp", "ubnd q")


def _same(a: str, b: str) -> bool:
    """The same body written two ways: "UBND thành phố" and "Ủy ban nhân dân thành phố Hải Phòng"."""
    x, y = (fold(without_report_mark(t)).replace("ubnd", "uy ban nhan dan") for t in (a, b))
    return x.startswith(y) or y.startswith(x)


def without_report_mark(item: str) -> str:
    return _REPORT.sub("", clean(item)).rstrip(" ;,.")


def is_for_report(item: str) -> bool:
    return bool(_REPORT.search(clean(item)))


def _is_leaders(item: str) -> bool:
    folded = fold(item) + " "
    return any(word in folded for word in _LEADERS)


def addressee(plan: Plan, request: Reference | None) -> str | None:
    """The body the report answers: the issuer of the request, else the plan's first upper recipient."""
    if request is not None and request.issuer:
        return clean(request.issuer)
    for item in plan.recipients:
        if is_for_report(item) and not _is_leaders(item):
            return without_report_mark(item)
    return plan.parent_issuer


def recipients(plan: Plan, to: str | None, leaders: list[str] | None = None) -> list[str]:
    """Nơi nhận of the BC: upper bodies "(để báo cáo)" (the addressee first), then our leaders."""
    upper: list[str] = []
    if to:
        upper.append(f"{to} {REPORT}")
    for item in plan.recipients:
        if is_for_report(item):
            name = without_report_mark(item)
            if not any(_same(name, u) for u in upper):
                upper.append(f"{name} {REPORT}")
    ours = list(leaders or [])
    if not ours:
        ours = [without_report_mark(i) for i in plan.recipients if _is_leaders(i)]
        ours = [i for i in ours if not any(_same(i, u) for u in upper)]
    if not ours:
        ours = ["Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân"]
    return upper + ours


def archive(plan: Plan) -> list[str]:
    """ "Lưu: VT, VHXH": the plan's own archive codes (VT first)."""
    codes = [code for code in plan.archive if code] or ["VT"]
    if "VT" not in codes:
        codes.insert(0, "VT")
    return codes
