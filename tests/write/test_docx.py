"""The rendered .docx read back as XML: every layout rule of nd30-rules.md that the renderer promises."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
from docx_xml import (
    NS,
    Package,
    attr,
    cell_paragraphs,
    is_bold,
    is_italic,
    run_size,
    runs,
    text,
    texted,
)

from conftest import ROOT
from kehoach.errors import InputError
from kehoach.write.authoring import load_plan_and_header
from kehoach.write.docx import heading_label, render_docx, with_end_marker
from kehoach.write.header import Header
from kehoach.write.layout import PROFILES, Margins

EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"
TNR = "Times New Roman"
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def _render(profile: str = "13/14", path: Path = EXAMPLE, **changes: object) -> Package:
    plan, header = load_plan_and_header(path)
    for key, value in changes.items():
        setattr(plan, key, value)
    return Package.of(render_docx(plan, header, profile))


@pytest.fixture(scope="module", params=sorted(PROFILES))
def rendered(request: pytest.FixtureRequest) -> tuple[Package, str]:
    return _render(request.param), request.param


def _sizes(paragraph) -> set[int | None]:
    return {run_size(r) for r in runs(paragraph)}


def test_page_is_a4_portrait(rendered):
    package, _ = rendered
    size = package.body.find("w:sectPr/w:pgSz", NS)
    assert (attr(size, "w"), attr(size, "h")) == ("11906", "16838")
    assert attr(size, "orient") in (None, "portrait")


def test_default_margins_are_20_20_30_15_mm(rendered):
    package, _ = rendered
    margins = package.body.find("w:sectPr/w:pgMar", NS)
    assert [attr(margins, k) for k in ("top", "bottom", "left", "right")] == [
        "1134", "1134", "1701", "850",
    ]  # fmt: skip


def test_margins_follow_the_header_within_the_decree_ranges():
    plan, _ = load_plan_and_header(EXAMPLE)
    header = Header(margins=Margins(top=25, bottom=20, left=35, right=20))
    margins = Package.of(render_docx(plan, header)).body.find("w:sectPr/w:pgMar", NS)
    assert [attr(margins, k) for k in ("top", "left", "right")] == ["1417", "1984", "1134"]


def test_margins_outside_the_ranges_are_refused():
    plan, _ = load_plan_and_header(EXAMPLE)
    with pytest.raises(InputError, match="lề trái 25 mm"):
        render_docx(plan, Header(margins=Margins(left=25)))


def test_unknown_profile_is_refused():
    plan, _ = load_plan_and_header(EXAMPLE)
    with pytest.raises(InputError, match="13/14"):
        render_docx(plan, profile="11/12")


def test_times_new_roman_fills_every_font_slot_in_defaults_and_styles(rendered):
    package, _ = rendered
    styles = package.parts["word/styles.xml"]
    holders = styles.findall("w:docDefaults/w:rPrDefault/w:rPr", NS) + styles.findall(
        "w:style/w:rPr", NS
    )
    assert len(holders) >= 4
    for holder in holders:
        fonts = holder.find("w:rFonts", NS)
        assert [attr(fonts, slot) for slot in SLOTS] == [TNR] * 4


def test_no_run_names_another_font(rendered):
    package, _ = rendered
    for name, part in package.parts.items():
        for fonts in part.iter(f"{{{NS['w']}}}rFonts"):
            assert {attr(fonts, slot) for slot in SLOTS} == {TNR}, name


def test_header_table_has_two_columns_two_rows_and_no_borders(rendered):
    package, _ = rendered
    table = package.tables()[0]
    assert package.body[0] is table
    assert len(table.findall("w:tblGrid/w:gridCol", NS)) == 2
    assert len(table.findall("w:tr", NS)) == 2
    borders = table.find("w:tblPr/w:tblBorders", NS)
    assert {attr(b, "val") for b in borders} == {"none"}
    assert len(borders) == 6
    right = int(attr(table.findall("w:tblGrid/w:gridCol", NS)[1], "w"))
    assert right >= 5670  # 10 cm keeps a 13 pt Quốc hiệu on one line


def test_national_name_and_motto_are_bold_at_the_profile_sizes(rendered):
    package, name = rendered
    sizes = PROFILES[name]
    national, motto = texted(cell_paragraphs(package.tables()[0], 0, 1))
    assert text(national) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert text(motto) == "Độc lập - Tự do - Hạnh phúc"
    assert all(is_bold(r) for r in runs(national) + runs(motto))
    assert _sizes(national) == {sizes.national} and _sizes(motto) == {sizes.motto}
    assert sizes.motto == sizes.national + 2  # the footnote: Tiêu ngữ one point above Quốc hiệu


def test_lines_under_the_motto_and_the_issuer(rendered):
    package, _ = rendered
    table = package.tables()[0]
    for column in (0, 1):
        last = cell_paragraphs(table, 0, column)[-1]
        assert text(last) == ""
        assert attr(last.find("w:pPr/w:pBdr/w:bottom", NS), "val") == "single"


def test_parent_issuer_is_plain_and_issuer_is_bold_upper_case(rendered):
    package, name = rendered
    parent, *issuer = texted(cell_paragraphs(package.tables()[0], 0, 0))
    assert text(parent) == "UBND QUẬN LÊ CHÂN" and not any(is_bold(r) for r in runs(parent))
    assert [text(p) for p in issuer] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN BIÊN"]
    assert all(is_bold(r) for p in issuer for r in runs(p))
    assert all(_sizes(p) == {PROFILES[name].issuer} for p in [parent, *issuer])


def test_blank_number_and_date_sit_on_the_same_row(rendered):
    package, name = rendered
    table = package.tables()[0]
    number = texted(cell_paragraphs(table, 1, 0))
    place_date = texted(cell_paragraphs(table, 1, 1))
    assert [text(p) for p in number] == ["Số:     /KH-UBND"]
    assert [text(p) for p in place_date] == ["An Biên, ngày     tháng     năm 2025"]
    assert all(is_italic(r) and not is_bold(r) for r in runs(place_date[0]))
    assert _sizes(place_date[0]) == {PROFILES[name].place_date}
    assert _sizes(number[0]) == {26}


def test_number_and_date_written_when_known():
    package = _render(number="05", date=date(2025, 1, 6))
    table = package.tables()[0]
    assert text(texted(cell_paragraphs(table, 1, 0))[0]) == "Số: 05/KH-UBND"
    assert text(texted(cell_paragraphs(table, 1, 1))[0]) == "An Biên, ngày 06 tháng 01 năm 2025"


def test_doc_name_and_title_are_bold_centred_with_a_line(rendered):
    package, name = rendered
    doc_name, title, rule = package.body_paragraphs()[:3]
    assert text(doc_name) == "KẾ HOẠCH"
    assert text(title).startswith("Tổ chức các hoạt động tuyên truyền")
    for paragraph in (doc_name, title):
        assert attr(paragraph.find("w:pPr/w:jc", NS), "val") == "center"
        assert all(is_bold(r) for r in runs(paragraph))
        assert _sizes(paragraph) == {PROFILES[name].title}
    assert attr(rule.find("w:pPr/w:pBdr/w:bottom", NS), "val") == "single"


def _body(package: Package):
    return package.body_paragraphs()[3:]


def test_body_is_justified_indented_1_cm_spaced_6_pt_at_body_size(rendered):
    package, name = rendered
    body = _body(package)
    assert len(body) > 30
    for paragraph in body:
        ppr = paragraph.find("w:pPr", NS)
        assert attr(ppr.find("w:jc", NS), "val") == "both"
        assert attr(ppr.find("w:ind", NS), "firstLine") == "567"
        spacing = ppr.find("w:spacing", NS)
        assert int(attr(spacing, "before")) >= 120
        assert 240 <= int(attr(spacing, "line")) <= 360 and attr(spacing, "lineRule") == "auto"
        assert _sizes(paragraph) == {PROFILES[name].body}


def test_headings_follow_the_levels(rendered):
    package, _ = rendered
    by_text = {text(p): p for p in _body(package)}
    roman = by_text["I. MỤC ĐÍCH, YÊU CẦU"]
    arabic = by_text["1. Mục đích"]
    dotted = next(p for t, p in by_text.items() if t.startswith("1.1. Kỷ niệm 95 năm"))
    plain = next(p for t, p in by_text.items() if t.startswith("- Truyền thống vẻ vang"))
    assert all(is_bold(r) and not is_italic(r) for r in runs(roman) + runs(arabic))
    assert all(is_bold(r) and is_italic(r) for r in runs(dotted))
    assert not any(is_bold(r) or is_italic(r) for r in runs(plain))
    assert roman.find("w:pPr/w:keepNext", NS) is not None


def test_last_body_paragraph_ends_with_the_end_marker(rendered):
    package, _ = rendered
    body = _body(package)
    assert text(body[-1]).endswith("để tổng hợp./.")
    assert sum(text(p).endswith("./.") for p in body) == 1


def test_end_marker_is_added_when_the_plan_lacks_it():
    package = _render(closing=["Trên đây là Kế hoạch của phường."])
    assert text(_body(package)[-1]) == "Trên đây là Kế hoạch của phường./."


def test_recipients_label_list_and_archive_line(rendered):
    package, _ = rendered
    label, *items = texted(cell_paragraphs(package.tables()[1], 0, 0))
    assert text(label) == "Nơi nhận:"
    assert all(is_bold(r) and is_italic(r) for r in runs(label)) and _sizes(label) == {24}
    assert [text(p) for p in items[:2]] == [
        "- Phòng Văn hóa và Thông tin quận;",
        "- Thường trực Đảng ủy, HĐND phường;",
    ]
    assert all(text(p).endswith(";") for p in items[:-1])
    assert text(items[-1]) == "- Lưu: VT, VHXH."
    assert all(_sizes(p) == {22} for p in items)


def test_signature_block_is_bold_upper_case_with_room_to_sign(rendered):
    package, name = rendered
    paragraphs = cell_paragraphs(package.tables()[1], 0, 1)
    lines = [text(p) for p in paragraphs]
    assert [t for t in lines if t] == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Minh",
    ]  # fmt: skip
    assert lines.index("Trần Văn Minh") - lines.index("PHÓ CHỦ TỊCH") >= 4
    for paragraph in texted(paragraphs):
        assert all(is_bold(r) for r in runs(paragraph))
        assert _sizes(paragraph) == {PROFILES[name].signature}
        assert attr(paragraph.find("w:pPr/w:jc", NS), "val") == "center"


def test_page_number_field_on_pages_after_the_first(rendered):
    package, name = rendered
    sect = package.body.find("w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    refs = {
        attr(ref, "type"): ref.get(f"{{{NS['r']}}}id")
        for ref in sect.findall("w:headerReference", NS)
    }
    rels = package.parts["word/_rels/document.xml.rels"]
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    default = package.parts["word/" + targets[refs["default"]]]
    first = package.parts["word/" + targets[refs["first"]]]
    assert "PAGE" in "".join(t.text for t in default.iter(f"{{{NS['w']}}}instrText"))
    assert attr(default.find("w:p/w:pPr/w:jc", NS), "val") == "center"
    assert {run_size(r) for r in default.findall("w:p/w:r", NS)} == {PROFILES[name].page_number}
    assert not list(first.iter(f"{{{NS['w']}}}instrText")) and "".join(first.itertext()) == ""


def test_profiles_change_the_body_size():
    large = _render("13/14")
    small = _render("12/13")
    assert _sizes(_body(large)[0]) == {28} and _sizes(_body(small)[0]) == {26}


def test_same_plan_gives_the_same_bytes():
    plan, header = load_plan_and_header(EXAMPLE)
    assert render_docx(plan, header) == render_docx(plan, header)


def test_text_with_markup_characters_is_escaped():
    package = _render(title='Kế hoạch <thử> & "kiểm tra"')
    assert text(package.body_paragraphs()[1]) == 'Kế hoạch <thử> & "kiểm tra"'


def test_python_docx_opens_the_package_and_sees_the_text():
    plan, header = load_plan_and_header(EXAMPLE)
    document = docx.Document(io.BytesIO(render_docx(plan, header)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "KẾ HOẠCH"
    assert document.tables[0].cell(0, 1).paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert round(section.left_margin.mm) == 30


def test_drafter_code_ends_the_archive_line():
    plan, header = load_plan_and_header(EXAMPLE)
    assert header is not None
    header.drafter = "Hg.(05)"
    package = Package.of(render_docx(plan, header))
    *_, last = texted(cell_paragraphs(package.tables()[1], 0, 0))
    assert text(last) == "- Lưu: VT, VHXH, Hg.(05)."


def test_heading_whose_text_runs_on_stays_one_paragraph():
    from_yaml, header = load_plan_and_header(EXAMPLE)
    section = from_yaml.sections[1].children[2]
    section.title, section.paragraphs = "Phạm vi", ["triển khai trên toàn phường."]
    package = Package.of(render_docx(from_yaml, header))
    paragraph = next(p for p in _body(package) if text(p).startswith("3. Phạm vi"))
    assert text(paragraph) == "3. Phạm vi: triển khai trên toàn phường."
    lead, rest = runs(paragraph)
    assert is_bold(lead) and not is_bold(rest)


def test_point_after_a_heading_is_not_run_in():
    from_yaml, header = load_plan_and_header(EXAMPLE)
    section = from_yaml.sections[1].children[2]
    section.paragraphs = ["a) Đợt một.", "b) Đợt hai."]
    package = Package.of(render_docx(from_yaml, header))
    texts = [text(p) for p in _body(package)]
    assert texts[texts.index("3. Thời gian tuyên truyền") + 1] == "a) Đợt một."


def test_numbered_sentence_without_body_is_not_bold():
    package = _render()
    slogan = next(p for p in _body(package) if text(p).startswith("- Mừng Đảng quang vinh"))
    assert not any(is_bold(r) for r in runs(slogan))
    plan, header = load_plan_and_header(EXAMPLE)
    plan.sections[0].children[0].children = []
    plan.sections[0].children[0].paragraphs = []
    plan.sections[0].children[0].title = "Tuyên truyền sâu rộng truyền thống của Đảng."
    paragraph = next(
        p for p in _body(Package.of(render_docx(plan, header))) if text(p).startswith("1. Tuyên")
    )
    assert not any(is_bold(r) for r in runs(paragraph))
    assert paragraph.find("w:pPr/w:keepNext", NS) is None


def test_header_table_keeps_its_columns_with_wide_margins():
    plan, _ = load_plan_and_header(EXAMPLE)
    header = Header(margins=Margins(top=25, bottom=20, left=35, right=20))
    table = Package.of(render_docx(plan, header)).tables()[0]
    widths = [int(attr(col, "w")) for col in table.findall("w:tblGrid/w:gridCol", NS)]
    indent = int(attr(table.find("w:tblPr/w:tblInd", NS), "w"))
    assert sum(widths) == 9498 and widths[0] >= 3686
    assert indent == -((9498 - (11906 - 1984 - 1134)) // 2)


def test_control_characters_are_dropped_so_the_xml_stays_valid():
    package = _render(title="Kế hoạch\x0b thử\x0c nghiệm\x00")
    assert text(package.body_paragraphs()[1]) == "Kế hoạch thử nghiệm"


def test_with_end_marker_marks_the_paragraph_the_renderer_marks():
    plan, _ = load_plan_and_header(EXAMPLE)
    plan.closing = []
    marked = with_end_marker(plan)
    slogans = marked.sections[-1].paragraphs
    assert slogans[-1].endswith("giàu đẹp!./.")
    assert plan.sections[-1].paragraphs[-1].endswith("giàu đẹp!")  # the input is left alone
    assert text(_body(Package.of(render_docx(plan)))[-1]) == slogans[-1]


def test_a_part_above_roman_parts_is_labelled_phan():
    assert heading_label("II", part=True) == "PHẦN II."
    assert heading_label("II") == "II."


def test_lettered_parts_take_a_full_stop_even_the_letter_c():
    assert [heading_label(n, part=True) for n in "ABC"] == ["A.", "B.", "C."]
    assert heading_label("a") == "a)"
