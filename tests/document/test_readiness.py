"""Gates of issuing at the document level, on plans written here in several shapes."""

from __future__ import annotations

from datetime import date

from kehoach.document.model import Assignment, Plan, Section, Signature
from kehoach.document.readiness import (
    blank_citations,
    issue_problems,
    missing_deadlines,
    missing_signer,
    report_too_early,
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


def _report(title: str, *paragraphs: str) -> Plan:
    return _plan(
        doc_type="BC",
        title=title,
        preamble=["Kính gửi: Ủy ban nhân dân thành phố.", *paragraphs],
        assignments=[],
    )


def test_a_report_issued_before_its_period_ends_is_refused_with_what_to_do():
    report = _report("Kết quả 6 tháng đầu năm 2026 thực hiện công tác cải cách hành chính")
    problems = report_too_early(report, date(2026, 6, 20))
    assert [p.code for p in problems] == ["report-too-early"]
    assert "6 tháng đầu năm 2026" in problems[0].message
    assert "từ 30/06/2026 trở đi" in problems[0].message and "ước thực hiện" in problems[0].message
    assert problems == [p for p in issue_problems(report, UNITS, date(2026, 6, 20))]


def test_a_report_on_the_last_day_of_its_period_or_later_passes():
    report = _report("Kết quả tháng 2 năm 2028 thực hiện Kế hoạch số 03/KH-UBND")
    assert report_too_early(report, date(2028, 2, 29)) == []
    assert report_too_early(report, date(2028, 3, 2)) == []
    assert report_too_early(report, date(2028, 2, 28)) != []


def test_an_estimated_report_may_be_issued_before_the_period_ends():
    report = _report(
        "Kết quả quý IV năm 2025 thực hiện nhiệm vụ phòng cháy, chữa cháy",
        "Số liệu tính đến ngày 15/12/2025, ước thực hiện đến hết ngày 31/12/2025.",
    )
    assert report_too_early(report, date(2025, 12, 15)) == []


def test_the_date_of_a_cited_plan_in_the_title_is_not_the_period():
    report = _report(
        "Kết quả thực hiện Kế hoạch số 41/KH-UBND ngày 02 tháng 3 năm 2026 về vệ sinh môi trường"
    )
    assert report_too_early(report, date(2026, 3, 10)) == []


def test_the_report_own_date_is_used_when_no_issue_day_is_given():
    report = _report("Kết quả quý I năm 2027 thực hiện công tác dân số")
    assert report_too_early(report) == []  # not dated yet: the Văn thư picks the day
    dated = _report("Kết quả quý I năm 2027 thực hiện công tác dân số")
    dated.date = date(2027, 3, 1)
    assert report_too_early(dated) != []


def test_only_result_reports_are_held_to_their_period():
    plan = _plan(title="Kế hoạch tổ chức các hoạt động quý III năm 2026")
    assert report_too_early(plan, date(2026, 7, 2)) == []
