"""Demo data: Hải Phòng with two wards (Lê Chân from its profile, Hải An derived from it), their units,
users for every role, and the five seeds as received plans. Running it again changes nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User

from kehoach.cascade import cascade
from kehoach.errors import InputError
from kehoach.lint import lint_source
from kehoach.read import load, parse
from kehoach.web.emulation.demo import demo_emulation
from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.orgs.profiles import import_profile, profile_of, read_profile_file
from kehoach.web.plans import services
from kehoach.web.plans.checks import as_dicts
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.demo import demo_reporting

log = logging.getLogger(__name__)
Role = Membership.Role
PASSWORD = "kehoach-demo-2025"
LE_CHAN_PROFILE = "phuong-le-chan-hai-phong.yaml"
SEED_HOMES = {
    "000": "le-chan",
    "001": "hai-an",
    "002": "le-chan",
    "003": "hai-an",
    "004": "le-chan",
}


@dataclass
class Login:
    username: str
    password: str
    who: str


def _replace(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_replace(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, old, new) for k, v in value.items()}
    return value


def _user(
    username: str, full_name: str, created: list[Login], who: str, staff: bool = False
) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        first, _, last = full_name.rpartition(" ")
        user = User.objects.create_user(
            username=username, password=PASSWORD, first_name=last, last_name=first
        )
        if staff:
            user.is_staff = user.is_superuser = True
            user.save()
    created.append(Login(username, PASSWORD, who))
    return user


def _member(user: User, org: Organisation, role: str, unit: Unit | None = None) -> None:
    Membership.objects.get_or_create(user=user, organisation=org, role=role, unit=unit)


def _seed_plans(ward: Organisation, drafter: User, stems: list[str]) -> int:
    added = 0
    for path in sorted(Path(settings.KEHOACH_SEEDS_DIR).glob("*.txt")):
        if path.name[:3] not in stems or ward.plans.filter(source_name=path.name).exists():
            continue
        source = load(path)
        document = parse(source)
        services.create_plan(
            ward,
            document,
            drafter,
            kind=Plan.Kind.UPPER,
            note=f"Dữ liệu mẫu {path.name}",
            action="plan.upload",
            source_name=path.name,
            source_kind=source.kind,
            source_lines=list(source.lines),
            source_findings=as_dicts(lint_source(source)),
        )
        added += 1
    return added


def _cascaded_draft(ward: Organisation, drafter: User) -> None:
    """One draft of our own, cascaded from the first received plan, so the editor has work."""
    if ward.plans.filter(kind=Plan.Kind.OWN).exists():
        return
    upper = ward.plans.filter(kind=Plan.Kind.UPPER).order_by("source_name").first()
    if upper is None:
        return
    try:
        draft = cascade(upper.document(), profile_of(ward))
    except InputError as error:
        log.warning("demo cascade skipped: %s", error)
        return
    services.create_plan(
        ward, draft, drafter, parent=upper, action="plan.cascade", note="Dữ liệu mẫu"
    )


def load_demo() -> list[Login]:
    logins: list[Login] = []
    city, _ = Organisation.objects.get_or_create(
        slug="hai-phong",
        defaults={
            "kind": Organisation.Kind.CITY,
            "name": "Ủy ban nhân dân thành phố Hải Phòng",
            "place": "Hải Phòng",
        },
    )
    le_chan_data = read_profile_file(Path(settings.KEHOACH_PROFILES_DIR) / LE_CHAN_PROFILE)
    wards = {
        "le-chan": import_profile(le_chan_data, "le-chan", parent=city),
        "hai-an": import_profile(
            _replace(le_chan_data, "Lê Chân", "Hải An"), "hai-an", parent=city
        ),
    }
    admin = _user("quantri", "Quản trị hệ thống", logins, "quản trị (trang /quan-tri/)", staff=True)
    viewer = _user(
        "thanhpho", "Trần Thị Theo Dõi", logins, "Sở/UBND thành phố: theo dõi các phường"
    )
    _member(viewer, city, Role.UPPER_VIEWER)
    del admin
    for slug, ward in wards.items():
        short = slug.replace("-", "")
        place = ward.place
        drafter = _user(
            f"{short}.soanthao", "Nguyễn Văn Soạn", logins, f"chuyên viên, phường {place}"
        )
        approver = _user(f"{short}.lanhdao", "Lê Thị Duyệt", logins, f"lãnh đạo, phường {place}")
        reporter = _user(
            f"{short}.baocao",
            "Phạm Văn Báo",
            logins,
            f"báo cáo của Trung tâm Dịch vụ, phường {place}",
        )
        clerk = _user(f"{short}.vanthu", "Trần Thị Thư", logins, f"văn thư, phường {place}")
        _member(drafter, ward, Role.DRAFTER)
        _member(approver, ward, Role.APPROVER)
        _member(clerk, ward, Role.CLERK)
        _member(reporter, ward, Role.REPORTER, ward.units.filter(short_name="ttdv").first())
        _seed_plans(ward, drafter, [k for k, v in SEED_HOMES.items() if v == slug])
        _cascaded_draft(ward, drafter)
        demo_reporting(ward)  # issue 8: the draft issued, its units' tasks and two reports
        logins += [Login(u, PASSWORD, who) for u, who in demo_emulation(ward)]  # issue 17: thi đua
    return logins
