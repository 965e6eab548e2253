"""The draft decision that recalls or corrects an issued plan names it and keeps its signer."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.document.amendment import TO_WRITE, amendment_plan, citation
from kehoach.document.model import Plan, Signature

ISSUED = Plan(
    doc_type="KH",
    number="07",
    symbol="KH-UBND",
    date=date(2026, 2, 3),
    year=2026,
    issuer="Ủy ban nhân dân xã An Lão",
    place="An Lão",
    title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    recipients=["Ủy ban nhân dân huyện (để báo cáo)", "Các thôn"],
    archive=["VT", "VHXH"],
    signature=Signature("TM.", "ỦY BAN NHÂN DÂN", None, "CHỦ TỊCH", "CHỦ TỊCH", "Đỗ Văn Lâm"),
)


def test_it_cites_the_plan_with_number_date_and_issuer():
    assert (
        citation(ISSUED) == "Kế hoạch số 07/KH-UBND ngày 03/02/2026 của Ủy ban nhân dân xã An Lão"
    )


def test_a_recall_states_what_and_why():
    decision = amendment_plan(ISSUED, "recall", "trùng nội dung với Kế hoạch số 05/KH-UBND")
    assert decision.doc_type == "QĐ" and decision.number is None
    assert decision.title.startswith("Về việc thu hồi Kế hoạch số 07/KH-UBND ngày 03/02/2026")
    assert decision.sections[0].paragraphs == [
        "Lý do thu hồi: trùng nội dung với Kế hoạch số 05/KH-UBND."
    ]
    assert decision.signature == ISSUED.signature and decision.recipients[0] == "Như Điều 3"


def test_a_correction_leaves_the_corrected_words_to_write():
    decision = amendment_plan(ISSUED, "correct", "")
    assert decision.title.startswith("Về việc đính chính")
    assert decision.sections[0].paragraphs == [f"- {TO_WRITE}."]
    assert any(note.path == "sections[0]" for note in decision.review)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        amendment_plan(ISSUED, "cancel", "")
