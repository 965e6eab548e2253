"""The plan editor: saving versions, concurrency, sections as a tree, live lint."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

from kehoach.web.plans.models import Plan
from web.factories import form_data


@pytest.fixture
def editing(client, drafter):
    client.force_login(drafter)
    return client


def test_it_shows_the_editor_with_the_findings(editing, draft):
    response = editing.get(reverse("plans:edit", kwargs={"pk": draft.pk}))
    assert response.status_code == 200
    assert "Tổ chức các hoạt động tuyên truyền quý I năm 2025" in response.text
    assert 'id="lint-panel"' in response.text


def test_it_saves_an_edit_as_a_new_version(editing, draft):
    data = form_data(draft, title="Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam")
    response = editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.version, draft.title) == (
        2,
        "Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam",
    )
    assert draft.versions.get(number=1).document().title.startswith("Tổ chức")


def test_it_refuses_a_save_over_someone_elses_with_a_clear_message(editing, draft):
    url = reverse("plans:edit", kwargs={"pk": draft.pk})
    first = form_data(draft, title="Bản của chị Lan")
    second = form_data(draft, title="Bản của anh Minh")
    assert editing.post(url, first).status_code == 302
    response = editing.post(url, second)
    assert response.status_code == 409
    assert "người khác lưu" in response.text
    assert "Bản của anh Minh" in response.text  # the refused edit is still in the form
    draft.refresh_from_db()
    assert (draft.title, draft.version) == ("Bản của chị Lan", 2)


def test_it_rebuilds_nested_sections_from_levels(editing, draft):
    data = form_data(draft)
    data.update(
        {
            "s-TOTAL_FORMS": "3",
            "s-2-level": "2",
            "s-2-number": "1",
            "s-2-title": "Các đơn vị",
            "s-2-paragraphs": "- Phòng Văn hóa - Xã hội chủ trì.\n\n- Các tổ dân phố phối hợp.",
        }
    )
    editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    sections = Plan.objects.get(pk=draft.pk).document().sections
    assert [s.number for s in sections] == ["I", "II"]
    assert sections[1].children[0].paragraphs == [
        "- Phòng Văn hóa - Xã hội chủ trì.",
        "- Các tổ dân phố phối hợp.",
    ]


def test_it_saves_assignments_with_role_and_deadline(editing, draft):
    data = form_data(draft)
    data.update(
        {
            "a-TOTAL_FORMS": "2",
            "a-1-unit": "Trạm Y tế phường",
            "a-1-role": "support",
            "a-1-deadline": "2025-04-15",
            "a-1-text": "Phối hợp tuyên truyền.",
        }
    )
    editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    last = Plan.objects.get(pk=draft.pk).data["assignments"][-1]
    assert last == {
        "unit": "Trạm Y tế phường",
        "text": "Phối hợp tuyên truyền.",
        "role": "support",
        "deadline": "2025-04-15",
    }


def assignment_data(draft, deadline: str) -> dict[str, str]:
    data = form_data(draft)
    data.update(
        {
            "a-TOTAL_FORMS": "2",
            "a-1-unit": "Trạm Y tế phường",
            "a-1-role": "support",
            "a-1-deadline": deadline,
            "a-1-text": "Phối hợp tuyên truyền.",
        }
    )
    return data


def test_it_reads_a_deadline_typed_day_first(editing, draft):
    editing.post(
        reverse("plans:edit", kwargs={"pk": draft.pk}), assignment_data(draft, "05/03/2025")
    )
    document = Plan.objects.get(pk=draft.pk).document()
    assert document.assignments[-1].deadline == date(2025, 3, 5)


def test_it_refuses_an_impossible_deadline_naming_it(editing, draft):
    url = reverse("plans:edit", kwargs={"pk": draft.pk})
    response = editing.post(url, assignment_data(draft, "30/02/2025"))
    assert response.status_code == 400  # the editor's answer to any invalid field
    assert "Ngày không hợp lệ: 30/02/2025." in response.text
    assert Plan.objects.get(pk=draft.pk).version == 1


def test_it_shows_a_stored_deadline_as_dd_mm_yyyy(editing, draft):
    response = editing.get(reverse("plans:edit", kwargs={"pk": draft.pk}))
    deadline = re.search(r'<input[^>]*name="a-0-deadline"[^>]*>', response.text).group(0)
    assert 'value="01/03/2025"' in deadline
    assert 'type="text"' in deadline
    assert 'placeholder="dd/mm/yyyy"' in deadline


def test_it_deletes_a_section_marked_for_deletion(editing, draft):
    data = form_data(draft)
    data["s-1-DELETE"] = "on"
    editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    assert [s.number for s in Plan.objects.get(pk=draft.pk).document().sections] == ["I"]


def test_it_keeps_nothing_from_an_invalid_form(editing, draft):
    data = form_data(draft, issuer="")
    response = editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    assert response.status_code == 400
    assert Plan.objects.get(pk=draft.pk).version == 1


def test_it_lints_the_unsaved_form(editing, draft):
    data = form_data(
        draft,
        title="Kế hoạch tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)",
    )
    response = editing.post(reverse("plans:lint", kwargs={"pk": draft.pk}), data)
    assert response.status_code == 200
    assert "anniversary-count" in response.text
    assert Plan.objects.get(pk=draft.pk).version == 1


def test_it_normalises_typed_text_to_nfc(editing, draft):
    decomposed = "Tuye\u0302n truye\u0302\u0300n"
    editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), form_data(draft, title=decomposed))
    assert Plan.objects.get(pk=draft.pk).title == "Tuyên truyền"


def test_adding_a_row_keeps_what_was_typed_and_saves_nothing(editing, draft):
    data = form_data(draft, title="Tiêu đề đang sửa, chưa lưu")
    data["a-0-text"] = "Nội dung đang gõ dở."
    data["add"] = "a"
    response = editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    assert response.status_code == 200
    page = response.text
    assert "Tiêu đề đang sửa, chưa lưu" in page and "Nội dung đang gõ dở." in page
    assert 'name="a-TOTAL_FORMS" value="2"' in page
    assert 'name="a-1-unit"' in page and "autofocus" in page
    assert 'name="h-version" value="1"' in page  # the save after it still checks the version opened
    assert Plan.objects.get(pk=draft.pk).version == 1


def test_adding_rows_twice_without_javascript_then_saving_keeps_both(editing, draft):
    url = reverse("plans:edit", kwargs={"pk": draft.pk})
    data = form_data(draft)
    for index, unit in ((1, "Trạm Y tế phường"), (2, "Công an phường")):
        data["add"] = "a"
        page = editing.post(url, data).text
        assert f'name="a-TOTAL_FORMS" value="{index + 1}"' in page
        data["a-TOTAL_FORMS"] = str(index + 1)
        data[f"a-{index}-unit"] = unit
        data[f"a-{index}-role"] = "support"
    del data["add"]
    assert editing.post(url, data).status_code == 302
    plan = Plan.objects.get(pk=draft.pk)
    assert plan.version == 2
    assert [a["unit"] for a in plan.data["assignments"]] == [
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế phường",
        "Công an phường",
    ]


def test_adding_a_section_row_adds_to_the_sections_only(editing, draft):
    data = form_data(draft)
    data["add"] = "s"
    page = editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data).text
    assert 'name="s-TOTAL_FORMS" value="3"' in page
    assert 'name="a-TOTAL_FORMS" value="1"' in page


def test_adding_a_row_to_a_tampered_count_still_renders(editing, draft):
    data = form_data(draft)
    data.update({"add": "a", "a-TOTAL_FORMS": "abc"})
    response = editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    assert response.status_code == 200
    assert Plan.objects.get(pk=draft.pk).version == 1


def test_the_page_carries_an_empty_row_template_for_the_script(editing, draft):
    page = editing.get(reverse("plans:edit", kwargs={"pk": draft.pk})).text
    assert '<template id="a-empty">' in page and 'name="a-__prefix__-unit"' in page
    assert '<template id="s-empty">' in page and 'name="s-__prefix__-title"' in page


def test_it_deletes_an_assignment_marked_for_deletion(editing, draft):
    data = form_data(draft)
    data["a-0-DELETE"] = "on"
    editing.post(reverse("plans:edit", kwargs={"pk": draft.pk}), data)
    plan = Plan.objects.get(pk=draft.pk)
    assert (plan.version, plan.data["assignments"]) == (2, [])
