"""Dossier documents: the achievement report writes itself from recorded work; the minutes carry
the secret ballot; the submission lists the proposals."""

from __future__ import annotations

import io
from datetime import date

import docx

from kehoach.emulation.council import Tally, decide
from kehoach.emulation.dossier import Proposal, achievement_report, minutes, render, submission
from kehoach.emulation.model import COLLECTIVE, AwardRecord, Nominee

MOVEMENT = "phong trào thi đua “Phường An Biên xanh - sạch - đẹp” năm 2026"


def text(plan) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(render(plan))).paragraphs]


def person() -> Proposal:
    nominee = Nominee(
        "lê thị bình",
        position="Công chức Văn hóa - Xã hội",
        initiative="Sổ tay điện tử tổ dân phố",
        rating="hoan_thanh_xuat_sac",
        achievements=["Tổ chức 12 buổi tuyên truyền"],
    )
    return Proposal(
        nominee, "chien_si_thi_dua_co_so", reports=["Phát thanh 20 buổi về 70 năm Ngày Giải phóng"]
    )


def test_individual_report_collects_own_lines_reports_initiative_and_history() -> None:
    history = [
        AwardRecord("Lê Thị Bình", "lao_dong_tien_tien", 2025, decision="Quyết định số 03/QĐ-UBND")
    ]
    plan = achievement_report(person(), MOVEMENT, 2026, history)
    assert [s.title for s in plan.sections] == [
        "SƠ LƯỢC LÝ LỊCH",
        "THÀNH TÍCH ĐẠT ĐƯỢC",
        "CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    ]
    lines = plan.sections[1].paragraphs
    assert "- Phát thanh 20 buổi về 70 năm Ngày Giải phóng." in lines
    assert "- Sáng kiến được công nhận: Sổ tay điện tử tổ dân phố." in lines
    assert plan.sections[2].tables[0].rows[1] == [
        "2025",
        "Lao động tiên tiến",
        "Quyết định số 03/QĐ-UBND",
    ]
    assert "Họ và tên: Lê Thị Bình." in text(plan)


def test_collective_report_states_its_members() -> None:
    nominee = Nominee(
        "Tổ dân phố số 4", kind=COLLECTIVE, unit="Phường An Biên", members=40, members_ldtt=30
    )
    plan = achievement_report(Proposal(nominee, "giay_khen"), MOVEMENT, 2026)
    assert plan.sections[0].title == "ĐẶC ĐIỂM, TÌNH HÌNH"
    assert "Tổng số người: 40" in plan.sections[0].paragraphs[1]
    assert plan.signature.title == "THỦ TRƯỞNG ĐƠN VỊ"


def test_minutes_record_the_ballot_and_the_result() -> None:
    passing = person()
    passing.result = decide(Tally(7, 6, 1), "chien_si_thi_dua_co_so")
    failing = Proposal(
        Nominee("Trần Văn An"), "giay_khen", result=decide(Tally(7, 3, 4), "giay_khen")
    )
    plan = minutes(
        "Ủy ban nhân dân phường An Biên", MOVEMENT, date(2026, 12, 1), 7, 6, [passing, failing]
    )
    rows = plan.sections[1].tables[0].rows
    assert rows[1][-3:] == ["6", "1", "Đạt"] and rows[2][-3:] == ["3", "4", "Không đạt"]
    assert "1/2 tập thể, cá nhân" in plan.sections[2].paragraphs[0]
    assert "BIÊN BẢN" in text(plan)


def test_submission_lists_the_proposals() -> None:
    plan = submission(
        "Trường Tiểu học An Biên",
        "Chủ tịch Ủy ban nhân dân phường An Biên",
        MOVEMENT,
        2026,
        [person()],
    )
    assert plan.sections[0].tables[0].rows[1][1] == "Lê Thị Bình"
    assert "TỜ TRÌNH" in text(plan)
