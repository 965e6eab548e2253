"""In a real browser (with the site's CSP): "Sửa tất cả" in the editor fixes the plan's typos."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import sync_playwright

from kehoach.document.model import Section
from kehoach.web.plans import services
from web.factories import sample_document

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the test's own ORM calls, as in test_browser
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def test_fix_all_in_the_editor_fixes_the_typos(browser, live_server, ward, drafter):
    document = sample_document()
    typo = "Đăng tải trên Công thông tin điện tử, giữ gìn văn hoá truyền thống."
    document.sections.append(Section("III", "KINH PHÍ", [typo]))
    plan = services.create_plan(ward, document, drafter)

    base = live_server.url
    page = browser.new_context().new_page()
    page.set_default_timeout(60_000)
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", "soanthao")
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/viec-can-lam/")
    page.goto(f"{base}/ke-hoach/{plan.pk}/sua/")
    assert page.locator("#lint-panel button", has_text="Sửa tự động").count() == 2
    page.click("#lint-panel button:has-text('Sửa tất cả')")
    page.locator(".msg-success", has_text="Đã sửa 2 lỗi").wait_for()
    plan.refresh_from_db()
    assert plan.document().sections[-1].paragraphs == [
        "Đăng tải trên Cổng thông tin điện tử, giữ gìn văn hóa truyền thống."
    ]
    assert page.locator("#lint-panel button", has_text="Sửa tự động").count() == 0
    assert refused == []
