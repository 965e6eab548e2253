"""The channels journey in a real browser (Debian's chromium through Playwright): the unit drafts a
message for its task, the leader approves it, the unit publishes it and logs the broadcasts; the
ward's Atom feed validates and the unit's report form shows the logged counts.

KEHOACH_SCREENSHOTS=docs also writes docs/screenshot-channels-*.png."""

from __future__ import annotations

import feedparser
import pytest
from playwright.sync_api import Page

from kehoach.web.channels.models import ChannelMessage
from web.factories import PASSWORD
from web.test_browser import DESKTOP, browser, shoot  # noqa: F401 - the shared browser fixture

pytestmark = pytest.mark.slow


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def log_out(page: Page) -> None:
    page.click("text=Đăng xuất")
    page.wait_for_selector("#id_username")


def test_draft_approve_publish_feed_and_report(
    browser,  # noqa: F811 - the shared fixture imported above
    live_server,
    issued_plan,
    vhxh_reporter,
    approver,
    vhxh_task,
):
    base = live_server.url
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(90_000)

    # The unit drafts a message for its task.
    log_in(page, base, vhxh_reporter.username)
    page.click("text=Tin tuyên truyền")
    page.click("text=Soạn tin mới")
    page.goto(f"{base}/kenh/moi/?nhiem-vu={vhxh_task.pk}")
    page.fill("#id_title", "Phường treo cờ chào mừng 50 năm Ngày giải phóng miền Nam")
    page.fill(
        "#id_body",
        "UBND phường đề nghị các hộ gia đình treo cờ Tổ quốc từ ngày 28/4/2025 đến hết ngày 01/5/2025.",
    )
    page.fill(
        "#id_slogans",
        "Nhiệt liệt chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)!",
    )
    page.click("button:has-text('Lưu tin')")
    page.wait_for_selector(".msg-success")
    assert "ngày hai mươi tám tháng tư năm hai nghìn không trăm hai mươi lăm" in page.content()
    page.click("button:has-text('Gửi lãnh đạo duyệt')")
    page.wait_for_selector(".msg-success")
    message = ChannelMessage.objects.get()
    assert message.state == ChannelMessage.State.SUBMITTED
    log_out(page)

    # The leader approves it.
    log_in(page, base, approver.username)
    page.goto(f"{base}/kenh/{message.pk}/")
    page.click("button:has-text('Duyệt nội dung')")
    page.wait_for_selector(".msg-success")
    log_out(page)

    # The unit publishes it and logs twelve broadcast sessions.
    log_in(page, base, vhxh_reporter.username)
    page.goto(f"{base}/kenh/{message.pk}/")
    page.click("button:has-text('Đăng lên trang tin của phường')")
    page.wait_for_selector(".msg-success")
    page.select_option("#id_kind", "broadcast")
    page.fill("#id_day", "29/04/2025")
    page.fill("#id_place", "Cụm loa tổ dân phố 1-6")
    page.fill("#id_count", "12")
    page.click("button:has-text('Ghi nhật ký')")
    page.wait_for_selector("table.logs")
    shoot(page, "channels-message", full=True)

    # The public feed validates and carries the article.
    page.goto(f"{base}/tin/{message.organisation.slug}/{message.pk}/")
    shoot(page, "channels-public-article", full=True)
    feed_url = f"{base}/tin/{message.organisation.slug}/feed.atom"
    feed = feedparser.parse(page.request.get(feed_url).body())
    assert not feed.bozo and feed.version == "atom10"
    assert feed.entries[0].title == message.title

    # The unit's report form shows the logged counts to review.
    page.goto(f"{base}/bao-cao/nhiem-vu/{vhxh_task.pk}/")
    assert page.input_value("#id_so_phat_thanh") == "12"
    assert page.input_value("#id_so_tin_bai") == "1"
    assert "Phát thanh 12 buổi" in page.input_value("#id_text")
    context.close()
