"""Reading .docx: body order with tables, line breaks, Word's automatic numbering."""

from __future__ import annotations

import io
import pickle
import zipfile

import pytest
from docx import Document

from kehoach.errors import InputError
from kehoach.read import load_bytes, parse
from kehoach.read.docx import Numbering

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _header_table_docx() -> bytes:
    document = Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 15/KH-UBND"
    table.cell(1, 1).text = "Hải An, ngày 05 tháng 3 năm 2026"
    document.add_paragraph("KẾ HOẠCH")
    title = document.add_paragraph("Tuyên truyền kỷ niệm")
    title.add_run().add_break()
    title.add_run("ngày thành lập Đảng năm 2026")
    document.add_paragraph("Thực hiện Kế hoạch số 92-KH/ĐU ngày 06/4/2026 của Đảng ủy phường.")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Tuyên truyền sâu rộng.")
    document.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("1. Phòng Văn hóa - Xã hội")
    document.add_paragraph("- Chủ trì tổ chức thực hiện Kế hoạch.")
    closing = document.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = "Nơi nhận:\n- Thường trực Đảng ủy;\n- Lưu: VT, VHXH."
    closing.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Quang Ngân"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_table_cells_come_in_body_order():
    lines = load_bytes(_header_table_docx(), "kh.docx").lines
    assert lines[:4] == [
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "Số: 15/KH-UBND",
        "Hải An, ngày 05 tháng 3 năm 2026",
    ]


def test_line_break_inside_a_paragraph_is_kept_as_a_newline():
    lines = load_bytes(_header_table_docx(), "kh.docx").lines
    assert "Tuyên truyền kỷ niệm\nngày thành lập Đảng năm 2026" in lines


def test_header_table_gives_issuer_number_place_and_date():
    plan = parse(load_bytes(_header_table_docx(), "kh.docx"))
    assert (plan.issuer, plan.number, plan.symbol, plan.place, plan.date.isoformat()) == (
        "Ủy ban nhân dân phường Hải An",
        "15",
        "KH-UBND",
        "Hải An",
        "2026-03-05",
    )
    assert plan.title == "Tuyên truyền kỷ niệm ngày thành lập Đảng năm 2026"


def test_closing_table_gives_recipients_archive_and_signature():
    plan = parse(load_bytes(_header_table_docx(), "kh.docx"))
    assert plan.recipients == ["Thường trực Đảng ủy"]
    assert plan.archive == ["VT", "VHXH"]
    assert (plan.signature.capacity, plan.signature.title, plan.signature.name) == (
        "KT.",
        "PHÓ CHỦ TỊCH",
        "Bùi Quang Ngân",
    )
    assert [a.unit for a in plan.assignments] == ["Phòng Văn hóa - Xã hội"]


NUMBERING = f"""<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
 <w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def _numbered(levels: list[int], text: str = "x") -> list[str]:
    paragraphs = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}{i}</w:t></w:r></w:p>"
        for i, level in enumerate(levels)
    )
    document = f'<w:document xmlns:w="{W}"><w:body>{paragraphs}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", NUMBERING)
    return load_bytes(buffer.getvalue(), "n.docx").lines


def test_automatic_numbers_are_written_out_as_word_shows_them():
    assert _numbered([0, 1, 2, 2, 3, 3, 4, 1, 0, 1]) == [
        "I. x0",
        "1. x1",
        "1.1. x2",
        "1.2. x3",
        "a) x4",
        "b) x5",
        "- x6",
        "2. x7",
        "II. x8",
        "1. x9",
    ]


def test_numbering_instance_unknown_gives_no_number():
    numbering = Numbering(None, {})
    assert numbering.label("3", 0) == ""


def test_docx_without_text_is_refused():
    buffer = io.BytesIO()
    Document().save(buffer)
    with pytest.raises(InputError, match="không có nội dung"):
        load_bytes(buffer.getvalue(), "trong.docx")


MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _textbox_docx() -> bytes:
    box = "<w:txbxContent><w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p><w:p><w:r><w:t>PHƯỜNG AN BIÊN</w:t></w:r></w:p></w:txbxContent>"
    drawing = (
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>"
    )
    body = f"<w:p><w:r>{drawing}</w:r><w:r><w:t>Số: 3/KH-UBND</w:t></w:r></w:p>"
    document = (
        f'<w:document xmlns:w="{W}" xmlns:mc="{MC}" xmlns:wps="{WPS}" '
        f'xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def test_text_box_paragraphs_are_lines_of_their_own_and_read_once():
    assert load_bytes(_textbox_docx(), "tb.docx").lines == [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG AN BIÊN",
        "Số: 3/KH-UBND",
    ]


def test_reading_leaves_the_parsed_xml_as_written_for_lint():
    source = load_bytes(_textbox_docx(), "tb.docx")
    document = source.package.document
    # the text box and its Fallback copy are still in the tree lint reads
    assert len(list(document.iter(f"{{{W}}}txbxContent"))) == 2
    assert len(list(document.iter(f"{{{MC}}}Fallback"))) == 1
    assert load_bytes(_textbox_docx(), "tb.docx").lines == source.lines  # and read the same again


def test_a_source_sent_to_another_process_leaves_its_parsed_xml_behind():
    source = load_bytes(_textbox_docx(), "tb.docx")
    copy = pickle.loads(pickle.dumps(source))
    assert copy.package is None and copy.lines == source.lines and copy.raw == source.raw
