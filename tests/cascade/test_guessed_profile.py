"""A profile guessed from an organisation's record: level, locality and unit kinds from their names."""

from __future__ import annotations

from kehoach.cascade.guessed_profile import guessed_profile


def _profile():
    return guessed_profile(
        "Ủy ban nhân dân xã Tiên Lãng",
        place="Tiên Lãng",
        parent="Ủy ban nhân dân thành phố Hải Phòng",
        unit_names=[
            "Văn phòng HĐND và UBND xã",
            "Phòng Văn hóa - Xã hội",
            "Công an xã",
            "Trạm Y tế xã",
            "Ủy ban MTTQ Việt Nam xã",
            "Ban Quản lý chợ",
            "Các thôn",
        ],
        scope="hai-phong",
    )


def test_level_and_locality_come_from_the_issuers_name() -> None:
    profile = _profile()
    assert (profile.level, profile.locality, profile.area) == ("xã", "Tiên Lãng", "xã Tiên Lãng")


def test_units_get_the_ids_of_their_kind() -> None:
    ids = {u.name: (u.id, u.kind) for u in _profile().units}
    assert ids["Công an xã"] == ("cong-an", "office")
    assert ids["Trạm Y tế xã"] == ("tram-y-te", "office")
    assert ids["Ủy ban MTTQ Việt Nam xã"] == ("mttq", "request")
    assert ids["Các thôn"] == ("tdp", "community")
    assert ids["Ban Quản lý chợ"][0].startswith("don-vi-")


def test_the_culture_unit_leads_and_the_signer_is_left_blank() -> None:
    profile = _profile()
    assert profile.lead.name == "Phòng Văn hóa - Xã hội" and profile.drafter == "VHXH"
    assert profile.signature.name is None and profile.signature.title == "PHÓ CHỦ TỊCH"


def test_an_organisation_without_units_still_has_a_lead() -> None:
    profile = guessed_profile(
        "Ủy ban nhân dân phường An Biên", place=None, parent=None, unit_names=[]
    )
    assert profile.lead.name and profile.place == "An Biên"
