"""What sits around the body survives parse → render → parse as the user wrote it: the "(Kèm theo ...)"
line under the title (centred, italic), căn cứ lines (italic), Nơi nhận purpose tags and a comma where a
semicolon belongs, "CỘNG HOÀ" in the motto, "*" points. A plan written for the test."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from kehoach.document.serialise import plan_from_dict, plan_to_dict
from kehoach.read import load_bytes, parse, parse_text
from kehoach.write.docx import render_docx

PLAN = """UBND TỈNH THANH HÓA
SỞ NỘI VỤ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-SNV
Thanh Hóa, ngày 15 tháng 9 năm 2025

KẾ HOẠCH
Tuyên truyền cải cách hành chính quý IV năm 2025
(Kèm theo Quyết định số 120/QĐ-SNV ngày 15/9/2025
của Giám đốc Sở Nội vụ)

Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh;
Sở Nội vụ ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
* Mục đích: nâng cao nhận thức.
* Yêu cầu: thiết thực, hiệu quả.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở: chủ trì thực hiện.

Nơi nhận:
- Bộ Nội vụ (để báo cáo);
- UBND tỉnh (B/c);
- Các phòng thuộc Sở (thực hiện),
- Lưu: VT, CCHC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Hùng
"""

NOTE = "(Kèm theo Quyết định số 120/QĐ-SNV ngày 15/9/2025 của Giám đốc Sở Nội vụ)"
LINES = ["Bộ Nội vụ (để báo cáo);", "UBND tỉnh (B/c);", "Các phòng thuộc Sở (thực hiện),"]


@pytest.fixture(scope="module")
def plan():
    return parse_text(PLAN)


@pytest.fixture(scope="module")
def rendered(plan):
    return render_docx(plan)


def _paragraph(data: bytes, text: str):
    document = docx.Document(io.BytesIO(data))
    return next(p for p in document.paragraphs if p.text.startswith(text))


def test_attachment_line_is_read_apart_from_the_preamble(plan):
    assert plan.attachment_note == NOTE
    assert plan.preamble[0].startswith("Căn cứ")


def test_recipients_are_names_and_their_lines_keep_what_was_written(plan):
    assert plan.recipients == ["Bộ Nội vụ", "UBND tỉnh", "Các phòng thuộc Sở"]
    assert plan.recipient_lines == LINES


def test_extensions_go_through_json(plan):
    back = plan_from_dict(plan_to_dict(plan))
    assert (back.attachment_note, back.recipient_lines, back.national) == (
        NOTE,
        LINES,
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    )


def test_attachment_line_renders_centred_italic_under_the_title(rendered):
    paragraph = _paragraph(rendered, "(Kèm theo")
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(run.italic for run in paragraph.runs)


def test_basis_lines_render_italic_and_the_others_upright(rendered):
    assert all(run.italic for run in _paragraph(rendered, "Căn cứ").runs)
    assert not any(run.italic for run in _paragraph(rendered, "Sở Nội vụ ban hành").runs)


def test_rendered_recipients_and_motto_are_as_written(rendered):
    cells = [
        p.text
        for table in docx.Document(io.BytesIO(rendered)).tables
        for cell in table._cells
        for p in cell.paragraphs
    ]
    assert [f"- {line}" for line in LINES] == [c for c in cells if c.startswith("- ")][:3]
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells


def test_parse_of_the_render_gives_the_same_fields(plan, rendered):
    back = parse(load_bytes(rendered, "plan.docx"))
    fields = ("attachment_note", "recipients", "recipient_lines", "national", "title", "preamble")
    assert {f: getattr(back, f) for f in fields} == {f: getattr(plan, f) for f in fields}
    assert back.sections[0].paragraphs == [
        "* Mục đích: nâng cao nhận thức.",
        "* Yêu cầu: thiết thực, hiệu quả.",
    ]


def test_an_edited_recipient_renders_in_the_standard_form(plan):
    edited = plan_from_dict(plan_to_dict(plan))
    edited.recipients[0] = "Văn phòng Chính phủ"
    cells = [
        p.text
        for table in docx.Document(io.BytesIO(render_docx(edited))).tables
        for cell in table._cells
        for p in cell.paragraphs
    ]
    assert "- Văn phòng Chính phủ;" in cells
