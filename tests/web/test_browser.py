"""The whole journey in a real browser (Debian's chromium through Playwright) against a live server:
log in, upload a plan, see its findings, cascade, edit, submit, approve, issue, download .docx and .pdf.

Set KEHOACH_SCREENSHOTS=docs to also write docs/screenshot-*.png (1366×768 and a 390 px phone).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pdfplumber
import pytest
from playwright.sync_api import Page, sync_playwright

from conftest import ROOT, SEEDS
from kehoach.read import load_bytes, parse
from kehoach.web.plans.models import Plan
from web.fetch import run_jobs_away_from

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SHOTS = ROOT / "docs" if os.environ.get("KEHOACH_SCREENSHOTS") == "docs" else None

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/bootstrap installs Debian's chromium")
    # Playwright's sync API keeps an event loop in this thread; the ORM calls of the test itself are
    # still synchronous, so Django's async-safety guard is lifted for these tests only.
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


def shoot(page: Page, name: str, full: bool = False) -> None:
    if SHOTS is not None:
        page.screenshot(path=str(SHOTS / f"screenshot-{name}.png"), full_page=full)


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/viec-can-lam/")  # everyone lands on "Việc cần làm"


def log_out(page: Page) -> None:
    page.click("text=Đăng xuất")
    page.wait_for_selector("#id_username")


def test_a_plan_goes_from_upload_to_issued_downloads(
    browser, live_server, drafter, approver, tmp_path
):
    base = live_server.url
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{base}/dang-nhap/")
    shoot(page, "login")
    log_in(page, base, "soanthao")

    # Upload the upper level's plan; its findings show beside the text.
    page.goto(f"{base}/ke-hoach/")
    page.click("text=Tải lên văn bản cấp trên")
    page.set_input_files("input[type=file]", str(SEEDS[2]))
    page.click("text=Tải lên và kiểm tra")
    page.wait_for_selector("ol.source")
    assert page.locator(".findings li").count() > 0
    assert page.locator("ol.source li.flagged").count() > 0
    shoot(page, "upload-findings")

    # Cascade: our own draft, opened in the editor.
    page.click("text=Tạo kế hoạch của đơn vị")
    page.wait_for_selector("#plan-form")
    page.fill(
        "#id_h-title", "Phát động phong trào thi đua chào mừng 70 năm Ngày Giải phóng Hải Phòng"
    )
    # A locator, not wait_for_function: the site's CSP (script-src 'self') forbids evaluated strings.
    page.locator("#lint-state", has_text="Đã kiểm tra").wait_for(timeout=15000)
    shoot(page, "editor")
    page.click("#plan-form button.primary")
    page.wait_for_selector(".msg-success")
    plan = Plan.objects.get(kind=Plan.Kind.OWN)
    assert plan.version == 2 and plan.title.startswith("Phát động phong trào")

    # Submit, then the approver approves and issues.
    page.click("text=Xem kế hoạch")
    page.click("#trinh button[type=submit]")
    if page.locator("#id_t-confirm").count():  # the draft still has check errors: confirm them
        page.check("#id_t-confirm")
        page.click("form.card button[type=submit]")
    page.wait_for_selector(".msg-success")
    log_out(page)
    log_in(page, base, "lanhdao")
    page.goto(f"{base}/ke-hoach/{plan.pk}/")
    page.click("button:has-text('Phê duyệt')")
    page.wait_for_selector("text=Ban hành (cấp số)")
    if page.locator("#id_override_reason").count():  # gates stand: the leader writes a reason
        page.fill("#id_override_reason", "Lãnh đạo đồng ý ban hành, bổ sung thời hạn sau.")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ban-hanh button[type=submit]")
    page.wait_for_selector("text=Đã ban hành: Số: 01/KH-UBND")
    shoot(page, "issued")

    with page.expect_download() as docx_download:
        page.click("text=Tải .docx")
    docx = Path(docx_download.value.path()).read_bytes()
    parsed = parse(load_bytes(docx, "ke-hoach.docx"))
    assert (parsed.number, parsed.symbol) == ("01", "KH-UBND")
    assert parsed.title.startswith("Phát động phong trào thi đua")

    page.click("text=Tải .pdf")  # the PDF is a worker's job: a page waits for it
    page.locator("#tien-do", has_text="Đang chờ đến lượt").wait_for()
    run_jobs_away_from(page)
    with page.expect_download(timeout=180_000) as pdf_download:
        page.click("#tai-tep")  # the page refreshed itself and offers the file
    pdf = Path(pdf_download.value.path()).read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(p.extract_text() or "" for p in document.pages)
    assert "01/KH-UBND" in text

    page.goto(f"{base}/ke-hoach/")
    shoot(page, "plans")
    page.goto(f"{base}/lich/?nam=2025&quy=2&pham_vi=hai-phong")
    shoot(page, "calendar")

    phone = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    small = phone.new_page()
    small.set_default_timeout(60_000)
    log_in(small, base, "soanthao")
    small.goto(f"{base}/ke-hoach/")
    shoot(small, "phone-plans")
    small.goto(f"{base}/ke-hoach/{plan.pk}/")
    overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the plan page scrolls sideways on a phone by {overflow}px"
    shoot(small, "phone-plan")
    upper = Plan.objects.get(kind=Plan.Kind.UPPER)
    small.goto(f"{base}/ke-hoach/{upper.pk}/")
    shoot(small, "phone-findings")
    small.goto(f"{base}/lich/?nam=2025&quy=1")
    overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the calendar scrolls sideways on a phone by {overflow}px"
    phone.close()
    context.close()


def test_the_editor_saves_without_javascript(browser, live_server, drafter, draft):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server.url, "soanthao")
    page.goto(f"{live_server.url}/ke-hoach/{draft.pk}/sua/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    page.fill("#id_h-title", "Sửa không cần JavaScript")
    page.click("#plan-form button.primary")
    page.wait_for_selector(".msg-success")
    assert Plan.objects.get(pk=draft.pk).title == "Sửa không cần JavaScript"
    context.close()


def assignment_row(page: Page, index: int, unit: str, role: str, deadline: str, text: str) -> None:
    page.fill(f"#id_a-{index}-unit", unit)
    page.select_option(f"#id_a-{index}-role", role)
    page.fill(f"#id_a-{index}-deadline", deadline)
    page.fill(f"#id_a-{index}-text", text)


def test_the_editor_adds_two_assignments_and_removes_one_in_one_save(
    browser, live_server, drafter, draft
):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(30_000)
    log_in(page, live_server.url, "soanthao")
    url = f"{live_server.url}/ke-hoach/{draft.pk}/sua/"
    page.goto(url)
    assert page.locator("#a-rows .row-form").count() == 2  # the plan's row and one empty row
    page.evaluate("window.samePage = true")
    page.click("button[data-add-row=a]")
    page.click("button[data-add-row=a]")
    assert page.evaluate("window.samePage === true")  # added in the page, the form not posted
    assert page.locator("#a-rows .row-form").count() == 4
    assert page.input_value("#id_a-TOTAL_FORMS") == "4"
    assert page.evaluate("document.activeElement.id") == "id_a-3-unit"
    assignment_row(page, 2, "Trạm Y tế phường", "support", "20/03/2025", "Phối hợp tuyên truyền.")
    assignment_row(page, 3, "Công an phường", "support", "25/03/2025", "Bảo đảm an ninh trật tự.")
    page.check("#id_a-0-DELETE")
    assert "row-removed" in (page.get_attribute("#a-rows .row-form >> nth=0", "class") or "")
    if SHOTS is not None:
        page.locator("fieldset:has(#a-rows)").screenshot(
            path=str(SHOTS / "screenshot-editor-rows.png")
        )
    page.click("#plan-form button.primary")
    page.wait_for_selector(".msg-success")
    plan = Plan.objects.get(pk=draft.pk)
    assert plan.version == 2
    assert [(a["unit"], a["role"], a["deadline"]) for a in plan.data["assignments"]] == [
        ("Trạm Y tế phường", "support", "2025-03-20"),
        ("Công an phường", "support", "2025-03-25"),
    ]
    context.close()


def test_a_deadline_typed_day_first_is_shown_back_day_first(browser, live_server, drafter, draft):
    context = browser.new_context(viewport=DESKTOP)  # an English browser: no mm/dd/yyyy anywhere
    page = context.new_page()
    page.set_default_timeout(30_000)
    log_in(page, live_server.url, "soanthao")
    page.goto(f"{live_server.url}/ke-hoach/{draft.pk}/sua/")
    assert page.input_value("#id_a-0-deadline") == "01/03/2025"
    assert page.get_attribute("#id_a-1-deadline", "placeholder") == "dd/mm/yyyy"
    assignment_row(page, 1, "Trạm Y tế phường", "support", "15/03/2025", "Phối hợp tuyên truyền.")
    page.click("#plan-form button.primary")
    page.wait_for_selector(".msg-success")
    assert page.input_value("#id_a-1-deadline") == "15/03/2025"
    assert Plan.objects.get(pk=draft.pk).data["assignments"][1]["deadline"] == "2025-03-15"
    page.goto(f"{live_server.url}/ke-hoach/{draft.pk}/")
    assert "15/03/2025" in page.inner_text("main")
    context.close()


def test_the_browser_keeps_an_impossible_day_for_the_server_to_name(
    browser, live_server, drafter, draft
):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(30_000)
    log_in(page, live_server.url, "soanthao")
    page.goto(f"{live_server.url}/ke-hoach/{draft.pk}/sua/")
    page.fill("#id_a-0-deadline", "30/02/2025")
    page.click("#plan-form button.primary")
    page.wait_for_selector("text=Ngày không hợp lệ: 30/02/2025.")
    assert page.input_value("#id_a-0-deadline") == "30/02/2025"
    assert Plan.objects.get(pk=draft.pk).version == 1
    context.close()


def test_the_editor_adds_rows_without_javascript(browser, live_server, drafter, draft):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(30_000)
    log_in(page, live_server.url, "soanthao")
    page.goto(f"{live_server.url}/ke-hoach/{draft.pk}/sua/")
    assignment_row(page, 1, "Trạm Y tế phường", "support", "2025-03-20", "Phối hợp tuyên truyền.")
    page.click("button[data-add-row=a]")  # posts the form back with one more row, saves nothing
    page.wait_for_selector("#id_a-2-unit")
    assert page.input_value("#id_a-1-unit") == "Trạm Y tế phường"
    assert Plan.objects.get(pk=draft.pk).version == 1
    assignment_row(page, 2, "Công an phường", "support", "2025-03-25", "Bảo đảm an ninh trật tự.")
    page.press("#id_a-2-unit", "Enter")  # Enter saves; it does not add another row
    page.wait_for_selector(".msg-success")
    plan = Plan.objects.get(pk=draft.pk)
    assert [a["unit"] for a in plan.data["assignments"]] == [
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế phường",
        "Công an phường",
    ]
    context.close()
