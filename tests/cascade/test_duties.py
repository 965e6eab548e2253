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
