"""LED slides at the screen's resolution and the scrolling line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from kehoach.channels.fonts import bold_font, missing_glyphs
from kehoach.channels.led import scrolling_text, slides, write_slides
from kehoach.channels.message import Message
from kehoach.channels.settings import Settings


def test_frames_have_the_configured_resolution(
    message: Message, settings: Settings, tmp_path: Path
) -> None:
    small = replace(settings, led_width=768, led_height=384)
    paths = write_slides(message, small, tmp_path)
    assert len(paths) == 1 + len(message.slogans)
    assert {Image.open(p).size for p in paths} == {(768, 384)}


def test_slide_text_is_drawable(message: Message, settings: Settings) -> None:
    assert all(
        missing_glyphs(frame.all_text(), bold_font()) == [] for frame in slides(message, settings)
    )


def test_scrolling_text_is_short_and_cut_between_slogans(message: Message) -> None:
    text = scrolling_text(message, limit=200)
    assert len(text) <= 200
    assert all(part in [message.title, *message.slogans] for part in text.split(" ★ "))
