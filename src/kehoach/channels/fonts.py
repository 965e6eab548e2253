"""Fonts for print and screens: Liberation Sans (the Arial shape of Vietnamese banners) or DejaVu Sans,
both Debian fonts with every Vietnamese letter. `missing_glyphs` checks a text against a font's cmap."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from kehoach.errors import InputError

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/dejavu"),
)
BOLD = ("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf")
REGULAR = ("LiberationSans-Regular.ttf", "DejaVuSans.ttf")


def _find(names: tuple[str, ...]) -> Path:
    for name in names:
        for folder in FONT_DIRS:
            if (folder / name).exists():
                return folder / name
    raise InputError("Không tìm thấy phông chữ Liberation hoặc DejaVu; hãy cài fonts-liberation2.")


@cache
def bold_font() -> Path:
    return _find(BOLD)


@cache
def regular_font() -> Path:
    return _find(REGULAR)


@cache
def _cmap(path: Path) -> frozenset[int]:
    with TTFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(text: str, font: Path) -> list[str]:
    """The characters of `text` (spaces aside) that the font cannot draw, in order, without repeats."""
    cmap = _cmap(font)
    seen: list[str] = []
    for char in text:
        if not char.isspace() and ord(char) not in cmap and char not in seen:
            seen.append(char)
    return seen
