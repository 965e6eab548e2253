"""The reporting journey in a real browser (Debian's chromium through Playwright, the part-1 fixtures):
a unit reporter logs in, sees the task, submits figures and a photo; the drafter returns it with a
comment, the reporter corrects it, the drafter accepts; the dashboard shows it; the result report
(BC) is made, downloaded and read back with the library.

KEHOACH_SCREENSHOTS=docs also writes docs/screenshot-report*.png and docs/screenshot-progress*.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from kehoach.read import load_bytes, parse
from kehoach.web.reports.models import UnitReport
from web.factories import PASSWORD
from web.tasks.fixtures import png_bytes
from web.test_browser import DESKTOP, PHONE, browser, shoot  # noqa: F401 - the shared browser fixture

pytestmark = pytest.mark.slow


def log_in(page: Page, base: str, username: str, then: str) -> None:
    """Log in (everyone lands on "Việc cần làm"), then open the page `then`."""
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/viec-can-lam/")
    page.goto(f"{base}{then}")


def log_out(page: Page) -> None:
    page.click("text=Đăng xuất")
    page.wait_for_selector("#id_username")


def test_a_report_goes_from_the_unit_to_the_result_report(
    browser,  # noqa: F811 - the part-1 fixture imported above
    live_server,
    issued_plan,
    vhxh_reporter,
    drafter,
    city_viewer,
    vhxh_task,
    tmp_path,
):
    base = live_server.url
    photo = tmp_path / "anh-phat-thanh.png"
    photo.write_bytes(png_bytes((640, 480), "#2e7d32"))
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)

    # The reporter lands on what is due and opens the task.
    log_in(page, base, "baocao-vhxh", "/viec/")
    assert page.locator(".tasks .task").count() == 1
    shoot(page, "report-due")
    page.click(f"text={vhxh_task.text[:40]}")
    page.wait_for_selector("form.report-form")
    page.fill("#id_so_phat_thanh", "12")
    page.fill("#id_so_bang_ron", "5")
    page.fill(
        "#id_text",
        "Phát thanh 12 buổi trên loa truyền thanh; treo 5 băng rôn tại các tuyến phố chính.",
    )
    page.set_input_files("#id_evidence", str(photo))
    shoot(page, "report", full=True)
    page.click("button:has-text('Gửi báo cáo')")
    page.wait_for_selector(".msg-success")
    assert UnitReport.objects.get(task=vhxh_task).state == "submitted"
    log_out(page)

    # The drafter returns it with a comment.
    log_in(page, base, "soanthao", "/ke-hoach/")
    page.goto(f"{base}/viec/")
    page.click(f"text={vhxh_task.unit.name}")
    page.wait_for_selector(".review")
    assert page.locator(".evidence img").count() == 1
    page.fill("#id_comment", "Đề nghị bổ sung số lượt người nghe và ảnh rõ hơn.")
    page.click("button:has-text('Trả lại')")
    page.wait_for_selector(".msg-success")
    log_out(page)

    # The reporter sees the comment, corrects and resubmits.
    log_in(page, base, "baocao-vhxh", "/viec/")
    page.click(f"text={vhxh_task.text[:40]}")
    page.wait_for_selector("text=Đề nghị bổ sung số lượt người nghe")
    page.fill("#id_so_luot_nguoi", "1500")
    shoot(page, "report-returned", full=True)
    page.click("button:has-text('Gửi báo cáo')")
    page.wait_for_selector(".msg-success")
    log_out(page)

    # The drafter accepts; the dashboard counts it.
    log_in(page, base, "soanthao", "/ke-hoach/")
    page.goto(f"{base}/bao-cao/nhiem-vu/{vhxh_task.pk}/")
    page.click("button:has-text('Chấp nhận')")
    page.wait_for_selector("text=Đã chấp nhận báo cáo.")
    page.goto(f"{base}/ke-hoach/{issued_plan.pk}/")
    page.click("text=Tiến độ thực hiện")
    page.wait_for_selector(".stats")
    page.wait_for_function("document.querySelector('.timeline img').naturalWidth > 0")
    accepted = page.locator(".stat.ok .n").first.inner_text()
    assert accepted == "1"
    assert "1.500" in page.locator(".units").inner_text()
    shoot(page, "progress", full=True)

    # The result report: a BC draft, downloaded and read back.
    page.click("button:has-text('Lập báo cáo kết quả')")
    page.wait_for_selector("text=Đã lập dự thảo báo cáo kết quả")
    with page.expect_download() as download:
        page.click("text=Tải .docx")
    read = parse(load_bytes(Path(download.value.path()).read_bytes(), "bao-cao.docx"))
    assert read.doc_type == "BC"
    assert read.title.startswith("Kết quả thực hiện Kế hoạch số 01/KH-UBND")
    assert read.sections[1].title == "KẾT QUẢ THỰC HIỆN"
    units = "\n".join(p for item in read.sections[1].children for p in item.paragraphs)
    assert "Phòng Văn hóa - Xã hội đã phát thanh 12 buổi trên loa truyền thanh" in units
    log_out(page)

    # The city sees the ward's plan in its overview.
    log_in(page, base, "thanhpho", "/ke-hoach/")
    page.goto(f"{base}/tien-do/")
    assert "1/3" in page.locator("table").first.inner_text()
    shoot(page, "progress-wards")
    context.close()


def test_the_report_form_fits_a_phone(browser, live_server, vhxh_reporter, vhxh_task):  # noqa: F811
    phone = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "baocao-vhxh", "/viec/")
    page.goto(f"{live_server.url}/bao-cao/nhiem-vu/{vhxh_task.pk}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the report form scrolls sideways on a phone by {overflow}px"
    shoot(page, "report-phone", full=True)
    phone.close()


def test_the_dashboard_fits_a_phone(browser, live_server, drafter, issued_plan):  # noqa: F811
    phone = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "soanthao", "/ke-hoach/")
    page.goto(f"{live_server.url}/tien-do/ke-hoach/{issued_plan.pk}/")
    page.wait_for_function("document.querySelector('.timeline img').naturalWidth > 0")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the dashboard scrolls sideways on a phone by {overflow}px"
    shoot(page, "progress-phone", full=True)
    phone.close()
