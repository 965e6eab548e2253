"""The portal article (Cổng/Trang thông tin điện tử of the ward) and the Atom feed the portal pulls.

The article is plain, escaped HTML: title, lead (sa-pô), paragraphs (lines starting with "-" become a
list), images, the slogans, and the ward and date. The feed is Atom 1.0 written by feedgen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from feedgen.feed import FeedGenerator

from kehoach.channels.message import Message
from kehoach.document.dates import format_short

VIETNAM = timezone(timedelta(hours=7))

STYLE = (
    "body{font-family:'Liberation Sans',Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.6;color:#1a1a1a}h1{font-size:1.8rem;line-height:1.3;color:#9e0b0f}"
    ".sapo{font-weight:bold}figure{margin:1rem 0}img{max-width:100%}"
    ".khau-hieu{background:#c8102e;color:#ffd700;padding:.8rem 1.2rem;font-weight:bold}"
    ".nguon{color:#555;font-size:.9rem}"
)


def _blocks(body: str) -> list[str]:
    """Paragraphs by blank lines; inside one, lines that start with "-" each become a list item."""
    found = []
    for block in body.replace("\r", "").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines and all(line.startswith(("- ", "+ ", "• ")) for line in lines):
            items = "".join(f"<li>{html.escape(line[2:].strip())}</li>" for line in lines)
            found.append(f"<ul>{items}</ul>")
        elif lines:
            found.append(f"<p>{html.escape(' '.join(lines))}</p>")
    return found


def article_fragment(message: Message, image_urls: list[str] | None = None) -> str:
    """The article's body as an HTML fragment (for the site's page and the feed's content)."""
    parts = []
    if message.lead:
        parts.append(f'<p class="sapo">{html.escape(message.lead)}</p>')
    for url in image_urls if image_urls is not None else list(message.images):
        parts.append(
            f'<figure><img src="{html.escape(url)}" alt="{html.escape(message.title)}"></figure>'
        )
    parts += _blocks(message.body)
    if message.slogans:
        items = "".join(f"<li>{html.escape(s)}</li>" for s in message.slogans)
        parts.append(
            f'<section class="khau-hieu"><h2>Khẩu hiệu tuyên truyền</h2><ul>{items}</ul></section>'
        )
    source = ", ".join(p for p in (message.unit, message.ward) if p)
    if message.date:
        source = (
            f"{source} — {format_short(message.date)}" if source else format_short(message.date)
        )
    if source:
        parts.append(f'<p class="nguon">{html.escape(source)}</p>')
    return "\n".join(parts)


def article_html(message: Message, image_urls: list[str] | None = None) -> str:
    """A whole page the portal's editor can paste or upload."""
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(message.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<article>\n<h1>{html.escape(message.title)}</h1>\n{article_fragment(message, image_urls)}\n"
        "</article>\n</body>\n</html>\n"
    )


@dataclass(frozen=True)
class FeedEntry:
    id: str  # a stable URI: the article's public URL or a tag: URI
    url: str
    message: Message
    published: datetime
    updated: datetime | None = None


def aware(moment: datetime | date) -> datetime:
    """A datetime with Vietnam's offset (dates become midnight in Vietnam)."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


def atom_feed(title: str, feed_url: str, site_url: str, entries: list[FeedEntry]) -> bytes:
    """An Atom 1.0 feed of published messages, newest first."""
    feed = FeedGenerator()
    feed.id(feed_url)
    feed.title(title)
    feed.link(href=site_url, rel="alternate")
    feed.link(href=feed_url, rel="self")
    feed.language("vi")
    feed.author({"name": title})
    ordered = sorted(entries, key=lambda e: aware(e.published), reverse=True)
    feed.updated(
        max((aware(e.updated or e.published) for e in ordered), default=aware(date(2000, 1, 1)))
    )
    for entry in reversed(ordered):  # feedgen prepends: add oldest first
        item = feed.add_entry()
        item.id(entry.id)
        item.title(entry.message.title)
        item.link(href=entry.url, rel="alternate")
        item.published(aware(entry.published))
        item.updated(aware(entry.updated or entry.published))
        item.author({"name": entry.message.unit or entry.message.ward or title})
        if entry.message.lead:
            item.summary(entry.message.lead)
        item.content(article_fragment(entry.message, []), type="html")
    result: bytes = feed.atom_str(pretty=True)
    return result
