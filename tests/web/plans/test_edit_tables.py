"""The plan editor keeps a section's tables, which it shows read-only, with the row they belong to."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.document.model import Section, Table
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from web.factories import form_data, sample_document

pytestmark = pytest.mark.django_db

FIGURES = Table(
    rows=[["Đơn vị", "Băng rôn (cái)"], ["Phòng Văn hóa - Xã hội", "20"], ["Tổng cộng", "20"]],
    caption="Bảng 1. Số liệu tổng hợp",
    position=1,
)


@pytest.fixture
def tabled(ward, drafter) -> Plan:
    """A draft whose section I.1 holds a figures table (rows: I, I.1, II)."""
    document = sample_document()
    first = document.sections[0]
    first.children = [
        Section("1", "Kết quả", ["Đã treo băng rôn.", "Số liệu như sau."], tables=[FIGURES])
    ]
    return services.create_plan(ward, document, drafter)


@pytest.fixture
def editing(client, drafter):
    client.force_login(drafter)
    return client


def edit(client, plan: Plan, data: dict[str, str]) -> Plan:
    assert client.post(reverse("plans:edit", args=[plan.pk]), data).status_code == 302
    return Plan.objects.get(pk=plan.pk)


def test_the_editor_shows_the_table_read_only_under_its_row(editing, tabled):
    page = editing.get(reverse("plans:edit", args=[tabled.pk])).text
    assert "Bảng được giữ nguyên khi lưu; sửa bảng trong tệp YAML/ .docx" in page
    assert "Bảng 1. Số liệu tổng hợp" in page and "<td>Phòng Văn hóa - Xã hội</td>" in page
    assert page.index('name="s-1-title"') < page.index("Bảng 1.") < page.index('name="s-2-title"')
    assert page.count("Bảng được giữ nguyên khi lưu") == 1  # only under I.1's row


def test_a_table_survives_an_edit_of_its_sections_text_and_number(editing, tabled):
    data = form_data(tabled)
    data["s-1-number"] = "2"
    data["s-1-paragraphs"] = "Đã treo băng rôn tại các tuyến phố."
    saved = edit(editing, tabled, data).document()
    assert saved.sections[0].children[0].number == "2"
    assert saved.sections[0].children[0].tables == [FIGURES]


def test_a_table_stays_with_its_row_when_a_row_above_is_deleted(editing, tabled):
    data = form_data(tabled)
    data["s-0-DELETE"] = "on"  # section I goes; I.1 becomes a top-level section with its table
    saved = edit(editing, tabled, data).document()
    assert [(s.title, s.tables) for s in saved.sections] == [
        ("Kết quả", [FIGURES]),
        ("TỔ CHỨC THỰC HIỆN", []),
    ]


def test_deleting_its_section_row_drops_the_table_and_the_version_diff_shows_it(editing, tabled):
    data = form_data(tabled)
    data["s-1-DELETE"] = "on"
    saved = edit(editing, tabled, data)
    assert all(not s.tables for s in saved.document().sections)
    page = editing.get(reverse("plans:version", args=[saved.pk, 2])).text
    assert "<del>Bảng 1. Số liệu tổng hợp</del>" in page
    assert "<del>Phòng Văn hóa - Xã hội</del>" in page


def test_a_row_emptied_of_text_keeps_its_table(editing, tabled):
    data = form_data(tabled)
    data["s-1-title"] = ""
    data["s-1-paragraphs"] = ""
    saved = edit(editing, tabled, data).document()
    assert saved.sections[0].children[0].tables == [FIGURES]


def test_a_key_from_another_section_carries_no_table(editing, tabled):
    data = form_data(tabled)
    data["s-2-key"] = data["s-1-key"]  # a hand-made duplicate: the table is not copied twice
    saved = edit(editing, tabled, data).document()
    assert [len(s.tables) for s in saved.sections] == [0, 0]
    assert saved.sections[0].children[0].tables == [FIGURES]


def test_a_new_row_has_no_table(editing, tabled):
    data = form_data(tabled)
    data.update({"s-TOTAL_FORMS": "4", "s-3-level": "2", "s-3-title": "Mục mới"})
    saved = edit(editing, tabled, data).document()
    assert saved.sections[1].children[0].title == "Mục mới"
    assert saved.sections[1].children[0].tables == []


def test_a_plan_without_tables_saves_as_before(editing, draft):
    saved = edit(editing, draft, form_data(draft)).document()
    before = Plan.objects.get(pk=draft.pk).versions.get(number=1).document()
    assert saved == before
    assert "tables" not in str(Plan.objects.get(pk=draft.pk).data)
    page = editing.get(reverse("plans:edit", args=[draft.pk])).text
    assert "Bảng được giữ nguyên" not in page


def test_adding_a_row_keeps_showing_the_table_under_its_row(editing, tabled):
    data = form_data(tabled)
    data["add"] = "s"
    page = editing.post(reverse("plans:edit", args=[tabled.pk]), data).text
    assert page.index('name="s-1-title"') < page.index("Bảng 1.") < page.index('name="s-2-title"')
    assert Plan.objects.get(pk=tabled.pk).version == 1
