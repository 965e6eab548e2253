"""How a person is named on pages, documents and messages: the full name, family name first; for an
account whose name was never filled in, who they are in the office ("Cán bộ Phòng Văn hóa - Xã hội
(chưa khai báo họ tên)"), never the login, which is a password's other half and means nothing to a
reader."""

from __future__ import annotations

from typing import Any

from django.db import InterfaceError, OperationalError

from kehoach.web.orgs.models import Membership, Organisation

Role = Membership.Role
# the role a nameless person is described by when they have several, most senior first
PRECEDENCE = [Role.APPROVER, Role.CLERK, Role.DRAFTER, Role.REPORTER, Role.UPPER_VIEWER]
NOUNS = {
    Role.APPROVER: "Lãnh đạo",
    Role.CLERK: "Văn thư",
    Role.DRAFTER: "Chuyên viên",
    Role.REPORTER: "Cán bộ",
    Role.UPPER_VIEWER: "Cán bộ theo dõi",
}
UNNAMED = "chưa khai báo họ tên"
_CACHE = "_kehoach_unnamed_label"


def full_name(user: Any) -> str:
    """The declared name, family name first ("Nguyễn Văn Soạn"); "" when none was declared."""
    parts = (getattr(user, "last_name", ""), getattr(user, "first_name", ""))
    return " ".join(" ".join(part.split()) for part in parts if part and part.strip())


def _office(organisation: Organisation) -> str:
    """ "phường Lê Chân": how colleagues say where an office member works."""
    if not organisation.place:
        return organisation.name
    return f"{organisation.get_kind_display().lower()} {organisation.place}"


def unnamed_label(user: Any) -> str:
    """ "Cán bộ Phòng Văn hóa - Xã hội (chưa khai báo họ tên)", "Lãnh đạo phường Lê Chân (chưa khai
    báo họ tên)": the role and the unit (or office) of an account without a name; one query,
    remembered on the user object."""
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return str(cached)
    try:
        memberships = list(
            Membership.objects.filter(user_id=user.pk).select_related("unit", "organisation")
        )
    except (OperationalError, InterfaceError):  # the database is down: the 503 page names no one
        return f"Cán bộ ({UNNAMED})"
    memberships.sort(key=lambda m: (PRECEDENCE.index(m.role) if m.role in PRECEDENCE else 99, m.pk))
    if memberships:
        first = memberships[0]
        where = first.unit.name if first.unit else _office(first.organisation)
        label = f"{NOUNS.get(first.role, 'Cán bộ')} {where} ({UNNAMED})"
    else:
        label = f"Cán bộ ({UNNAMED})"
    setattr(user, _CACHE, label)
    return label


def person_name(user: Any) -> str:
    """The name as Vietnamese write it, family name first; never the login."""
    return full_name(user) or unnamed_label(user)
