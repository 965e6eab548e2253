"""A finding on our own plan says where it is in words, and links to the paragraph and the field."""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from kehoach.document.model import Section, Table
from kehoach.web.plans import services
from kehoach.web.plans.checks import findings_for
from kehoach.web.plans.places import place, with_anchors
from web.factories import sample_document

TYPO = "Đăng tin trên Công thông tin điện tử của phường."  # "Công" for "Cổng": a known typo


def document_with_typo():
    document = sample_document()
    sections = [
        document.sections[0],
        Section(
            "II",
            "HÌNH THỨC",
            [],
            children=[Section("1", "Trên mạng", ["Đăng bài trên trang của phường.", TYPO])],
        ),
        document.sections[1],
    ]
    return dataclasses.replace(document, sections=sections)


def document_with_appendix():
    """Our plan with an appendix after the signature; the typo is its third paragraph."""
    appendix = Section(
        "PHỤ LỤC 01",
        "DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN",
        [
            "(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2025 của Ủy ban nhân dân phường)",
            "Treo băng rôn tại các tuyến phố chính.",
            TYPO,
        ],
        tables=[Table([["STT", "Nội dung"], ["1", "Phát thanh trên hệ thống loa"]])],
    )
    return dataclasses.replace(sample_document(), appendices=[appendix])


def _typo(findings):
    [finding] = [f for f in findings if f["rule"] == "known-typo"]
    return finding


def test_a_finding_names_its_section_and_paragraph():
    finding = _typo(findings_for(document_with_typo()))
    assert finding["place"] == "Mục II.1, đoạn 2"
    assert finding["anchor"] == "d-sections-1-children-0-paragraphs-1"


def test_a_finding_names_the_editor_row_and_line():
    finding = _typo(findings_for(document_with_typo()))
    # rows of the editor: I, II, II.1 (the third row), III; the typo is the row's second line
    assert (finding["field"], finding["field_line"]) == ("id_s-2-paragraphs", 1)


@pytest.mark.parametrize(
    ("path", "label", "field"),
    [
        ("preamble[0]", "Phần mở đầu, đoạn 1", "id_h-preamble"),
        ("recipients[0]", "Nơi nhận, dòng 1", "id_l-recipients"),
        ("sections[0]", "Mục I (tiêu đề)", "id_s-0-title"),
        ("signature", "Chữ ký", "id_h-sign_name"),
        ("number", "Số, ký hiệu", ""),
        ("appendices[0]", "Phụ lục 01 (tiêu đề)", ""),
        ("appendices[0].tables[0]", "Phụ lục 01, bảng 1", ""),
    ],
)
def test_each_part_has_a_vietnamese_place(path, label, field):
    found = place(document_with_appendix() if "appendices" in path else document_with_typo(), path)
    assert (found["place"], found["field"]) == (label, field)


def test_the_view_carries_the_id_the_finding_links_to():
    doc = with_anchors(
        {"sections": [{"paragraphs": ["a"], "children": [{"paragraphs": ["b", "c"]}]}]}
    )
    assert (
        doc["sections"][0]["children"][0]["paragraph_ids"][1]
        == "d-sections-0-children-0-paragraphs-1"
    )


@pytest.mark.django_db
def test_the_plan_page_links_the_finding_to_its_paragraph(client, ward, drafter):
    plan = services.create_plan(ward, document_with_typo(), drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:detail", args=[plan.pk])).text
    anchor = "d-sections-1-children-0-paragraphs-1"
    assert f'<a href="#{anchor}" class="small finding-place"' in page
    assert f'<p id="{anchor}" tabindex="-1">{TYPO}</p>' in page
    assert '<span class="small muted">đoạn ' not in page  # no bare paragraph number left


@pytest.mark.django_db
def test_the_editor_links_the_finding_to_its_field(client, ward, drafter):
    plan = services.create_plan(ward, document_with_typo(), drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:edit", args=[plan.pk])).text
    assert 'data-field="id_s-2-paragraphs" data-field-line="1">Mục II.1, đoạn 2</a>' in page
    assert 'id="id_s-2-paragraphs"' in page


def test_a_finding_in_an_appendix_names_it_and_its_paragraph():
    finding = _typo(findings_for(document_with_appendix()))
    assert (finding["place"], finding["anchor"]) == (
        "Phụ lục 01, đoạn 3",
        "d-appendices-0-paragraphs-2",
    )


def test_an_appendix_without_its_own_label_is_counted():
    document = document_with_appendix()
    document.appendices[0].number = ""
    assert place(document, "appendices[0].paragraphs[1]")["place"] == "Phụ lục 1, đoạn 2"


@pytest.mark.django_db
def test_the_plan_page_shows_the_appendix_and_links_its_finding(client, ward, drafter):
    plan = services.create_plan(ward, document_with_appendix(), drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:detail", args=[plan.pk])).text
    anchor = "d-appendices-0-paragraphs-2"
    assert f'<a href="#{anchor}" class="small finding-place" data-anchor="{anchor}">' in page
    assert f'<p id="{anchor}" tabindex="-1">{TYPO}</p>' in page
    assert 'id="d-appendices-0-tables-0"' in page and "DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN" in page
