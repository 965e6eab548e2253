"""Calendar drafts: the ward's header, duties per unit kind dated from each event, a dated report."""

from __future__ import annotations

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
    return next(a.text for a in _draft().assignments if a.unit == name)


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
    text = _unit("Trung tâm Dịch vụ sự nghiệp công")
    assert "loa truyền thanh" in text
    assert "50 năm Ngày Giải phóng miền Nam, thống nhất đất nước từ ngày 23/04/2025" in text
    assert "70 năm Ngày giải phóng Hải Phòng từ ngày 06/05/2025" in text


def test_banners_go_to_the_residential_groups() -> None:
    assert "băng rôn" in _unit("Các tổ dân phố") and "băng rôn" not in _unit("Công an phường")


def test_units_get_different_duties() -> None:
    texts = [a.text for a in _draft().assignments]
    assert len(set(texts)) == len(texts)


def test_every_assignment_is_dated_before_its_first_event() -> None:
    first = min(o.date for o in _chosen())
    assert all(a.deadline and a.deadline < first for a in _draft().assignments)


def test_one_lead_per_item_and_a_dated_report() -> None:
    draft = _draft()
    names = {u.name for u in hai_phong().units}
    assert all(a.role == "lead" and a.unit in names for a in draft.assignments)
    assert all(set(a.partners) <= names - {a.unit} for a in draft.assignments)
    assert draft.assignments[0].unit == hai_phong().lead.name
    table = draft.appendices[-1].tables[0]
    assert [row[2] for row in table.rows[1:]] == [a.unit for a in draft.assignments]
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
