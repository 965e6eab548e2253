"""A plan's dashboard: who reported, who is late, totals of the figures, the timeline picture."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from conftest import SEEDS
from kehoach.document.model import Anniversary
from kehoach.read import load_bytes, parse
from kehoach.web.progress import queries
from kehoach.web.progress.phases import phases_of
from kehoach.web.progress.timeline import Milestone, Phase, Row, render_svg
from kehoach.web.reports import services
from kehoach.web.tasks.models import DEFAULT_FIGURES
from web.tasks.fixtures import issue, plan_with_assignments

pytestmark = pytest.mark.django_db
LATE_DAY = date(2025, 3, 10)  # after the first deadline (01/03) and before the second (15/03)


def report(task, user, figures, submit=True):
    return services.save_report(
        task,
        user,
        figures=figures,
        text="Kết quả.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=submit,
        today=date(2025, 2, 1),
    )


def test_summary_counts_reported_and_late(vhxh_task, police_task, vhxh_reporter, drafter):
    services.accept_report(report(vhxh_task, vhxh_reporter, {"phat_thanh": 12}), drafter)
    counts = queries.summary(vhxh_task.plan_id, LATE_DAY)
    assert (counts["total"], counts["accepted"], counts["submitted"], counts["late"]) == (
        3,
        1,
        0,
        0,
    )
    counts = queries.summary(vhxh_task.plan_id, date(2025, 3, 20))
    assert counts["late"] == 1  # the police task (15/03); the third has no deadline


def test_a_task_past_its_deadline_without_report_is_late(vhxh_task):
    assert queries.summary(vhxh_task.plan_id, LATE_DAY)["late"] == 1


def test_figure_totals_count_only_accepted_reports(
    vhxh_task, police_task, vhxh_reporter, police_reporter, drafter
):
    services.accept_report(
        report(vhxh_task, vhxh_reporter, {"phat_thanh": 12, "luot_nguoi": 40}), drafter
    )
    report(police_task, police_reporter, {"phat_thanh": 5})
    totals = dict(
        (spec.key, value)
        for spec, value in queries.figure_totals(vhxh_task.plan_id, DEFAULT_FIGURES)
    )
    # a figure nobody reported is blank (None), not 0
    assert totals["phat_thanh"] == 12 and totals["luot_nguoi"] == 40 and totals["hoi_nghi"] is None


def test_unit_rows_put_late_units_first(vhxh_task, police_task):
    rows, count = queries.unit_rows(vhxh_task.plan_id, DEFAULT_FIGURES, LATE_DAY, 1)
    assert count == 3
    assert rows[0].name == vhxh_task.unit.name and rows[0].late == 1


def test_dashboard_page_shows_counts_figures_and_the_timeline(
    client, drafter, vhxh_task, vhxh_reporter
):
    services.accept_report(report(vhxh_task, vhxh_reporter, {"phat_thanh": 12}), drafter)
    client.force_login(drafter)
    page = client.get(reverse("progress:dashboard", args=[vhxh_task.plan_id])).content.decode()
    assert "Buổi phát thanh" in page and ">12<" in page
    assert reverse("progress:timeline", args=[vhxh_task.plan_id]) in page
    assert vhxh_task.unit.name in page


def test_the_filter_shows_only_late_units(client, drafter, vhxh_task, police_task):
    client.force_login(drafter)
    url = reverse("progress:dashboard", args=[vhxh_task.plan_id])
    page = client.get(url, {"loc": "qua-han"}).content.decode()
    assert "0 đơn vị" not in page


def test_timeline_is_an_svg_picture(client, drafter, issued_plan):
    client.force_login(drafter)
    response = client.get(reverse("progress:timeline", args=[issued_plan.pk]))
    assert response["Content-Type"].startswith("image/svg+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag.endswith("svg")
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Phòng Văn hóa - Xã hội" in texts and any(t.startswith("Hôm nay") for t in texts if t)


def test_timeline_draws_a_bar_and_a_deadline_per_assignment():
    rows = [Row("A", date(2025, 3, 1), 10, 4, 2, 0), Row("B", None, 3, 0, 0, 0)]
    svg = render_svg(
        date(2025, 1, 6), rows, [Milestone(date(2025, 2, 3), "Thành lập Đảng")], date(2025, 2, 1)
    )
    root = ElementTree.fromstring(svg)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "01/03/2025 · 6/10" in texts and "không ghi hạn" in texts
    assert any(t and t.startswith("Thành lập Đảng") for t in texts)


def test_phases_are_read_from_the_time_section_of_seed_000():
    document = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    phases = phases_of(document)
    assert [(p.start, p.end) for p in phases[:2]] == [
        (date(2024, 1, 30), date(2024, 2, 20)),
        (date(2024, 2, 21), date(2024, 3, 29)),
    ]
    assert phases[0].label.startswith("Tổ chức các hoạt động kỷ niệm 94 năm")
    assert phases[1].label.startswith("Tuyên truyền về Lễ hội truyền thống Nữ tướng Lê Chân")


def test_phases_are_drawn_above_the_assignments():
    phase = Phase(date(2025, 1, 10), date(2025, 2, 5), "Tuyên truyền Tết")
    svg = render_svg(
        date(2025, 1, 6),
        [Row("A", date(2025, 3, 1), 1, 0, 0, 0)],
        [],
        date(2025, 2, 1),
        phases=[phase],
    )
    texts = [t.text for t in ElementTree.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert texts.index("Tuyên truyền Tết") < texts.index("A")
    assert "10/01 – 05/02/2025" in texts


def test_close_milestones_with_long_names_never_overlap():
    names = [
        "Ngày thành lập Đảng Cộng sản Việt Nam và đón Tết Nguyên đán Giáp Thìn năm 2024",
        "Ngày sinh Chủ tịch Tôn Đức Thắng, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Kỷ niệm ngày Thầy thuốc Việt Nam",
    ]
    milestones = [Milestone(date(2025, 2, 3 + i), name) for i, name in enumerate(names)]
    svg = render_svg(
        date(2025, 1, 6), [Row("A", date(2025, 3, 1), 2, 1, 0, 0)], milestones, date(2025, 2, 1)
    )
    root = ElementTree.fromstring(svg)
    boxes = []
    for t in root.iter("{http://www.w3.org/2000/svg}text"):
        size = float(t.get("font-size", "12"))
        width = 0.6 * size * len(t.text or "")
        left = float(t.get("x")) - (
            width / 2
            if t.get("text-anchor") == "middle"
            else width
            if t.get("text-anchor") == "end"
            else 0
        )
        boxes.append((left, float(t.get("y")) - size, left + width, float(t.get("y"))))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    legend = [
        t.text
        for t in root.iter("{http://www.w3.org/2000/svg}text")
        if t.get("class") == "milestone-legend"
    ]
    assert legend[0].startswith("Ngày thành lập Đảng") and len(legend) == 3
    assert float(root.get("height")) >= max(box[3] for box in boxes)


def test_without_its_legend_the_picture_keeps_the_numbers_and_is_shorter():
    milestones = [Milestone(date(2025, 2, 3), "Ngày thành lập Đảng Cộng sản Việt Nam")]
    rows = [Row("A", date(2025, 3, 1), 2, 1, 0, 0)]
    full = ElementTree.fromstring(render_svg(date(2025, 1, 6), rows, milestones, date(2025, 2, 1)))
    short = ElementTree.fromstring(
        render_svg(date(2025, 1, 6), rows, milestones, date(2025, 2, 1), legend=False)
    )
    classes = [t.get("class") for t in short.iter("{http://www.w3.org/2000/svg}text")]
    assert "milestone-number" in classes and "milestone-legend" not in classes
    assert float(short.get("height")) < float(full.get("height"))


def test_the_dashboard_lists_the_milestones_under_the_picture(client, drafter, ward, approver):
    document = plan_with_assignments(
        anniversaries=[
            Anniversary(95, "Ngày thành lập Đảng Cộng sản Việt Nam", date(1930, 2, 3), date(2025, 2, 3)),
            Anniversary(50, "Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước", None, date(2025, 4, 30)),
        ]
    )  # fmt: skip
    plan = issue(ward, document, drafter, approver)
    client.force_login(drafter)
    page = client.get(reverse("progress:dashboard", args=[plan.pk])).text
    assert "tien-do.svg?chu-giai=khong" in page
    assert "<li>Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2025)</li>" in page
    assert page.index("thành lập Đảng") < page.index("thống nhất đất nước")
