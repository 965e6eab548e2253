"""Drafts left for the văn thư: a blank number and day; the month and year are kept and rendered back."""

from __future__ import annotations

import io

import docx

from kehoach.document.serialise import plan_from_dict, plan_to_dict
from kehoach.read import load_bytes, parse, parse_text
from kehoach.write.docx import render_docx

DRAFT = """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
Số:       /KH-SNV
Vinh, ngày       tháng 9 năm 2025

KẾ HOẠCH
Tuyên truyền cải cách hành chính quý IV năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở: chủ trì thực hiện.
"""


def test_blank_number_and_day_keep_symbol_month_and_year():
    plan = parse_text(DRAFT)
    assert (plan.number, plan.symbol, plan.date, plan.month, plan.year) == (
        None,
        "KH-SNV",
        None,
        9,
        2025,
    )


def test_month_is_a_json_extension_that_loads_back():
    data = plan_to_dict(parse_text(DRAFT))
    assert (data["date"], data["month"], data["year"]) == (None, 9, 2025)
    assert plan_from_dict(data).month == 9


def test_a_dated_plan_has_no_month_key():
    dated = DRAFT.replace("ngày       tháng 9", "ngày 05 tháng 9")
    assert "month" not in plan_to_dict(parse_text(dated))


def test_rendered_draft_keeps_the_blank_day_and_the_month():
    rendered = render_docx(parse_text(DRAFT))
    texts = [
        p.text
        for table in docx.Document(io.BytesIO(rendered)).tables[:1]
        for cell in table._cells
        for p in cell.paragraphs
    ]
    assert any(t.startswith("Vinh, ngày") and "tháng 9 năm 2025" in t for t in texts)
    back = parse(load_bytes(rendered, "draft.docx"))
    assert (back.number, back.date, back.month, back.year) == (None, None, 9, 2025)
