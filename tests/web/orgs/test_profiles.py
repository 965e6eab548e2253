"""Organisations and units from the cascade's unit profiles (YAML)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from kehoach.web.orgs.models import Organisation
from kehoach.web.orgs.profiles import profile_of

PROFILES = Path(settings.KEHOACH_PROFILES_DIR)


def test_it_imports_an_organisation_and_its_units(db):
    call_command(
        "import_profile", str(PROFILES / "phuong-le-chan-hai-phong.yaml"), "--slug", "le-chan"
    )
    org = Organisation.objects.get(slug="le-chan")
    assert (org.name, org.kind, org.place) == ("Ủy ban nhân dân phường Lê Chân", "ward", "Lê Chân")
    assert "Phòng Văn hóa - Xã hội" in org.units.values_list("name", flat=True)


def test_it_imports_the_same_profile_twice_without_duplicates(db):
    path = str(PROFILES / "phuong-le-chan-hai-phong.yaml")
    call_command("import_profile", path, "--slug", "le-chan")
    count = Organisation.objects.get(slug="le-chan").units.count()
    call_command("import_profile", path, "--slug", "le-chan")
    assert Organisation.objects.get(slug="le-chan").units.count() == count


def test_it_gives_the_stored_profile_back_for_the_cascade(ward):
    assert profile_of(ward).lead.name == "Phòng Văn hóa - Xã hội"


def test_it_refuses_an_invalid_profile_with_its_message(db, tmp_path):
    bad = tmp_path / "hong.yaml"
    bad.write_text("name: Phường Hỏng\nlevel: vũ trụ\n", encoding="utf-8")
    with pytest.raises(CommandError, match="cấp 'vũ trụ' không hợp lệ"):
        call_command("import_profile", str(bad))
    assert not Organisation.objects.exists()
