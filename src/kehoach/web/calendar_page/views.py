"""The calendar page: a year's or quarter's commemorations, their counts and classes, lunar dates and
slogans, and "Tạo kế hoạch cho các sự kiện này"."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from kehoach.calendar.commemorations import SCOPE_NAMES, Occasion, occasions, quarter_range
from kehoach.calendar.lunar import solar_to_lunar
from kehoach.calendar.slogans import slogans_for
from kehoach.cascade.occasions import suggested
from kehoach.document.dates import weekday_name
from kehoach.errors import InputError
from kehoach.web import permissions
from kehoach.web.calendar_page.drafting import occasions_plan, own_days, scope_of
from kehoach.web.orgs.models import Organisation
from kehoach.web.plans import services


def _int(value: Any, default: int | None, low: int, high: int) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


def _selection(params: Any, default_scope: str = "national") -> tuple[int, int | None, str]:
    today = timezone.localdate()
    year = _int(params.get("nam"), today.year, 1950, 2150) or today.year
    quarter = _int(params.get("quy"), None, 1, 4)
    scope = params.get("pham_vi") if params.get("pham_vi") in SCOPE_NAMES else default_scope
    return year, quarter, scope


def _home_scope(organisations: list[Organisation]) -> str:
    """The scope of the user's own commemorations: their organisation's profile's, else Hải Phòng's
    (the site's city)."""
    for organisation in organisations:
        scope = scope_of(organisation)
        if scope in SCOPE_NAMES and scope != "national":
            return scope
    return "hai-phong"


def _occasions(year: int, quarter: int | None, scope: str) -> list[Occasion]:
    start, end = quarter_range(year, quarter)
    return occasions(start, end, scope)


def _suggested(occasion: Occasion, scope: str, home: tuple[str | None, list[str]]) -> bool:
    """Ticked by default: the major holidays, the round (năm tròn, năm lẻ 5) anniversaries and the
    ward's own commemorations (its province's days, its own festival, those its profile lists)."""
    return suggested(occasion, scope, home[0], home[1])


@login_required
def calendar(request: HttpRequest) -> HttpResponse:
    drafting = [
        o
        for o in permissions.organisations_of(request.user)
        if permissions.can_draft(request.user, o)
    ]
    year, quarter, scope = _selection(
        request.GET, _home_scope(drafting or list(permissions.organisations_of(request.user)))
    )
    found = _occasions(year, quarter, scope)
    home = own_days(next(iter(drafting), None))
    rows = [
        {
            "occasion": o,
            "weekday": weekday_name(o.date),
            "lunar": solar_to_lunar(o.date),
            "css": {"năm tròn": "class-tron", "năm lẻ 5": "class-le5"}.get(
                o.anniversary_class or "", ""
            ),
            "selected": _suggested(o, scope, home),
        }
        for o in found
    ]
    classes = Counter(o.anniversary_class or "không tính năm" for o in found)
    return render(
        request,
        "calendar_page/calendar.html",
        {
            "nav": "calendar",
            "year": year,
            "quarter": quarter,
            "scope": scope,
            "scopes": SCOPE_NAMES.items(),
            "quarters": [1, 2, 3, 4],
            "years": range(year - 2, year + 3),
            "rows": rows,
            "classes": sorted(classes.items()),
            "slogans": slogans_for(found, scope, year),
            "organisations": drafting,
            "lunar_year": solar_to_lunar(date(year, 7, 1)).year_name,
        },
    )


@login_required
@require_POST
def create_plan(request: HttpRequest) -> HttpResponse:
    organisation = Organisation.objects.filter(
        pk=_int(request.POST.get("organisation"), 0, 1, 2**62)
    ).first()
    year, quarter, scope = _selection(request.POST, scope_of(organisation) or "national")
    if organisation is None or not permissions.can_draft(request.user, organisation):
        raise PermissionDenied("Bạn không soạn thảo kế hoạch cho cơ quan này.")
    chosen = set(request.POST.getlist("occasion"))
    found = [o for o in _occasions(year, quarter, scope) if o.commemoration.id in chosen]
    if not found:
        messages.error(request, "Chọn ít nhất một sự kiện để tạo kế hoạch.")
        query = f"?nam={year}&quy={quarter or ''}&pham_vi={scope}"
        return redirect(reverse("calendar_page:calendar") + query)
    try:
        document = occasions_plan(
            found,
            slogans_for(found, scope, year),
            organisation,
            year=year,
            quarter=quarter,
            scope=scope,
        )
    except InputError as error:
        messages.error(request, f"{error} Sửa hồ sơ đơn vị của cơ quan rồi tạo lại kế hoạch.")
        query = f"?nam={year}&quy={quarter or ''}&pham_vi={scope}"
        return redirect(reverse("calendar_page:calendar") + query)
    plan = services.create_plan(
        organisation, document, request.user, note="Tạo từ lịch kỷ niệm", action="plan.create"
    )
    messages.success(request, f"Đã tạo dự thảo kế hoạch cho {len(found)} sự kiện.")
    return redirect("plans:edit", pk=plan.pk)
