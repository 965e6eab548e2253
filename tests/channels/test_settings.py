"""Channel settings: defaults overridden by a mapping, bad sizes refused."""

from __future__ import annotations

import pytest

from kehoach.channels.settings import settings_from_dict
from kehoach.errors import InputError


def test_overrides_keep_the_other_defaults() -> None:
    settings = settings_from_dict(
        {
            "station": {"name": "Đài truyền thanh xã Hòa Nghĩa"},
            "led_width": 1280,
            "palette": {"ground": "#004080"},
        }
    )
    assert (settings.station.name, settings.led_width, settings.led_height) == (
        "Đài truyền thanh xã Hòa Nghĩa",
        1280,
        1080,
    )
    assert settings.palette.ground == "#004080" and settings.palette.letters == "#FFD700"


def test_a_size_without_millimetres_is_refused() -> None:
    with pytest.raises(InputError):
        settings_from_dict({"banners": [{"name": "Băng rôn"}]})
