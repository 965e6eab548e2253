"""Calendar drafts: the ward's header, duties per unit kind dated from each event, a dated report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from cascade_helpers import ha_noi, hai_phong

from kehoach.calendar.commemorations import Occasion, occasions
from kehoach.cascade.occasions import occasions_draft, suggested
from kehoach.document.model import Plan


@cache
def _q2() -> list[Occasion]:
    return occasions(date(2025, 4, 1), date(2025, 6, 30), "hai-phong")


def _chosen() -> list[Occasion]:
    return [
        o for o in _q2() if o.commemoration.id in {"giai-phong-mien-nam", "giai-phong-hai-phong"}
    ]


@cache
def _draft() -> Plan:
    return occasions_draft(_chosen(), ["Khẩu hiệu"], hai_phong(), year=2025, quarter=2)


def _unit(name: str) -> str:
    """All the tasks the unit leads, as one text."""
    return " ".join(a.text for a in _draft().assignments if a.unit == name)


def _part(name: str) -> str:
    """The unit's item of TỔ CHỨC THỰC HIỆN, as one text."""
    organise = next(s for s in _draft().sections if s.title == "TỔ CHỨC THỰC HIỆN")
    return " ".join(next(c for c in organise.children if c.title.endswith(name)).paragraphs)


def test_the_header_is_the_wards() -> None:
    draft = _draft()
    profile = hai_phong()
    assert (draft.issuer, draft.place, draft.parent_issuer) == (
        profile.name,
        profile.place,
        profile.parent_issuer,
    )
    assert draft.signature == profile.signature and draft.archive == ["VT", "VHXH"]


def test_the_loudspeakers_go_to_the_unit_that_runs_them_dated_from_each_event() -> None:
    tasks = [
        a
        for a in _draft().assignments
        if a.unit == "Trung tâm Dịch vụ sự nghiệp công" and "loa truyền thanh" in a.text
    ]
    assert [(a.deadline, "Hải Phòng" in a.text) for a in tasks] == [
        (date(2025, 4, 23), False),  # a week before 30/04
        (date(2025, 5, 6), True),  # a week before 13/05
    ]
    part = _part("Trung tâm Dịch vụ sự nghiệp công")
    assert "đợt 1 từ ngày 23/04/2025; đợt 2 từ ngày 06/05/2025" in part


def test_banners_go_to_the_residential_groups() -> None:
    assert "băng rôn" in _unit("Các tổ dân phố") and "băng rôn" not in _unit("Công an phường")


def test_units_get_different_duties() -> None:
    texts = [a.text for a in _draft().assignments]
    assert len(set(texts)) == len(texts)


def test_every_task_is_dated_before_the_event_it_serves() -> None:
    dates = {o.commemoration.name: o.date for o in _chosen()}
    for task in _draft().assignments:
        served = [d for name, d in dates.items() if name in task.text]
        if served:
            assert task.deadline is not None and task.deadline < min(served)


def test_the_second_waves_banners_are_not_due_before_the_first_event() -> None:
    banners = [
        a for a in _draft().assignments if a.unit == "Các tổ dân phố" and "Hải Phòng" in a.text
    ]
    assert [a.deadline for a in banners] == [date(2025, 5, 9)]  # 13/05 less 2 days, a working day


def test_one_lead_per_item_and_a_dated_report() -> None:
    draft = _draft()
    names = {u.name for u in hai_phong().units}
    assert all(a.role == "lead" and a.unit in names for a in draft.assignments)
    assert all(set(a.partners) <= names - {a.unit} for a in draft.assignments)
    assert draft.assignments[0].unit == hai_phong().lead.name
    table = draft.appendices[-1].tables[0]
    assert [row[2] for row in table.rows[1:]] == [a.unit for a in draft.assignments]
    assert [row[4] for row in table.rows[1:]] == [
        f"Trước ngày {a.deadline:%d/%m/%Y}" for a in draft.assignments
    ]
    report = next(s for s in draft.sections if s.title == "CHẾ ĐỘ BÁO CÁO")
    assert all("trước ngày" in p for p in report.paragraphs)
    assert "báo cáo Ủy ban nhân dân thành phố Hải Phòng trước ngày" in report.paragraphs[1]


def test_a_profile_without_a_unit_kind_gives_its_duty_to_the_next_listed() -> None:
    draft = occasions_draft(_chosen(), [], ha_noi(), year=2025, quarter=2)
    names = {u.name for u in ha_noi().units}
    assert {a.unit for a in draft.assignments} == names


def test_the_localitys_own_commemorations_are_suggested() -> None:
    local = next(o for o in _q2() if o.commemoration.id == "chien-thang-bach-dang-1288")
    assert suggested(local, "hai-phong") and not suggested(local, "national")


def test_events_a_week_apart_or_less_make_one_wave_each_with_its_span() -> None:
    q1 = occasions(date(2026, 1, 1), date(2026, 3, 31), "hai-phong")
    chosen = [o for o in q1 if o.commemoration.id in {"ngay-thanh-lap-dang", "tet-nguyen-dan"}]
    chosen += [o for o in q1 if o.commemoration.id == "le-hoi-nu-tuong-le-chan"]
    draft = occasions_draft(chosen, [], hai_phong(), year=2026, quarter=1)
    content = next(s for s in draft.sections if s.number == "II")
    timing = next(c for c in content.children if c.title == "Thời gian tuyên truyền").paragraphs
    assert timing[0].startswith("- Đợt 1, từ ngày 27/01/2026 đến ngày 03/02/2026: Kỷ niệm 96 năm")
    assert timing[1].startswith("- Đợt 2, từ ngày 10/02/2026 đến ngày 17/02/2026: Tết Nguyên đán")
    assert timing[2].startswith("- Đợt 3, từ ngày 18/03/2026 đến ngày 25/03/2026: Lễ hội")


def test_the_ceremony_is_the_lead_units_with_security_and_health_beside_it() -> None:
    ceremony = next(a for a in _draft().assignments if "lễ kỷ niệm" in a.text)
    assert ceremony.unit == "Phòng Văn hóa - Xã hội"
    assert {"Công an phường", "Trạm Y tế phường"} <= set(ceremony.partners)
    assert "phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trung tâm" in _part(
        "Phòng Văn hóa - Xã hội"
    )


def test_the_body_does_not_speak_the_calendars_classes() -> None:
    content = next(s for s in _draft().sections if s.number == "II").children[0]
    text = " ".join(p for c in content.children for p in c.paragraphs)
    assert "năm tròn" not in text and "năm khác" not in text and "năm lẻ 5" not in text


def test_the_header_is_the_one_a_cascaded_draft_of_the_ward_gets() -> None:
    profile = replace(hai_phong(), named_after="person")
    draft = occasions_draft(_chosen(), [], profile, year=2025, quarter=2)
    assert draft.place == "Phường Lê Chân" and draft.symbol == "KH-UBND" and draft.number is None
    assert any(n.path == "Địa danh" for n in draft.review)


def test_purposes_are_numbered_paragraphs_and_a_festival_has_its_content() -> None:
    purposes = _draft().sections[0]
    assert purposes.paragraphs[0].startswith("1. Tuyên truyền sâu rộng") and not purposes.children
    q1 = occasions(date(2026, 1, 1), date(2026, 3, 31), "hai-phong")
    festival = [o for o in q1 if o.commemoration.id == "le-hoi-nu-tuong-le-chan"]
    draft = occasions_draft(festival, [], hai_phong(), year=2026, quarter=1)
    item = draft.sections[1].children[0].children[0]
    assert any("Lễ hội truyền thống Nữ tướng Lê Chân" in p for p in item.paragraphs[1:])


def test_a_festival_of_another_place_in_the_city_is_not_ticked_ours_is() -> None:
    q3 = occasions(date(2026, 7, 1), date(2026, 9, 30), "hai-phong")
    bulls = next(o for o in q3 if o.commemoration.id == "le-hoi-choi-trau-do-son")
    q1 = occasions(date(2026, 1, 1), date(2026, 3, 31), "hai-phong")
    ours = next(o for o in q1 if o.commemoration.id == "le-hoi-nu-tuong-le-chan")
    assert not suggested(bulls, "hai-phong", "Lê Chân") and suggested(bulls, "hai-phong", "Đồ Sơn")
    assert suggested(ours, "hai-phong", "Lê Chân")
    assert suggested(bulls, "hai-phong", "Lê Chân", own=["le-hoi-choi-trau-do-son"])
