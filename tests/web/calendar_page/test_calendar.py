"""The calendar page: occasions with counts, classes and lunar dates; a plan from them."""

from __future__ import annotations

from django.urls import reverse

from kehoach.web.plans.models import Plan


def test_it_shows_the_quarters_occasions_with_counts_and_classes(client, drafter):
    client.force_login(drafter)
    page = client.get(reverse("calendar_page:calendar"), {"nam": 2025, "quy": 1}).text
    assert "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)" in page
    assert "95 năm · năm lẻ 5" in page


def test_it_shows_lunar_dates(client, drafter):
    client.force_login(drafter)
    page = client.get(reverse("calendar_page:calendar"), {"nam": 2025, "quy": 1}).text
    assert "6/1 năm Ất Tỵ" in page  # 03/02/2025 is the 6th day of the 1st lunar month of Ất Tỵ


def test_it_suggests_slogans_for_the_occasions(client, drafter):
    client.force_login(drafter)
    page = client.get(reverse("calendar_page:calendar"), {"nam": 2025, "quy": 1}).text
    assert "Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam" in page


def test_it_creates_a_draft_for_the_chosen_occasions(client, drafter, ward):
    client.force_login(drafter)
    response = client.post(
        reverse("calendar_page:create_plan"),
        {
            "nam": 2025,
            "quy": 1,
            "pham_vi": "hai-phong",
            "organisation": ward.pk,
            "occasion": ["ngay-thanh-lap-dang", "tet-nguyen-dan"],
        },
    )
    plan = Plan.objects.get()
    assert response["Location"] == reverse("plans:edit", kwargs={"pk": plan.pk})
    assert plan.title == "Tổ chức các hoạt động tuyên truyền quý I năm 2025"
    assert any(a["count"] == 95 for a in plan.data["anniversaries"])
    assert plan.data["slogans"]


def test_it_refuses_to_create_a_plan_for_another_ward(client, drafter, other_ward):
    client.force_login(drafter)
    response = client.post(
        reverse("calendar_page:create_plan"),
        {"nam": 2025, "quy": 1, "organisation": other_ward.pk, "occasion": "ngay-thanh-lap-dang"},
    )
    assert response.status_code == 403
    assert not Plan.objects.exists()


def test_it_refuses_to_create_a_plan_for_an_approver(client, approver, ward):
    client.force_login(approver)
    response = client.post(
        reverse("calendar_page:create_plan"),
        {"nam": 2025, "quy": 1, "organisation": ward.pk, "occasion": "ngay-thanh-lap-dang"},
    )
    assert response.status_code == 403


def test_it_ignores_a_year_out_of_range(client, drafter):
    client.force_login(drafter)
    assert (
        client.get(reverse("calendar_page:calendar"), {"nam": "abc", "quy": "9"}).status_code == 200
    )


def test_it_ticks_the_round_anniversaries_by_default(client, drafter):
    client.force_login(drafter)
    page = client.get(reverse("calendar_page:calendar"), {"nam": 2025, "quy": 1}).text
    assert 'value="ngay-thanh-lap-dang" checked' in page


def test_it_asks_to_choose_an_occasion_when_none_is_ticked(client, drafter, ward):
    client.force_login(drafter)
    response = client.post(
        reverse("calendar_page:create_plan"),
        {"nam": 2025, "quy": 1, "organisation": ward.pk},
        follow=True,
    )
    assert "Chọn ít nhất một sự kiện" in response.text
    assert not Plan.objects.exists()
