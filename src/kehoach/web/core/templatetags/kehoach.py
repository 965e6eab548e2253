"""Template filters: dates as Vietnamese write them, status badges, severity names."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template
from django.utils import timezone

from kehoach.document.dates import format_long, format_short
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.models import DOC_TYPE_NAMES

register = template.Library()

SEVERITIES = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Gợi ý"}
ROLES = {"lead": "Chủ trì", "support": "Phối hợp"}


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@register.filter
def ngay(value: Any) -> str:
    """ "ngày 05 tháng 02 năm 2024"."""
    day = _as_date(value)
    return format_long(day) if day else ""


@register.filter
def ngay_ngan(value: Any) -> str:
    """ "05/02/2024"."""
    day = _as_date(value)
    return format_short(day) if day else ""


@register.filter
def gio(value: Any) -> str:
    """ "14:05 05/02/2024" in the site's time zone."""
    if not isinstance(value, datetime):
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{local:%H:%M} {format_short(local.date())}"


@register.filter
def severity_name(value: str) -> str:
    return SEVERITIES.get(value, value)


@register.filter
def role_name(value: str | None) -> str:
    return ROLES.get(value or "", "")


@register.filter
def get(mapping: Any, key: Any) -> Any:
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def at(items: Any, index: int) -> Any:
    """items[index], or None when there is no such item (a list of ids shorter than its texts)."""
    try:
        return items[index]
    except (IndexError, KeyError, TypeError):
        return None


@register.filter
def ho_ten(user: Any) -> str:
    """A person's full name in Vietnamese order, family name first ("Nguyễn Văn Soạn")."""
    if user is None or not hasattr(user, "get_username"):
        return ""
    return person_name(user)


@register.filter
def ten_loai(doc_type: str | None) -> str:
    """ "KH" -> "Kế hoạch", "QĐ" -> "Quyết định": the document type's name (Phụ lục III)."""
    return DOC_TYPE_NAMES.get(doc_type or "", doc_type or "Văn bản")


@register.filter
def fixable_count(findings: list[dict[str, object]]) -> int:
    """How many findings "Sửa tự động" can fix (the ones lint carries a certain edit for)."""
    return sum(1 for f in findings if f.get("fixable"))
