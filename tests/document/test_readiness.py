"""Gates of issuing at the document level, on plans written here in several shapes."""

from __future__ import annotations

from datetime import date

from kehoach.document.model import Assignment, Plan, Section, Signature
from kehoach.document.readiness import (
    blank_citations,
    issue_problems,
    missing_deadlines,
    missing_signer,
    unknown_units,
)

UNITS = ["Phòng Văn hóa - Xã hội", "Công an phường", "Các tổ dân phố"]
SIGNER = Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa")


def _plan(**fields) -> Plan:
    base = dict(
        title="Tuyên truyền phòng, chống ma túy năm 2026",
        preamble=[
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân thành phố."
        ],
        sections=[Section("I", "TỔ CHỨC THỰC HIỆN", ["Các đơn vị triển khai."])],
        assignments=[Assignment("Công an phường", "Chủ trì.", "lead", date(2026, 6, 30))],
        signature=SIGNER,
    )
    base.update(fields)
    return Plan(**base)


def test_a_clean_plan_may_be_issued():
    assert issue_problems(_plan(), UNITS) == []


def test_it_finds_a_citation_whose_number_was_left_blank():
    plan = _plan(
        preamble=["Thực hiện Kế hoạch số /KH-UBND ngày 10/3/2026 của Ủy ban nhân dân thành phố."]
    )
    [problem] = blank_citations(plan)
    assert problem.where == "preamble" and "số /KH-UBND" in problem.message


def test_it_finds_a_dotted_blank_number_inside_a_section():
    plan = _plan(
        sections=[Section("II", "NỘI DUNG", ["Theo Quyết định số ……/QĐ-UBND của Chủ tịch."])]
    )
    assert [p.code for p in blank_citations(plan)] == ["blank-citation"]


def test_a_numbered_citation_is_not_blank():
    plan = _plan(preamble=["Căn cứ Nghị định số 30/2020/NĐ-CP; Công văn số 215/UBND-VHXH."])
    assert blank_citations(plan) == []


def test_it_wants_a_signer_with_a_name():
    assert [p.code for p in missing_signer(_plan(signature=None))] == ["no-signer"]
    unnamed = Signature("TM.", "ỦY BAN NHÂN DÂN", None, "CHỦ TỊCH", None, None)
    assert missing_signer(_plan(signature=unnamed))


def test_it_refuses_a_unit_the_organisation_does_not_have():
    plan = _plan(assignments=[Assignment("Phòng Văn hoá Xã hội", deadline=date(2026, 5, 1))])
    [problem] = unknown_units(plan, UNITS)
    assert problem.where == "assignment-1" and "Phòng Văn hoá Xã hội" in problem.message


def test_it_accepts_a_unit_asked_politely_and_written_with_other_tone_marks():
    plan = _plan(
        assignments=[
            Assignment("Đề nghị Công an phường", deadline=date(2026, 5, 1)),
            Assignment("Phòng Văn hoá - Xã hội", deadline=date(2026, 5, 1)),
        ]
    )
    assert unknown_units(plan, UNITS) == []


def test_it_lists_every_assignment_without_deadline():
    plan = _plan(
        assignments=[
            Assignment("Công an phường", deadline=date(2026, 6, 1)),
            Assignment("Các tổ dân phố"),
            Assignment("Phòng Văn hóa - Xã hội"),
        ]
    )
    assert [p.where for p in missing_deadlines(plan)] == ["assignment-2", "assignment-3"]
