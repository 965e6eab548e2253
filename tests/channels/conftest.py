"""The example message, built from seed 000's slogans, shared by the channel tests."""

from __future__ import annotations

import pytest
from tests.conftest import ROOT

from kehoach.channels.message import Message, load_message
from kehoach.channels.settings import Settings, Station

EXAMPLE = ROOT / "examples" / "messages" / "tin-94-nam-thanh-lap-dang.yaml"


@pytest.fixture(scope="session")
def message() -> Message:
    return load_message(EXAMPLE)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(station=Station(name="Đài truyền thanh phường Lê Chân"))
