"""The assignment rows written into TỔ CHỨC THỰC HIỆN and Nơi nhận (one truth with the tasks)."""

from __future__ import annotations

from datetime import date

from kehoach.document.assigned import assignment_table, with_assignments
from kehoach.document.model import Assignment, Plan, Section


def _plan(children=None, assignments=None, recipients=None) -> Plan:
    return Plan(
        title="Tổ chức Tết Trồng cây năm 2026",
        sections=[
            Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Phát động sâu rộng."]),
            Section("II", "TỔ CHỨC THỰC HIỆN", children=list(children or [])),
        ],
        assignments=list(assignments or []),
        recipients=list(recipients or ["Ủy ban nhân dân thành phố (để báo cáo)"]),
    )


def test_a_unit_the_text_never_named_gets_its_own_item_with_role_and_deadline():
    plan = _plan(
        children=[Section("1", "Phòng Văn hóa - Xã hội", ["- Chủ trì tham mưu."])],
        assignments=[Assignment("Trạm Y tế phường", "Bảo đảm y tế.", "support", date(2026, 2, 20))],
    )
    tcth = with_assignments(plan).sections[1]
    added = tcth.children[-1]
    assert (added.number, added.title) == ("2", "Trạm Y tế phường")
    assert added.paragraphs == [
        "- Bảo đảm y tế.",
        "- Phối hợp thực hiện, hoàn thành trước ngày 20/02/2026.",
    ]


def test_a_named_unit_keeps_its_text_and_gains_only_what_it_lacked():
    plan = _plan(
        children=[Section("1", "Phòng Văn hóa - Xã hội", ["- Chủ trì, tham mưu tổ chức."])],
        assignments=[Assignment("Phòng Văn hóa - Xã hội", "", "lead", date(2026, 3, 1))],
    )
    child = with_assignments(plan).sections[1].children[0]
    assert child.paragraphs == [
        "- Chủ trì, tham mưu tổ chức.",
        "- Thời hạn hoàn thành: trước ngày 01/03/2026.",
    ]


def test_a_deadline_already_written_is_not_repeated():
    plan = _plan(
        children=[Section("1", "Đề nghị Công an phường", ["- Báo cáo trước ngày 15/4/2026."])],
        assignments=[Assignment("Công an phường", deadline=date(2026, 4, 15))],
    )
    assert with_assignments(plan).sections[1].children[0].paragraphs == [
        "- Báo cáo trước ngày 15/4/2026."
    ]


def test_every_assigned_unit_is_in_the_recipients_once():
    plan = _plan(
        assignments=[Assignment("Trạm Y tế phường"), Assignment("Công an phường")],
        recipients=["Công an phường", "Lưu trữ"],
    )
    assert with_assignments(plan).recipients == ["Công an phường", "Lưu trữ", "Trạm Y tế phường"]


def test_a_plan_without_the_section_gets_one_and_the_input_is_untouched():
    plan = Plan(
        title="Thông báo",
        sections=[Section("I", "NỘI DUNG", ["Một đoạn."])],
        assignments=[Assignment("Công an phường", "Bảo vệ.", "lead")],
    )
    result = with_assignments(plan)
    assert [s.title for s in result.sections] == ["NỘI DUNG", "TỔ CHỨC THỰC HIỆN"]
    assert result.sections[1].number == "II"
    assert len(plan.sections) == 1 and plan.recipients == []


def test_a_plan_with_the_assignment_table_gets_it_rewritten_from_the_rows():
    plan = _plan(
        assignments=[
            Assignment(
                "Công an phường", "Tuần tra.", "lead", date(2026, 3, 2), ["Trạm Y tế phường"]
            )
        ]
    )
    plan.appendices = [assignment_table(plan)]
    plan.assignments[0].partners = ["Phòng Văn hóa - Xã hội"]
    issued = with_assignments(plan)
    assert issued.appendices[0].tables[0].rows[1] == [
        "1",
        "Tuần tra.",
        "Công an phường",
        "Phòng Văn hóa - Xã hội",
        "Trước ngày 02/03/2026",
    ]
    assert "Phòng Văn hóa - Xã hội" in issued.recipients


def test_a_plan_without_the_table_gets_none():
    plan = _plan(
        assignments=[Assignment("Công an phường", "Tuần tra.", "lead", None, ["Trạm Y tế phường"])]
    )
    assert with_assignments(plan).appendices == []
