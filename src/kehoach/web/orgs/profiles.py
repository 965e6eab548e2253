"""Organisations from unit profiles (the cascade's YAML files), and the profile back for cascading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from kehoach.cascade import Profile, profile_from_dict
from kehoach.errors import InputError
from kehoach.web.core.db import atomic
from kehoach.web.orgs.models import Organisation, Unit

KINDS = {
    "phường": Organisation.Kind.WARD,
    "xã": Organisation.Kind.COMMUNE,
    "đặc khu": Organisation.Kind.COMMUNE,
}


def read_profile_file(path: Path) -> dict[str, Any]:
    """The YAML as plain JSON-able data, validated by the cascade's own rules; mapping made absolute."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(f"Không đọc được hồ sơ đơn vị {path}: {error}") from None
    profile_from_dict(data, where=str(path), base=path.parent)
    if isinstance(data.get("mapping"), str) and not Path(data["mapping"]).is_absolute():
        data["mapping"] = str((path.parent / data["mapping"]).resolve())
    return json.loads(json.dumps(data, default=str))


def profile_of(organisation: Organisation) -> Profile:
    """The organisation's profile for cascade(); InputError if it has none or it is invalid."""
    if not organisation.profile:
        raise InputError(
            f"{organisation.name} chưa có hồ sơ đơn vị (danh sách đơn vị, người ký); "
            "nhờ quản trị nhập hồ sơ trước khi tạo kế hoạch."
        )
    return profile_from_dict(organisation.profile, where=organisation.slug)


def import_profile(
    data: dict[str, Any], slug: str, parent: Organisation | None = None
) -> Organisation:
    """Create or update the organisation and its units from a profile; units not listed are kept."""
    profile = profile_from_dict(data, where=slug)
    with atomic():
        org, _ = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": profile.name,
                "kind": KINDS.get(profile.level, Organisation.Kind.WARD),
                "place": profile.place,
                "parent": parent,
                "parent_issuer": (profile.parent_issuer or profile.parent).upper(),
                "profile": data,
            },
        )
        for order, unit in enumerate(profile.units):
            Unit.objects.update_or_create(
                organisation=org,
                name=unit.name,
                defaults={"short_name": unit.id[:60], "kind": unit.kind[:40], "order": order},
            )
    return org
