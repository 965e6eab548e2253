"""The figures a plan asks for are the drafter's to set: one line per figure, keys kept for labels in use."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.report import FigureSpec
from kehoach.web.progress.figures import as_lines, parse_lines
from kehoach.web.tasks.models import DEFAULT_FIGURES, figure_specs


def test_lines_read_label_and_measure():
    specs = parse_lines("Buổi chiếu phim lưu động (buổi)\n- Tờ rơi (tờ)\n\nCờ Tổ quốc", [])
    assert [(s.label, s.measure) for s in specs] == [
        ("Buổi chiếu phim lưu động", "buổi"),
        ("Tờ rơi", "tờ"),
        ("Cờ Tổ quốc", ""),
    ]
    assert specs[0].key == "buoi_chieu_phim_luu_dong"


def test_a_label_in_use_keeps_its_key():
    current = [FigureSpec("phat_thanh", "Buổi phát thanh", "buổi")]
    specs = parse_lines("Tin, bài (tin)\nBuổi phát thanh (lần)", current)
    assert specs[1] == FigureSpec("phat_thanh", "Buổi phát thanh", "lần")


def test_the_defaults_round_trip_through_the_text():
    assert parse_lines(as_lines(DEFAULT_FIGURES), DEFAULT_FIGURES) == DEFAULT_FIGURES


@pytest.mark.django_db
def test_the_drafter_sets_a_plans_figures_and_the_form_follows(
    client, drafter, vhxh_reporter, vhxh_task
):
    client.force_login(drafter)
    url = reverse("progress:figures", args=[vhxh_task.plan_id])
    assert client.post(url, {"lines": "Buổi phát thanh (buổi)\nTờ rơi (tờ)"}).status_code == 302
    assert [s.label for s in figure_specs(vhxh_task.plan_id)] == ["Buổi phát thanh", "Tờ rơi"]
    client.force_login(vhxh_reporter)
    page = client.get(reverse("reports:task", args=[vhxh_task.pk])).content.decode()
    assert 'name="so_to_roi"' in page and "Hội nghị" not in page


@pytest.mark.django_db
def test_only_the_wards_drafter_sets_figures(
    client, approver, vhxh_reporter, stranger, issued_plan
):
    url = reverse("progress:figures", args=[issued_plan.pk])
    for user, status in ((approver, 403), (vhxh_reporter, 403), (stranger, 404)):
        client.force_login(user)
        assert client.post(url, {"lines": "X"}).status_code == status
    assert figure_specs(issued_plan.pk) == DEFAULT_FIGURES


def test_a_figure_can_be_assigned_to_named_units():
    specs = parse_lines(
        "Buổi phát thanh (buổi): 20 | Trung tâm Dịch vụ sự nghiệp công; Tổ dân phố số 1\nTin, bài",
        [],
    )
    assert specs[0].units == ("Trung tâm Dịch vụ sự nghiệp công", "Tổ dân phố số 1")
    assert specs[0].target == 20 and specs[1].units == ()
    assert parse_lines(as_lines(specs), specs) == specs
