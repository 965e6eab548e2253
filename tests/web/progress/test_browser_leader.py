"""The leader's and the city's progress in a real browser (chromium through Playwright): the ward's
lãnh đạo opens the overview, a plan, a unit's row and sends "Đôn đốc"; the city chooses a period and
sees quý I/2025 apart from năm 2025.

KEHOACH_SCREENSHOTS=docs also writes docs/screenshot-progress-unit.png and
docs/screenshot-progress-periods.png.
"""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page

from kehoach.web.reports import services
from kehoach.web.tasks.models import Nudge, Task
from web.factories import PASSWORD
from web.tasks.fixtures import issue, plan_with_assignments
from web.test_browser import DESKTOP, browser, shoot  # noqa: F401 - the shared browser fixture

pytestmark = pytest.mark.slow


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_the_leader_opens_a_unit_and_nudges_it(
    browser,  # noqa: F811
    live_server,
    approver,
    issued_plan,
    vhxh_task,
    vhxh_reporter,
):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "lanhdao")
    page.goto(f"{live_server.url}/tien-do/")
    page.click(f"a[href='/tien-do/ke-hoach/{issued_plan.pk}/']")
    page.wait_for_selector(".stats")
    page.click(f"text={vhxh_task.unit.name}")
    page.wait_for_selector("table.unit-tasks")
    assert vhxh_task.text[:30] in page.locator("table.unit-tasks").inner_text()
    page.click("button:has-text('Đôn đốc')")
    page.wait_for_selector(".msg-success")
    assert f"Đã đôn đốc {vhxh_task.unit.name}" in page.locator(".msg-success").inner_text()
    assert Nudge.objects.filter(unit=vhxh_task.unit, plan=issued_plan).count() == 1
    shoot(page, "progress-unit", full=True)
    context.close()


def test_the_city_sees_each_period_apart(
    browser,  # noqa: F811
    live_server,
    ward,
    drafter,
    approver,
    vhxh_reporter,
    city_viewer,
):
    for title, value in (("Tuyên truyền quý I năm 2025", 7), ("Tuyên truyền năm 2025", 30)):
        plan = issue(ward, plan_with_assignments(title=title), drafter, approver)
        task = Task.objects.get(plan=plan, unit__name="Phòng Văn hóa - Xã hội")
        report = services.save_report(
            task, vhxh_reporter, figures={"phat_thanh": value}, text="Đã phát thanh.",
            no_activity=False, partial=False, files=[], base_version=None, submit=True,
            today=date(2025, 2, 1),
        )  # fmt: skip
        services.accept_report(report, drafter)
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "thanhpho")
    page.goto(f"{live_server.url}/tien-do/")
    headings = page.locator("h3").all_inner_texts()
    assert headings == ["Năm 2025", "Quý I/2025"]
    assert "37" not in page.locator("table.org-figures").first.inner_text()
    shoot(page, "progress-periods", full=True)
    page.select_option("#id_ky", "2025-quy-1")
    page.click("form.period-filter button")
    page.wait_for_url("**ky=2025-quy-1")
    assert page.locator("h3").all_inner_texts() == ["Quý I/2025"]
    assert "7" in page.locator("table.org-figures").inner_text()
    context.close()
