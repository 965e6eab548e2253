"""The social post (Zalo, Facebook page of the ward): a short text within the platform's limit, and one
image (1200 × 630, the size both platforms show in full)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kehoach.channels.composition import Composition, text_block
from kehoach.channels.drawing import write_png
from kehoach.channels.fonts import regular_font
from kehoach.channels.message import Message
from kehoach.channels.settings import Settings

IMAGE_SIZE = (1200, 630)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Post:
    platform: str
    text: str
    limit: int


def _cut(text: str, room: int) -> str:
    """`text` cut at the last word boundary that leaves room for the ellipsis."""
    if len(text) <= room:
        return text
    head = text[: room - len(ELLIPSIS)]
    if " " in head:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:-") + ELLIPSIS


def post_text(message: Message, platform: str, limit: int) -> Post:
    """Title, lead, body and slogans, in that order of importance, within `limit` characters."""
    tags = " ".join("#" + "".join(t.title().split()) for t in message.tags)
    blocks = [message.title.upper(), message.lead, *message.paragraphs]
    if message.slogans:
        blocks.append("\n".join(message.slogans))
    tail = "\n\n".join(p for p in (message.ward, tags) if p)
    room = limit - (len(tail) + 2 if tail else 0)
    body = ""
    for block in (b for b in blocks if b):
        candidate = f"{body}\n\n{block}" if body else block
        if len(candidate) > room:
            body = _cut(candidate, room) if not body or room - len(body) > 80 else body
            break
        body = candidate
    text = f"{body}\n\n{tail}" if tail else body
    return Post(platform, text, limit)


def image(message: Message, settings: Settings) -> Composition:
    w, h = IMAGE_SIZE
    margin = 48.0
    palette = settings.palette
    texts = [text_block(message.title, (margin, margin, w - 2 * margin, h * 0.68), palette.letters)]
    if message.ward:
        box = (margin, h * 0.78, w - 2 * margin, h * 0.12)
        texts.append(text_block(message.ward.upper(), box, palette.accent, regular_font()))
    return Composition(float(w), float(h), palette.ground, texts=texts)


def write_social(message: Message, settings: Settings, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [write_png(image(message, settings), folder / "mang-xa-hoi.png", IMAGE_SIZE[0])]
    for platform, limit in settings.social_limits:
        post = post_text(message, platform, limit)
        path = folder / f"mang-xa-hoi-{platform}.txt"
        path.write_text(post.text + "\n", "utf-8")
        paths.append(path)
    return paths
