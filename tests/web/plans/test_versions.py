"""Every saved version is kept and viewable."""

from __future__ import annotations

import dataclasses

from django.urls import reverse

from kehoach.web.plans import services


def test_it_lists_every_saved_version(client, drafter, draft):
    services.save_plan(
        draft, dataclasses.replace(draft.document(), title="Bản sửa"), 1, drafter, "Sửa tiêu đề"
    )
    client.force_login(drafter)
    page = client.get(reverse("plans:versions", kwargs={"pk": draft.pk})).text
    assert "Sửa tiêu đề" in page and "Tạo mới" in page


def test_it_shows_an_old_version_as_it_was(client, drafter, draft):
    old_title = draft.title
    services.save_plan(draft, dataclasses.replace(draft.document(), title="Bản sửa"), 1, drafter)
    client.force_login(drafter)
    page = client.get(reverse("plans:version", kwargs={"pk": draft.pk, "number": 1})).text
    assert old_title in page and "Bản sửa" not in page


def test_it_answers_404_for_a_version_that_does_not_exist(client, drafter, draft):
    client.force_login(drafter)
    assert (
        client.get(reverse("plans:version", kwargs={"pk": draft.pk, "number": 9})).status_code
        == 404
    )


def test_it_shows_what_changed_since_the_previous_version(client, drafter, draft):
    old_title = draft.title
    services.save_plan(
        draft, dataclasses.replace(draft.document(), title="Tuyên truyền Tết Ất Tỵ"), 1, drafter
    )
    client.force_login(drafter)
    page = client.get(reverse("plans:version", kwargs={"pk": draft.pk, "number": 2})).text
    assert "<ins>Tuyên truyền Tết Ất Tỵ</ins>" in page
    assert f"<del>{old_title}</del>" in page
