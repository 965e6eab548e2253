"""Every channel of one message into a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tests.channels.conftest import EXAMPLE

from kehoach.channels.message import Message
from kehoach.channels.outputs import parse_channels, render_channels
from kehoach.channels.schedule import schedules_from_list
from kehoach.channels.settings import Settings
from kehoach.errors import InputError


def test_all_channels_are_written(message: Message, settings: Settings, tmp_path: Path) -> None:
    schedule = schedules_from_list(yaml.safe_load(EXAMPLE.read_text("utf-8"))["schedule"])
    out = render_channels(message, settings, tmp_path, schedule=schedule)
    assert set(out.files) == {"loa", "portal", "banner", "led", "social"}
    assert all(p.exists() for paths in out.files.values() for p in paths)
    assert out.broadcasts == 12 and out.audio_seconds and out.script


def test_unknown_channel_is_named() -> None:
    with pytest.raises(InputError, match="tivi"):
        parse_channels("loa,tivi")
    assert parse_channels(" LOA, portal,loa") == ("loa", "portal")
