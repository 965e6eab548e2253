"""Clicking a finding's place in a real browser focuses and highlights its paragraph (plan view) and
selects its line in the editor's field."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from kehoach.web.plans import services
from web.plans.test_places import TYPO, document_with_appendix, document_with_typo
from web.test_browser import ARGS, CHROMIUM, DESKTOP, log_in

pytestmark = pytest.mark.slow
ANCHOR = "d-sections-1-children-0-paragraphs-1"


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


def test_a_finding_leads_to_its_paragraph_and_its_field(browser, live_server, ward, drafter):
    base = live_server.url
    plan = services.create_plan(ward, document_with_typo(), drafter)
    page = browser.new_context(viewport=DESKTOP, locale="vi-VN").new_page()
    page.set_default_timeout(60_000)
    log_in(page, base, "soanthao")

    # The plan view: the finding names "Mục II.1, đoạn 2"; clicking it focuses that paragraph.
    page.goto(f"{base}/ke-hoach/{plan.pk}/")
    page.click(".findings a.finding-place:has-text('Mục II.1, đoạn 2')")
    paragraph = page.locator(f"#{ANCHOR}")
    assert paragraph.inner_text() == TYPO
    assert "finding-target" in (paragraph.get_attribute("class") or "")
    assert paragraph.evaluate("el => el === document.activeElement")
    assert page.url.endswith(f"#{ANCHOR}")

    # The editor: the same finding selects the paragraph's line in the section's textarea.
    page.goto(f"{base}/ke-hoach/{plan.pk}/sua/")
    page.click("#lint-panel a.finding-place:has-text('Mục II.1, đoạn 2')")
    field = page.locator("#id_s-2-paragraphs")
    assert field.evaluate("el => el === document.activeElement")
    selected = field.evaluate("el => el.value.substring(el.selectionStart, el.selectionEnd)")
    assert selected == TYPO
    assert page.locator(".finding-target #id_s-2-paragraphs").count() == 1


def test_a_finding_in_an_appendix_leads_to_its_paragraph(browser, live_server, ward, drafter):
    base = live_server.url
    plan = services.create_plan(ward, document_with_appendix(), drafter)
    page = browser.new_context(viewport=DESKTOP, locale="vi-VN").new_page()
    page.set_default_timeout(60_000)
    log_in(page, base, "soanthao")
    page.goto(f"{base}/ke-hoach/{plan.pk}/")
    page.click(".findings a.finding-place:has-text('Phụ lục 01, đoạn 3')")
    paragraph = page.locator("#d-appendices-0-paragraphs-2")
    assert paragraph.inner_text() == TYPO
    assert "finding-target" in (paragraph.get_attribute("class") or "")
    assert paragraph.evaluate("el => el === document.activeElement")
    assert paragraph.is_visible()
    page.context.close()
