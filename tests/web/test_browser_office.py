"""The office's everyday moves in a real browser (Debian's chromium through Playwright): each inbox,
the gates and the leader's override, withdraw, recall, duplicate detection, search without accents."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from conftest import SEEDS
from kehoach.document.model import Assignment
from kehoach.web.orgs.models import Membership
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from kehoach.web.reports import services as report_services
from web.factories import make_user, sample_document
from web.tasks.fixtures import *  # noqa: F403 - the issued plan, its tasks and unit reporters
from web.test_browser import ARGS, CHROMIUM, DESKTOP, log_in, log_out

pytestmark = pytest.mark.slow
REASON = "Chỉ đạo khẩn của Thành ủy; số văn bản được dẫn sẽ bổ sung sau."


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/bootstrap installs Debian's chromium")
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _page(browser) -> Page:
    page = browser.new_context(viewport=DESKTOP, locale="vi-VN").new_page()
    page.set_default_timeout(60_000)
    return page


def test_leader_inbox_gate_override_and_recall(browser, live_server, ward, drafter, approver):
    base = live_server.url
    document = dataclasses.replace(
        sample_document(),
        preamble=["Thực hiện Kế hoạch số /KH-UBND ngày 10/01/2025 của Ủy ban nhân dân thành phố."],
        assignments=[Assignment("Phòng Văn hóa - Xã hội", "Chủ trì.", "lead", date(2025, 3, 1))],
    )
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter, "Kính trình lãnh đạo xem xét")
    page = _page(browser)
    log_in(page, base, "lanhdao")

    # The leader's inbox: the count in the menu, the plan with the drafter's comment.
    assert page.locator("#menu-viec .count").inner_text().strip() != ""
    page.click("#menu-viec")
    page.wait_for_selector("#cho-phe-duyet")
    assert "Kính trình lãnh đạo xem xét" in page.inner_text("#cho-phe-duyet")
    page.click(f"#cho-phe-duyet a[href='/ke-hoach/{plan.pk}/']")
    page.click("button:has-text('Phê duyệt')")

    # The gate: refused with its reason, then issued on the leader's written reason.
    page.wait_for_selector("#ban-hanh")
    assert "số /KH-UBND" in page.inner_text("#ban-hanh")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ban-hanh button[type=submit]")
    page.wait_for_selector(".msg-error")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.APPROVED
    page.fill("#id_override_reason", REASON)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ban-hanh button[type=submit]")
    page.wait_for_selector("#ban-hanh-co-ly-do")
    assert REASON in page.inner_text("#ban-hanh-co-ly-do")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.ISSUED
    log_out(page)

    # The drafter starts the recall; once the decision is issued, each points at the other.
    log_in(page, base, "soanthao")
    page.goto(f"{base}/ke-hoach/{plan.pk}/")
    page.click("text=Thu hồi hoặc đính chính văn bản này")
    page.check("input[name=kind][value=recall]")
    page.fill("#amend-reason", "Trùng nội dung với kế hoạch khác")
    page.click("text=Tạo dự thảo quyết định")
    page.wait_for_selector("#plan-form")
    decision = Plan.objects.get(amends=plan)
    services.submit_plan(decision, drafter)
    services.approve_plan(decision, approver)
    services.issue_plan(decision, approver)
    page.goto(f"{base}/ke-hoach/{plan.pk}/")
    assert "Đã thu hồi bởi" in page.inner_text("main")
    page.click(f"a[href='/ke-hoach/{decision.pk}/']")
    plan.refresh_from_db()
    assert f"thu hồi Số {plan.number}/{plan.symbol}" in page.inner_text(".msg-info")
    page.context.close()


def test_drafter_confirms_withdraws_and_sees_the_returned_plan(
    browser, live_server, ward, drafter, approver
):
    base = live_server.url
    title = "Tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"
    plan = services.create_plan(ward, sample_document(title=title), drafter)
    page = _page(browser)
    log_in(page, base, "soanthao")
    page.goto(f"{base}/ke-hoach/{plan.pk}/")

    # Submitting with a check error asks for confirmation first.
    page.fill("#id_t-comment", "Xin ý kiến về số năm kỷ niệm")
    page.click("#trinh button[type=submit]")
    page.wait_for_selector("#id_t-confirm")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT
    page.check("#id_t-confirm")
    page.click("form.card button[type=submit]")
    page.wait_for_selector(".msg-success")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.SUBMITTED

    # Withdrawn before the leader decides.
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("text=Rút lại để sửa")
    page.wait_for_selector(".msg-success")
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT

    # Returned by the leader: it waits in the drafter's inbox, with the comment.
    services.submit_plan(plan, drafter)
    services.return_plan(plan, approver, "Sửa số năm kỷ niệm thành 95")
    page.click("#menu-viec")
    page.wait_for_selector("#bi-tra-lai")
    assert "Sửa số năm kỷ niệm thành 95" in page.inner_text("#bi-tra-lai")
    assert "bị trả lại" in page.inner_text("#thong-bao")
    page.context.close()


def test_clerk_inbox_duplicates_and_search_without_accents(
    browser, live_server, ward, drafter, approver, approved
):
    base = live_server.url
    page = _page(browser)
    log_in(page, base, "soanthao")

    # The same file twice: the second upload opens the first.
    for _ in range(2):
        page.goto(f"{base}/ke-hoach/tai-len/")
        page.set_input_files("input[type=file]", str(SEEDS[2]))
        page.click("text=Tải lên và kiểm tra")
        page.wait_for_url(f"{base}/ke-hoach/*/")
    assert "đã được tải lên trước đây" in page.inner_text(".messages")
    assert Plan.objects.filter(kind=Plan.Kind.UPPER).count() == 1

    # Search ignores case and tone marks.
    page.goto(f"{base}/ke-hoach/")
    page.fill("#q", "GIAI PHONG HAI PHONG")
    page.click("button:has-text('Lọc')")
    assert "Giải phóng Hải Phòng" in page.inner_text("table")
    log_out(page)

    # The leader of a ward without văn thư finds the approved plan to issue...
    log_in(page, base, "lanhdao")
    page.click("#menu-viec")
    page.wait_for_selector("#cho-ban-hanh")
    assert approved.title in page.inner_text("#cho-ban-hanh")
    log_out(page)

    # ...and once the ward has a văn thư, it waits in the văn thư's inbox, who issues it.
    make_user("vanthu", ward, Membership.Role.CLERK)
    log_in(page, base, "vanthu")
    page.click("#menu-viec")
    page.click(f"#cho-ban-hanh a[href='/ke-hoach/{approved.pk}/#ban-hanh']")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ban-hanh button[type=submit]")
    page.wait_for_selector("text=Đã ban hành: Số:")
    assert Plan.objects.get(pk=approved.pk).status == Plan.Status.ISSUED
    page.context.close()


def test_unit_and_reviewer_inboxes(browser, live_server, vhxh_task, vhxh_reporter, drafter):
    base = live_server.url
    page = _page(browser)
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", vhxh_reporter.username)
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_load_state()

    # The unit's reporter: its late task, with the deadline, in "Việc cần làm".
    page.goto(f"{base}/viec-can-lam/")
    page.wait_for_selector("#nhiem-vu-den-han")
    assert "quá hạn" in page.inner_text("#nhiem-vu-den-han")
    report_services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={},
        text="Đã phát thanh 12 buổi trên hệ thống loa.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
    )
    page.context.close()

    # The drafter lands on the inbox: the unit's report waiting for review, and its notification.
    page = _page(browser)
    log_in(page, base, "soanthao")
    page.wait_for_selector("#bao-cao-cho-duyet")
    assert vhxh_task.unit.name in page.inner_text("#bao-cao-cho-duyet")
    assert f"{vhxh_task.unit.name} đã gửi báo cáo" in page.inner_text("#thong-bao")
    page.click(f"#bao-cao-cho-duyet a[href='/bao-cao/nhiem-vu/{vhxh_task.pk}/']")
    page.fill("textarea[name=comment]", "Bổ sung số buổi phát thanh từng tháng.")
    page.click("button:has-text('Trả lại')")
    page.wait_for_selector("text=Ý kiến trả lại:")
    page.context.close()

    # The unit hears the reason on its inbox, and the notification opens the report to correct.
    page = _page(browser)
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", vhxh_reporter.username)
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_selector("#thong-bao")
    notice = page.locator("#thong-bao button", has_text="bị trả lại")
    assert "Lý do: Bổ sung số buổi phát thanh từng tháng." in notice.inner_text()
    notice.click()
    page.wait_for_url(f"{base}/bao-cao/nhiem-vu/{vhxh_task.pk}/")
    assert "Bổ sung số buổi phát thanh từng tháng." in page.inner_text(".msg-warning")
    page.context.close()


def test_opening_the_plan_from_the_list_reads_its_notification(
    browser, live_server, ward, drafter, approver
):
    plan = services.submit_plan(services.create_plan(ward, sample_document(), drafter), drafter)
    base = live_server.url
    page = _page(browser)
    log_in(page, base, "lanhdao")
    unread = page.locator("#thong-bao li.unread", has_text="chờ anh/chị phê duyệt")
    assert unread.count() == 1
    assert page.locator("#menu-viec .count").inner_text().strip() == "2"

    # Not through the notification: the plan list, then the plan itself.
    page.goto(f"{base}/ke-hoach/")
    page.click(f"a[href='/ke-hoach/{plan.pk}/']")
    page.wait_for_url(f"{base}/ke-hoach/{plan.pk}/")
    assert page.locator("#menu-viec .count").inner_text().strip() == "1"  # the plan still waits
    page.click("#menu-viec")
    page.wait_for_selector("#thong-bao")
    assert unread.count() == 0
    assert "chờ anh/chị phê duyệt" in page.inner_text("#thong-bao")  # kept, shown as read
    page.context.close()


def test_a_nameless_account_is_shown_by_role_and_unit_not_its_login(
    browser, live_server, ward, drafter, approver
):
    plan = services.submit_plan(services.create_plan(ward, sample_document(), drafter), drafter)
    base = live_server.url
    page = _page(browser)
    log_in(page, base, approver.username)
    assert page.inner_text(".who-name") == "Lãnh đạo phường Lê Chân (chưa khai báo họ tên)"
    notice = page.inner_text("#thong-bao")
    assert "— Chuyên viên phường Lê Chân (chưa khai báo họ tên)" in notice
    page.goto(f"{base}/ke-hoach/{plan.pk}/phien-ban/")
    assert "Chuyên viên phường Lê Chân (chưa khai báo họ tên)" in page.inner_text("main")
    for where in ("/viec-can-lam/", f"/ke-hoach/{plan.pk}/phien-ban/", "/nhat-ky/"):
        page.goto(base + where)
        text = page.inner_text("body")
        assert drafter.username not in text and approver.username not in text
    page.context.close()
