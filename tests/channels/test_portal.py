"""The portal article and the Atom feed (checked with feedparser and the RFC 4287 required elements)."""

from __future__ import annotations

from datetime import datetime
from xml.etree import ElementTree

import feedparser

from kehoach.channels.message import Message
from kehoach.channels.portal import FeedEntry, article_html, atom_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def test_article_has_title_lead_and_slogans_escaped(message: Message) -> None:
    hostile = Message(title="<script>alert(1)</script>", body="a & b")
    page = article_html(hostile)
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "a &amp; b" in page
    page = article_html(message)
    assert (
        '<html lang="vi">' in page
        and '<p class="sapo">' in page
        and "Khẩu hiệu tuyên truyền" in page
    )


def test_feed_is_valid_atom_with_entries_newest_first(message: Message) -> None:
    older = Message(
        title="Thông báo lịch tiêm chủng", body="Trạm Y tế phường tiêm vắc-xin sáng thứ bảy."
    )
    entries = [
        FeedEntry(
            "https://phuong.vn/tin/1", "https://phuong.vn/tin/1", older, datetime(2024, 1, 10, 9)
        ),
        FeedEntry(
            "https://phuong.vn/tin/2", "https://phuong.vn/tin/2", message, datetime(2024, 1, 30, 8)
        ),
    ]
    data = atom_feed(
        "Tin phường Lê Chân", "https://phuong.vn/tin/feed.atom", "https://phuong.vn/tin/", entries
    )
    parsed = feedparser.parse(data)
    assert not parsed.bozo and parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == [message.title, older.title]
    root = ElementTree.fromstring(data)
    for element in (root, *root.findall(f"{ATOM}entry")):
        assert all(element.find(f"{ATOM}{tag}") is not None for tag in ("id", "title", "updated"))
    assert root.find(f"{ATOM}link[@rel='self']") is not None
