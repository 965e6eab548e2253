"""LED screen slides (bảng tin điện tử, màn hình LED): PNG frames at the screen's resolution, a title
slide and a slide a slogan, and a short text for the screen's scrolling line."""

from __future__ import annotations

from pathlib import Path

from kehoach.channels.composition import Composition, text_block
from kehoach.channels.drawing import write_png
from kehoach.channels.message import Message
from kehoach.channels.settings import Settings

SCROLL_LIMIT = 300
SEPARATOR = " ★ "


def slide(text: str, heading: str, settings: Settings) -> Composition:
    """One frame: a heading band (the ward or the occasion) and the text as large as it fits."""
    w, h = float(settings.led_width), float(settings.led_height)
    margin = min(w, h) * 0.06
    band = h * 0.14 if heading else 0.0
    palette = settings.palette
    texts = [
        text_block(
            text, (margin, margin + band, w - 2 * margin, h - band - 2 * margin), palette.letters
        )
    ]
    if heading:
        texts.append(
            text_block(
                heading.upper(), (margin, margin * 0.6, w - 2 * margin, band), palette.accent
            )
        )
    return Composition(w, h, palette.ground, texts=texts)


def slides(message: Message, settings: Settings) -> list[Composition]:
    heading = message.ward
    return [slide(message.title, heading, settings)] + [
        slide(s, heading, settings) for s in message.slogans
    ]


def scrolling_text(message: Message, limit: int = SCROLL_LIMIT) -> str:
    """Title and slogans on one line, cut between two slogans (never inside one) to fit `limit`."""
    parts = [message.title, *message.slogans]
    text = parts[0][:limit]
    for part in parts[1:]:
        if len(text) + len(SEPARATOR) + len(part) > limit:
            break
        text += SEPARATOR + part
    return text


def write_slides(message: Message, settings: Settings, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [
        write_png(frame, folder / f"led-{i + 1:02d}.png", settings.led_width)
        for i, frame in enumerate(slides(message, settings))
    ]
    (folder / "led-chay-chu.txt").write_text(scrolling_text(message) + "\n", "utf-8")
    return paths
