"""The social post fits the platform's limit, cut at a word, and comes with one image."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kehoach.channels.message import Message
from kehoach.channels.settings import Settings
from kehoach.channels.social import post_text, write_social


def test_post_fits_the_limit_and_keeps_the_ward_line(message: Message) -> None:
    post = post_text(message, "zalo", 600)
    assert len(post.text) <= 600
    assert "Phường Lê Chân" in post.text and post.text.startswith("PHƯỜNG LÊ CHÂN TỔ CHỨC")


def test_a_cut_falls_between_words(message: Message) -> None:
    text = post_text(message, "x", 280).text
    head = text.split("\n\n")[-3] if text.count("\n\n") >= 2 else text
    words = set(" ".join([message.title.upper(), message.lead, message.body]).split())
    assert all(w.rstrip("…") in words or w.rstrip("…") == "" for w in head.split())


def test_one_image_and_a_text_per_platform(
    message: Message, settings: Settings, tmp_path: Path
) -> None:
    paths = write_social(message, settings, tmp_path)
    assert Image.open(paths[0]).size == (1200, 630)
    assert sorted(p.name for p in paths[1:]) == ["mang-xa-hoi-facebook.txt", "mang-xa-hoi-zalo.txt"]
