"""The thi đua cycle in a real browser (Debian's chromium through Playwright) against a live server:
launch from seed 002's plan, registrations by three units with one returned, nominations with one
refused by the 15 % ratio (a warning until the Phòng Nội vụ adopts it with its basis), the council's
secret ballot, the decision signed by the leader (its PDF made by a worker while the page waits),
issued with a number, numbered and sealed by the Văn thư (tests' PKI), certificates printed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pypdfium2
import pytest
from django.db import connection
from playwright.sync_api import Page, sync_playwright

from kehoach.sign.verify import verify_pdf
from kehoach.web.emulation.models import AwardDecision, Nomination, Registration
from kehoach.web.orgs.models import Membership
from kehoach.web.signing import services as signing
from kehoach.web.signing.models import SigningKey
from sign.sign_helpers import PASSPHRASE, ink_png
from web.factories import make_user
from web.fetch import run_jobs_away_from

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
PASSWORD = "mat-khau-thu"

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


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


def off_the_loop(function, *args):  # noqa: ANN001, ANN202
    """Run a pyHanko call (it runs its own event loop) outside Playwright's thread, which has one."""
    result = []
    worker = threading.Thread(target=lambda: result.append(function(*args)))
    worker.start()
    worker.join()
    return result[0]


@pytest.fixture
def office(ward):
    """The ward's Văn thư, with the ward's key and seal; the leader's key and signature image."""
    return make_user("vanthu", ward, Membership.Role.CLERK)


@pytest.fixture
def keys(pki, settings, ward, approver, office) -> None:
    settings.KEHOACH_TRUST_DIR = str(pki.roots)
    settings.KEHOACH_TSA_URL = pki.tsa_url
    settings.KEHOACH_REVOCATION = "online"
    signature = ink_png((25, 55, 190), (900, 360))
    seal = ink_png((215, 25, 30), (425, 425), ring=True)

    def store() -> None:
        org_key = (ward, office, SigningKey.Holder.ORGANISATION, pki.p12("org"), PASSPHRASE, seal)
        signing.save_key(
            ward, approver, SigningKey.Holder.PERSON, pki.p12("leader"), PASSPHRASE, signature
        )
        signing.save_key(*org_key)
        connection.close()

    off_the_loop(store)
    assert SigningKey.objects.filter(organisation=ward).count() == 2


def as_user(browser, base: str, username: str) -> Page:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def test_the_whole_cycle_in_the_browser(
    browser,
    live_server,
    upper,
    drafter,
    approver,
    units,
    unit_reporters,
    council,
    secretary,
    office,
    keys,
):
    base = live_server.url
    page = as_user(browser, base, drafter.username)
    page.goto(f"{base}/thi-dua/")
    page.click("button:has-text('Dựng phong trào thi đua')")
    page.wait_for_url("**/thi-dua/*/")
    page.wait_for_selector("text=Khẩu hiệu thi đua")
    movement_url = page.url
    assert "Đảng bộ, chính quyền, quân và dân quận Dương Kinh" in page.content()

    boss = as_user(browser, base, approver.username)
    boss.goto(movement_url)
    boss.click("text=Phát động tới các đơn vị")
    boss.wait_for_selector("text=Đã phát động")

    for reporter in unit_reporters:
        unit_page = as_user(browser, base, reporter.username)
        unit_page.goto(movement_url)
        unit_page.fill("input[name=target_a]", "100% cán bộ, viên chức quán triệt")
        unit_page.fill("input[name=individuals]", "3")
        unit_page.click("button:has-text('Gửi đăng ký')")
        unit_page.wait_for_selector("text=Đã lưu bản đăng ký thi đua.")
        unit_page.context.close()

    page.goto(movement_url)
    for unit in units[:2]:
        page.locator("tr", has_text=unit.name).locator("button:has-text('Duyệt')").click()
        page.wait_for_load_state()
    page.fill(f"input[aria-label='Lý do trả lại {units[2].name}']", "Bổ sung chỉ tiêu nội dung b")
    page.locator("tr", has_text=units[2].name).locator("button:has-text('Trả lại')").click()
    page.wait_for_selector("text=Lý do trả lại: Bổ sung chỉ tiêu nội dung b")
    assert sorted(Registration.objects.filter(unit__in=units).values_list("state", flat=True)) == [
        "approved",
        "approved",
        "returned",
    ]

    proposer = as_user(browser, base, unit_reporters[0].username)
    people = [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Vũ Thị Giang",
        "Đỗ Văn Hải",
    ]
    proposals = [(n, "lao_dong_tien_tien", "") for n in people] + [
        (n, "chien_si_thi_dua_co_so", "Sáng kiến số hóa") for n in people[:2]
    ]
    for name, award, initiative in proposals:
        proposer.goto(movement_url)
        proposer.fill("input[name=name]", name)
        proposer.select_option("select[name=rating]", "hoan_thanh_tot")
        proposer.fill("input[name=initiative]", initiative)
        proposer.select_option("select[name=award]", award)
        proposer.click("button:has-text('Gửi đề nghị')")
        proposer.wait_for_load_state()
    proposer.goto(movement_url)
    proposer.select_option("select[name=kind]", "collective")
    proposer.fill("input[name=name]", "Tổ Tuyên truyền")
    proposer.select_option("select[name=award]", "giay_khen")
    proposer.fill(
        "textarea[name=achievements]", "Tổ chức 45 buổi phát thanh chào mừng 70 năm Ngày Giải phóng"
    )
    proposer.click("button:has-text('Gửi đề nghị')")
    proposer.wait_for_selector("text=Đã đề nghị Giấy khen cho Tổ Tuyên truyền.")
    assert "Cảnh báo: " in proposer.content() and "vượt 15%" in proposer.content()
    assert not Nomination.objects.filter(state="refused").exists()  # a setting: only a warning

    # The Phòng Nội vụ adopts the 15 % ratio with the basis of the ward's own regulation
    page.goto(movement_url)
    page.click("text=Quy định áp dụng khi kiểm tra đề nghị và bỏ phiếu")
    page.check("input[name='r-cstdcs-ratio-enforce']")
    page.fill(
        "input[name='r-cstdcs-ratio-basis']",
        "Quy chế thi đua, khen thưởng của phường (Quyết định số 05/QĐ-UBND)",
    )
    page.click("button:has-text('Lưu quy định áp dụng')")
    page.wait_for_selector("text=Đã lưu quy định áp dụng")
    proposer.goto(movement_url)
    assert "(Quyết định số 05/QĐ-UBND)" in proposer.content()
    refused = Nomination.objects.filter(state="refused")
    assert [n.name for n in refused] == ["Trần Thị Bình"]

    clerk = as_user(browser, base, secretary.username)
    clerk.goto(movement_url)
    actions = clerk.locator("form[action*='bo-phieu']").evaluate_all(
        "forms => forms.map(f => f.getAttribute('action'))"
    )
    assert len(actions) == 9
    for action in actions:
        form = clerk.locator(f"form[action='{action}']")
        form.locator("input[name=yes]").fill("5")
        form.locator("input[name=no]").fill("0")
        form.locator("input[name=invalid]").fill("0")
        form.locator("button").click()
        clerk.wait_for_load_state()
    assert Nomination.objects.filter(state="passed").count() == 9

    page.goto(movement_url)
    page.fill("input[name=signer]", "Phạm Việt Anh")
    page.click("button:has-text('Lập dự thảo quyết định')")
    page.wait_for_selector("text=Đã lập dự thảo quyết định.")
    boss.goto(movement_url)
    boss.click("button:has-text('Phê duyệt quyết định')")
    boss.wait_for_selector("text=Đã phê duyệt quyết định.")
    boss.locator("#pdf-quyet-dinh", has_text="Máy chủ đang tạo bản PDF").wait_for()
    run_jobs_away_from(boss)  # a worker makes the PDF to sign; the form shows once it is made
    boss.fill("#form-ky-quyet-dinh input[name=passphrase]", PASSPHRASE)
    boss.click("button:has-text('Lãnh đạo ký số quyết định')")
    boss.wait_for_selector("text=Lãnh đạo đã ký số quyết định.")
    boss.click("button:has-text('Ban hành (lấy số)')")
    boss.wait_for_selector("text=Đã ban hành quyết định.")
    assert AwardDecision.objects.get().number == "01"
    assert "Số 01/QĐ-UBND" in boss.content()

    seal = as_user(browser, base, office.username)
    seal.goto(movement_url)
    seal.fill("#form-dong-dau-quyet-dinh input[name=passphrase]", PASSPHRASE)
    seal.click("button:has-text('Ghi số, ngày và ký số của cơ quan')")
    seal.wait_for_selector("text=Đã ghi số, ngày và ký số của cơ quan vào quyết định.")
    href = seal.get_attribute("text=Tải quyết định đã ký số (.pdf)", "href")
    signed = seal.request.get(f"{base}{href}")
    report = off_the_loop(verify_pdf, signed.body(), "quyet-dinh.pdf", signing.trust())
    assert report.ok and [s.kind for s in report.signatures] == ["person", "organisation"]

    boss.click("text=In Giấy khen (.pdf)")  # a worker makes the PDF while the page waits
    boss.locator("#tien-do", has_text="Đang chờ đến lượt").wait_for()
    run_jobs_away_from(boss)
    boss.locator("#tai-tep").wait_for()
    response = boss.request.get(f"{base}{boss.get_attribute('#tai-tep', 'href')}")
    assert response.headers["content-type"] == "application/pdf"
    pdf = pypdfium2.PdfDocument(response.body())
    assert len(pdf) == 1  # one Giấy khen: the collective's
    assert "GIẤY KHEN" in pdf[0].get_textpage().get_text_range()
