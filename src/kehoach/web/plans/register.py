"""Sổ văn bản đi: the documents the office issued, in number order, with filters and an Excel export.

One row per issued document of our own (numbers come from the register at issue): number and symbol,
date, type, title, signer, recipients, who issued it, and whether it was recalled or corrected since.
"""

from __future__ import annotations

import io
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from kehoach.web import permissions
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.models import DOC_TYPE_NAMES, Plan, search_key

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS = [
    "Số, ký hiệu",
    "Ngày",
    "Loại",
    "Trích yếu",
    "Người ký",
    "Nơi nhận",
    "Người ban hành",
    "Ghi chú",
]


def _entries(request: HttpRequest) -> tuple[QuerySet[Plan], dict[str, str], list[Any]]:
    readable = [
        o
        for o in permissions.organisations_of(request.user)
        if permissions.can_read_register(request.user, o)
    ]
    if not readable:
        raise PermissionDenied(
            "Chỉ chuyên viên, lãnh đạo và văn thư của cơ quan xem sổ văn bản đi."
        )
    plans = (
        Plan.objects.filter(organisation__in=readable, kind=Plan.Kind.OWN, issued_at__isnull=False)
        .select_related("organisation", "issued_by", "amends")
        .prefetch_related("amendments")
    )
    filters = {
        "nam": (request.GET.get("nam") or "").strip(),
        "loai": (request.GET.get("loai") or "").strip(),
        "q": (request.GET.get("q") or "").strip(),
    }
    if filters["nam"].isdigit():
        plans = plans.filter(year=int(filters["nam"]))
    if filters["loai"] in DOC_TYPE_NAMES:
        plans = plans.filter(doc_type=filters["loai"])
    if filters["q"]:
        plans = plans.filter(search_text__contains=search_key(filters["q"]))
    return plans.order_by("-year", "doc_type", "-number", "-pk"), filters, readable


def note(plan: Plan) -> str:
    """ "Đã thu hồi bởi Số 02/QĐ-UBND", "Đính chính Số 05/KH-UBND" ..."""
    parts = []
    if plan.amends is not None:
        verb = Plan.Amendment(plan.amend_kind).label if plan.amend_kind else "Sửa đổi"
        parts.append(f"{verb} Số {plan.amends.number}/{plan.amends.symbol}")
    for later in plan.amendments.all():
        if later.issued_at:
            verb = "thu hồi" if later.amend_kind == Plan.Amendment.RECALL else "đính chính"
            parts.append(f"Đã {verb} bởi Số {later.number}/{later.symbol}")
    return "; ".join(parts)


def row(plan: Plan) -> list[str]:
    signature = (plan.data or {}).get("signature") or {}
    return [
        f"{plan.number}/{plan.symbol}",
        plan.doc_date.strftime("%d/%m/%Y") if plan.doc_date else "",
        DOC_TYPE_NAMES.get(plan.doc_type, plan.doc_type),
        plan.title,
        signature.get("name") or "",
        "; ".join((plan.data or {}).get("recipients") or []),
        person_name(plan.issued_by) if plan.issued_by else "",
        note(plan),
    ]


@login_required
def register(request: HttpRequest) -> HttpResponse:
    """The register page; `?xuat=xlsx` gives the same rows as an Excel workbook."""
    plans, filters, readable = _entries(request)
    if request.GET.get("xuat") == "xlsx":
        return export(plans, filters)
    rows = [(plan, row(plan)) for plan in plans[:500]]
    years = sorted({p.year for p in plans if p.year}, reverse=True)
    return render(
        request,
        "plans/register.html",
        {
            "nav": "register",
            "rows": rows,
            "filters": filters,
            "years": years,
            "types": sorted(DOC_TYPE_NAMES.items()),
            "headers": HEADERS,
            "organisations": readable,
        },
    )


def export(plans: QuerySet[Plan], filters: dict[str, str]) -> HttpResponse:
    book = Workbook()
    sheet = book.active
    sheet.title = "So van ban di"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for plan in plans:
        sheet.append(row(plan))
    for column, width in zip("ABCDEFGH", [16, 12, 12, 60, 22, 50, 22, 30], strict=True):
        sheet.column_dimensions[column].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    name = f"so-van-ban-di-{filters['nam'] or 'tat-ca'}.xlsx"
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
