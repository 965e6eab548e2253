"""Inherited duties made into tasks: a lead-in opens its items; a duty given to two bodies has one lead."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cascade_helpers import hai_phong

from kehoach.cascade import cascade
from kehoach.cascade.assignments import Placed
from kehoach.cascade.duties import join_lead_ins
from kehoach.document.model import Plan
from kehoach.document.text import fold
from kehoach.read import read_plan

PLANS = Path(__file__).parent / "plans"


@cache
def _disaster() -> Plan:
    """A city plan whose TỔ CHỨC THỰC HIỆN reads "1. Giao Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp
    với ...:" over items a), b), c)."""
    return cascade(read_plan(PLANS / "thanhpho-thien-tai.txt"), hai_phong())


def test_the_lead_in_opens_each_item_of_its_assignment() -> None:
    duties = [
        Placed("Chủ trì, phối hợp với Công an phường:", "Kế thừa (mục 1)"),
        Placed("Xây dựng kế hoạch huy động lực lượng.", "Kế thừa (mục 1)"),
        Placed("Tổ chức diễn tập.", "Kế thừa (mục 2)"),
    ]
    texts = [d.text for d in join_lead_ins(duties, [])]
    assert texts == [
        "Chủ trì, phối hợp với Công an phường xây dựng kế hoạch huy động lực lượng.",
        "Tổ chức diễn tập.",
    ]


def test_a_lead_in_that_only_names_a_unit_is_dropped() -> None:
    duties = [Placed("Trạm Y tế phường:", "(mục 4)"), Placed("Đưa tin.", "(mục 4)")]
    assert [d.text for d in join_lead_ins(duties, ["Trạm Y tế phường"])] == ["Đưa tin."]


def test_no_task_of_the_draft_is_a_bare_lead_in() -> None:
    assert not [a.text for a in _disaster().assignments if a.text.rstrip().endswith(":")]
    military = [a for a in _disaster().assignments if a.unit == "Ban Chỉ huy Quân sự phường"]
    assert any(
        a.text.startswith(
            "Chủ trì, phối hợp với Công an phường và các đơn vị liên quan xây dựng kế hoạch"
        )
        and "Công an phường" in a.partners
        for a in military
    )


def test_a_duty_given_to_two_upper_bodies_has_one_lead_and_the_other_supports() -> None:
    news = [a for a in _disaster().assignments if a.text.startswith("Đưa tin kịp thời")]
    assert [(a.unit, a.partners) for a in news] == [
        ("Trung tâm Dịch vụ sự nghiệp công", ["Phòng Văn hóa - Xã hội"])
    ]


def test_a_unit_is_not_told_to_direct_itself() -> None:
    """A city Sở Y tế's dengue plan asks the communes to "Chỉ đạo Trạm Y tế phối hợp các đoàn thể tổ chức
    chiến dịch diệt bọ gậy": the Trạm Y tế phường's task is the work itself."""
    draft = cascade(read_plan(PLANS / "thanhpho-so-y-te-sot-xuat-huyet.txt"), hai_phong())
    tasks = [a.text for a in draft.assignments if a.unit == "Trạm Y tế phường"]
    assert "Phối hợp các đoàn thể tổ chức chiến dịch diệt bọ gậy." in tasks
    assert not any(fold(text).startswith("chi dao tram y te") for text in tasks)


@cache
def _youth_month() -> Plan:
    """A province's youth-month plan of ours: "Sở … phối hợp với Tỉnh đoàn tổ chức …", the communes told to
    "Chỉ đạo Đoàn Thanh niên cấp xã …", "Công an xã phối hợp với Đoàn Thanh niên tổ chức …"."""
    return cascade(read_plan(PLANS / "tinh-thang-thanh-nien.txt"), hai_phong())


def test_a_mass_organisation_is_coordinated_not_directed() -> None:
    texts = [a.text for a in _youth_month().assignments]
    assert (
        "Phối hợp với Đoàn Thanh niên phường tổ chức dọn vệ sinh môi trường tại các tổ dân phố."
        in texts
    )
    assert not any(
        fold(t).startswith(("chi dao doan", "chi dao hoi", "yeu cau hoi")) for t in texts
    )


def test_a_unit_named_as_the_place_of_the_work_is_neither_lead_nor_partner() -> None:
    """ "Phối hợp với Đoàn Thanh niên phường tổ chức dọn vệ sinh môi trường tại các tổ dân phố": the
    unit whose part holds it leads; the tổ dân phố are where the work is done."""
    clean_up = [a for a in _youth_month().assignments if "dọn vệ sinh" in a.text]
    assert [(a.unit, a.partners) for a in clean_up] == [("Phòng Kinh tế, Hạ tầng và Đô thị", [])]


def test_the_front_works_with_its_member_organisations() -> None:
    front = [a.text for a in _youth_month().assignments if a.unit.startswith("Ủy ban Mặt trận")]
    assert any(t.startswith("Phối hợp với Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh") for t in front)


def test_a_body_that_works_with_another_leads_the_work() -> None:
    """ "Sở Y tế phối hợp với Hội Chữ thập đỏ tỉnh tổ chức Ngày hội hiến máu": the Trạm Y tế leads it."""
    blood = [a for a in _youth_month().assignments if "hiến máu" in a.text]
    assert [(a.unit, a.text.split(" phối hợp")[0]) for a in blood] == [
        ("Trạm Y tế phường", "Chủ trì,")
    ]


def test_a_duty_does_not_open_with_its_own_unit() -> None:
    patrol = [a for a in _youth_month().assignments if "tuần tra" in a.text]
    assert [(a.unit, a.text[:40]) for a in patrol] == [
        ("Công an phường", "Chủ trì, phối hợp với Đoàn Thanh niên tổ")
    ]


def test_a_mass_organisation_told_to_direct_itself_does_the_work() -> None:
    """ "Chỉ đạo Mặt trận các cấp vận động nhân dân …" given to the ward's Front: "Vận động nhân dân …"."""
    draft = cascade(read_plan(PLANS / "tinh-ma-tuy.txt"), hai_phong())
    front = [a.text for a in draft.assignments if a.unit.startswith("Ủy ban Mặt trận")]
    assert "Vận động nhân dân tố giác tội phạm ma túy." in front
