"""The reporting journey in a real browser (Debian's chromium through Playwright, the part-1 fixtures):
a unit reporter logs in, sees the task, submits figures and a photo; the drafter returns it with a
comment, the reporter corrects it, the drafter accepts; the dashboard shows it; the result report
(BC) is made, downloaded and read back with the library.

KEHOACH_SCREENSHOTS=docs also writes docs/screenshot-report*.png and docs/screenshot-progress*.png.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page

from kehoach.document.model import Anniversary
from kehoach.read import load_bytes, parse
from kehoach.web.reports.models import UnitReport
from web.factories import PASSWORD
from web.tasks.fixtures import issue, plan_with_assignments, png_bytes
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


LONG_NAMES = [
    "Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) và đón Tết Nguyên đán Ất Tỵ",
    "Ngày sinh Chủ tịch Tôn Đức Thắng, Chủ tịch nước Việt Nam Dân chủ Cộng hòa (20/8/1888)",
    "Ngày truyền thống Bộ đội Biên phòng và Ngày Biên phòng toàn dân lần thứ 16",
]


def _loaded(page: Page, selector: str) -> None:
    """Wait until the picture has been decoded (a locator poll: CSP forbids string functions)."""
    image = page.locator(selector)
    for _ in range(120):
        if image.evaluate("img => img.complete && img.naturalWidth > 0"):
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"{selector} never loaded")


def test_the_timeline_and_its_legend_read_on_a_phone(  # noqa: PLR0914 - one journey
    browser,  # noqa: F811
    live_server,
    ward,
    drafter,
    approver,
):
    document = plan_with_assignments(
        anniversaries=[
            Anniversary(95, name, None, date(2025, 2, 3 + 2 * n))
            for n, name in enumerate(LONG_NAMES)
        ]
    )
    plan = issue(ward, document, drafter, approver)
    phone = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.set_default_timeout(60_000)
    log_in(page, live_server.url, "soanthao", "/ke-hoach/")
    page.goto(f"{live_server.url}/tien-do/ke-hoach/{plan.pk}/")
    _loaded(page, ".timeline img")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the dashboard scrolls sideways on a phone by {overflow}px"

    # The legend is page text under the picture: every name whole, wrapped within the screen, and
    # at a size people read on a phone (the picture itself is scaled down there).
    items = page.locator(".timeline-legend li")
    assert items.count() == len(LONG_NAMES)
    for number, name in enumerate(LONG_NAMES):
        item = items.nth(number)
        assert item.inner_text().startswith(name)
        box = item.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        size = item.evaluate("li => parseFloat(getComputedStyle(li).fontSize)")
        assert size >= 12, f"legend line {number + 1} is {size}px"
    assert items.nth(0).bounding_box()["height"] > 30  # the long name wraps onto a second line
    shoot(page, "progress-timeline-phone", full=True)

    # The picture carries the numbers 1-3 of the legend, close dates stacked, no two labels overlapping.
    page.goto(f"{live_server.url}/tien-do/ke-hoach/{plan.pk}/tien-do.svg?chu-giai=khong")
    texts = page.locator("svg text")
    numbers = page.locator("svg text.milestone-number").all_text_contents()
    assert numbers == ["1", "2", "3"]
    assert page.locator("svg text.milestone-legend").count() == 0
    boxes = [texts.nth(i).bounding_box() for i in range(texts.count())]
    boxes = [b for b in boxes if b and b["width"] > 0]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a["x"] + a["width"] <= b["x"] + 0.5
                or b["x"] + b["width"] <= a["x"] + 0.5
                or a["y"] + a["height"] <= b["y"] + 0.5
                or b["y"] + b["height"] <= a["y"] + 0.5
            )
            assert apart, (a, b)
    phone.close()
