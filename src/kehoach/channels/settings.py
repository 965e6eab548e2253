"""Settings of the channels: the station, the speech engine, print sizes and palette, the LED screen,
the social platforms. Defaults suit a ward; a YAML file (or the site's settings) overrides any of them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kehoach.errors import InputError


@dataclass(frozen=True)
class PrintSize:
    """A banner or panel as ordered from the print shop, in millimetres."""

    name: str
    width_mm: int
    height_mm: int


@dataclass(frozen=True)
class Palette:
    ground: str = "#C8102E"  # the classic red ground
    letters: str = "#FFD700"  # yellow letters
    accent: str = "#FFD700"


@dataclass(frozen=True)
class Station:
    name: str = "Đài truyền thanh phường"
    opening: str = "Đây là {station}. Mời bà con nghe bản tin."
    closing: str = "{station} vừa phát bản tin. Cảm ơn bà con đã lắng nghe."
    syllables_per_minute: int = 180  # the announcer's pace, pauses included


@dataclass(frozen=True)
class Settings:
    station: Station = field(default_factory=Station)
    speech_engine: str = "espeak-ng"  # or "command: /path/tts --in {text} --out {wav}"
    banners: tuple[PrintSize, ...] = (
        PrintSize("Băng rôn 5,0 × 0,8 m", 5000, 800),
        PrintSize("Băng rôn 4,0 × 0,7 m", 4000, 700),
    )
    panels: tuple[PrintSize, ...] = (
        PrintSize("Pa-nô 3,0 × 2,0 m", 3000, 2000),
        PrintSize("Pa-nô 2,4 × 1,2 m", 2400, 1200),
    )
    palette: Palette = field(default_factory=Palette)
    led_width: int = 1920
    led_height: int = 1080
    led_seconds_per_slide: int = 8
    social_limits: tuple[tuple[str, int], ...] = (("facebook", 2000), ("zalo", 1000))


def _sizes(raw: Any, key: str) -> tuple[PrintSize, ...]:
    try:
        return tuple(
            PrintSize(str(s["name"]), int(s["width_mm"]), int(s["height_mm"])) for s in raw
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(
            f"Cỡ {key} phải có name, width_mm, height_mm (ví dụ 5000 và 800); hãy sửa cấu hình."
        ) from error


def settings_from_dict(raw: Any) -> Settings:
    """Defaults overridden by a mapping (the `channels:` part of a YAML settings file)."""
    base = Settings()
    if not raw:
        return base
    if not isinstance(raw, dict):
        raise InputError("Cấu hình kênh phải là các mục dạng khóa: giá trị; hãy sửa lại.")
    station = base.station
    if isinstance(raw.get("station"), dict):
        station = replace(
            station, **{k: v for k, v in raw["station"].items() if hasattr(station, k)}
        )
    changes: dict[str, Any] = {"station": station}
    if "banners" in raw:
        changes["banners"] = _sizes(raw["banners"], "băng rôn")
    if "panels" in raw:
        changes["panels"] = _sizes(raw["panels"], "pa-nô")
    if isinstance(raw.get("palette"), dict):
        changes["palette"] = replace(base.palette, **raw["palette"])
    for key in ("speech_engine", "led_width", "led_height", "led_seconds_per_slide"):
        if key in raw:
            changes[key] = type(getattr(base, key))(raw[key])
    if isinstance(raw.get("social_limits"), dict):
        changes["social_limits"] = tuple((str(k), int(v)) for k, v in raw["social_limits"].items())
    return replace(base, **changes)
