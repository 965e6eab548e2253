"""The loudspeaker script: spoken form between the station's opening and closing, with its reading time."""

from __future__ import annotations

import re

from kehoach.channels.loudspeaker import count_syllables, reading_seconds, script_for
from kehoach.channels.message import Message
from kehoach.channels.settings import Settings


def test_script_opens_and_closes_with_the_station(message: Message, settings: Settings) -> None:
    lines = script_for(message, settings.station).text.splitlines()
    assert lines[0].startswith("Đây là Đài truyền thanh phường Lê Chân")
    assert lines[-1].startswith("Đài truyền thanh phường Lê Chân vừa phát bản tin")


def test_script_has_no_digits_and_reads_the_slogans(message: Message, settings: Settings) -> None:
    text = script_for(message, settings.station).text
    assert not re.search(r"\d", text)
    assert "Đảng Cộng sản Việt Nam quang vinh muôn năm!" in text


def test_estimate_follows_the_pace() -> None:
    text = "một hai ba " * 60
    assert count_syllables(text) == 180
    assert reading_seconds(text, 180) == 60.0


def test_minutes_text(message: Message, settings: Settings) -> None:
    assert re.fullmatch(
        r"khoảng \d+ phút \d\d giây", script_for(message, settings.station).minutes_text
    )
