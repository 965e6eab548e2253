"""The office's order in a real browser (Debian's chromium): the leader stores a key and signs, the Văn
thư stores the organisation's key, numbers and seals, and another ward uploads the issued PDF and sees
both signatures verified beside the plan.

Set KEHOACH_SCREENSHOTS=docs to also write docs/screenshot-signatures-*.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from kehoach.web.plans import services as plan_services
from kehoach.web.plans.models import Plan
from sign.sign_helpers import PASSPHRASE
from web.fetch import run_jobs_away_from
from web.signing.conftest import SEAL_PNG, SIGNATURE_PNG
from web.test_browser import DESKTOP, browser, shoot  # noqa: F401 - the module's browser fixture

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mat-khau-thu")
    page.click("button[type=submit]")
    page.wait_for_load_state()


def store_key(page: Page, base: str, ward_pk: int, p12: Path, image: Path, holder: str) -> None:
    page.goto(f"{base}/ky-so/co-quan/{ward_pk}/chung-thu/")
    page.select_option("#id_holder", holder)
    page.set_input_files("#id_p12", str(p12))
    page.fill("#id_passphrase", PASSPHRASE)
    page.set_input_files("#id_image", str(image))
    page.click("text=Kiểm tra và lưu")
    page.wait_for_selector(".msg-success")


def test_leader_signs_clerk_seals_and_the_recipient_sees_both_verified(
    browser,  # noqa: F811 - the fixture imported above
    live_server,
    ward,
    approved,
    approver,
    clerk,
    stranger,
    site_trust,
    tmp_path,  # noqa: F811
):
    base = live_server.url
    files = {
        "leader.p12": site_trust.p12("leader"),
        "org.p12": site_trust.p12("org"),
        "chu-ky.png": SIGNATURE_PNG,
        "con-dau.png": SEAL_PNG,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(90_000)

    # The leader stores a personal key and signature image, then signs the approved plan.
    log_in(page, base, "lanhdao")
    store_key(page, base, ward.pk, tmp_path / "leader.p12", tmp_path / "chu-ky.png", "person")
    assert "Trần Văn Minh" in page.content()
    page.goto(f"{base}/ke-hoach/{approved.pk}/")
    page.click("text=Ký số, sao y")
    page.locator("#ban-de-ky", has_text="đang tạo bản PDF để ký").wait_for()
    run_jobs_away_from(page)  # the page shows the form once it is made
    page.fill("#form-ky #id_passphrase", PASSPHRASE)
    page.click("#form-ky button[type=submit]")
    page.wait_for_selector(".msg")
    assert "Lãnh đạo đã ký số kế hoạch." in page.locator(".msg").first.inner_text()
    issued = plan_services.issue_plan(Plan.objects.get(pk=approved.pk), approver)

    # The Văn thư stores the organisation's key and seal, numbers, dates and seals.
    context.clear_cookies()
    log_in(page, base, "vanthu")
    store_key(page, base, ward.pk, tmp_path / "org.p12", tmp_path / "con-dau.png", "organisation")
    page.goto(f"{base}/ky-so/ke-hoach/{issued.pk}/")
    page.fill("#form-dong-dau #id_passphrase", PASSPHRASE)
    page.click("#form-dong-dau button[type=submit]")
    page.wait_for_selector(".msg")
    assert "Đã ghi số, ngày và ký số của cơ quan." in page.locator(".msg").first.inner_text()
    with page.expect_download() as download:
        page.click("text=Tải tệp PDF đã ký số")
    signed = tmp_path / "ke-hoach-ban-hanh.pdf"
    download.value.save_as(signed)

    # Another ward receives the PDF and sees both signatures verified beside the parsed plan.
    context.clear_cookies()
    log_in(page, base, "phuongkhac")
    page.goto(f"{base}/ke-hoach/tai-len/")
    page.set_input_files("input[type=file]", str(signed))
    page.click("text=Tải lên và kiểm tra")
    page.locator("#tien-do", has_text="Đang chờ đến lượt").wait_for()  # a worker reads the PDF
    run_jobs_away_from(page)
    page.wait_for_selector("#chu-ky-so")  # the waiting page opened the plan
    panel = page.locator("#chu-ky-so")
    assert panel.locator("text=Văn bản còn nguyên vẹn từ khi ký.").count() == 2
    assert panel.locator("text=Cả 2 chữ ký số đều hợp lệ.").count() == 1
    assert "Trần Văn Minh" in panel.inner_text()
    shoot(page, "signatures-received")
    context.close()
