"""In a real browser: upload a .docx upper plan, draft ours, change one word, save — it saves."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import sync_playwright

from conftest import ROOT
from kehoach.document.model import Section
from kehoach.read import read_plan
from kehoach.web.plans.models import Plan
from kehoach.write.docx import render_docx

CHROMIUM = "/usr/bin/chromium"
UPPER = ROOT / "tests" / "cascade" / "plans" / "tinh-bau-cu.txt"
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


def test_a_cascaded_draft_saves_after_one_word_is_changed(browser, live_server, drafter, tmp_path):
    upper = read_plan(UPPER)
    tcth = next(s for s in upper.sections if s.title == "TỔ CHỨC THỰC HIỆN")
    duties = [f"- Tuyên truyền về công tác bầu cử tại khu dân cư số {i}." for i in range(150)]
    tcth.children.append(Section("5", "Ủy ban nhân dân các xã, phường", duties))
    docx = tmp_path / "ke-hoach-tinh.docx"
    docx.write_bytes(render_docx(upper))

    base = live_server.url
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", "soanthao")
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/viec-can-lam/")
    page.goto(f"{base}/ke-hoach/")
    page.click("text=Tải lên văn bản cấp trên")
    page.set_input_files("input[type=file]", str(docx))
    page.click("text=Tải lên và kiểm tra")
    page.wait_for_selector("ol.source")
    page.click("text=Tạo kế hoạch của đơn vị")
    page.wait_for_selector("#plan-form")

    before = Plan.objects.get(kind=Plan.Kind.OWN).document()
    assert len(before.assignments) > 150  # one row per duty, each with its lead and partners
    parts = next(s for s in before.sections if s.title == "TỔ CHỨC THỰC HIỆN").walk()
    assert max(len("\n".join(s.paragraphs)) for s in parts) > 5000  # more than the editor once took
    duty = page.locator("#id_a-0-text")
    edited = duty.input_value().replace("Chủ trì", "Làm đầu mối", 1)
    duty.fill(edited)
    page.click("#plan-form button.primary")
    page.wait_for_selector(".msg-success")
    draft = Plan.objects.get(kind=Plan.Kind.OWN)
    assert draft.version == 2
    saved = draft.document()
    assert saved.assignments[0].text == edited
    assert [(a.unit, a.partners, a.deadline) for a in saved.assignments] == [
        (a.unit, a.partners, a.deadline) for a in before.assignments
    ]
    assert "Làm đầu mối" in saved.appendices[-1].tables[0].rows[1][1]  # the table follows the rows
