"""Appendices after the signature are read into the plan (label, title, note, text, tables) and render
back on their own pages; the corpus's appendices go through parse → render → parse unchanged."""

from __future__ import annotations

import io

import docx
import pytest

from conftest import corpus_files
from kehoach.read import load_bytes, parse, parse_text
from kehoach.write.docx import render_docx

PLAN = """UBND TỈNH NGHỆ AN
Số: 12/KH-UBND
Vinh, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Tuyên truyền năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa và Thể thao: chủ trì (chi tiết tại Phụ lục 01).

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn A

Phụ lục 01
DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN
(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh)

| TT | Hoạt động | Thời gian |
|----|-----------|-----------|
| 1 | Treo băng rôn | Tháng 3 |
| 2 | Phát thanh | Tháng 4 |

Biểu 02
SỐ LIỆU BÁO CÁO
Các đơn vị báo cáo trước ngày 30/11/2025.
"""


def test_labelled_appendices_are_read_with_their_tables():
    plan = parse_text(PLAN)
    assert [(a.number, a.title) for a in plan.appendices] == [
        ("Phụ lục 01", "DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN"),
        ("Biểu 02", "SỐ LIỆU BÁO CÁO"),
    ]
    first = plan.appendices[0]
    assert first.paragraphs[0].startswith("(Kèm theo Kế hoạch số 12/KH-UBND")
    assert first.tables[0].rows[1] == ["1", "Treo băng rôn", "Tháng 3"]
    assert plan.signature.name == "Lê Văn A"


def test_appendices_render_on_new_pages_and_read_back():
    plan = parse_text(PLAN)
    rendered = render_docx(plan)
    document = docx.Document(io.BytesIO(rendered))
    assert sum('w:type="page"' in p._p.xml for p in document.paragraphs) == 2
    back = parse(load_bytes(rendered, "plan.docx"))
    assert back.appendices == plan.appendices


def test_corpus_appendix_without_a_label_is_found_under_its_note():
    docs = [p for p in corpus_files("docx") if "Kiem-tra-cap-GCN" in p.name]
    if not docs:
        pytest.skip("../shared is absent")
    plan = parse(load_bytes(docs[0].read_bytes(), docs[0].name))
    assert plan.appendices[0].title.startswith("PHÂN CÔNG NHIỆM VỤ")
    assert plan.appendices[0].tables and plan.signature is not None


def test_a_bare_phu_luc_line_is_an_appendix_label():
    plan = parse_text(
        PLAN.split("Phụ lục 01\n")[0]
        + "Phụ lục\nMỘT SỐ NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2025)\n"
    )
    assert [(a.number, a.title) for a in plan.appendices] == [
        ("Phụ lục", "MỘT SỐ NHIỆM VỤ TRỌNG TÂM")
    ]
