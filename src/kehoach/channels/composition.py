"""A picture to print or show, as data: a ground, frames, a star and centred lines of text, in
millimetres (print) or pixels (screens). The PDF and PNG writers draw the same composition, so the
preview is what the print shop gets."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PIL import ImageFont

from kehoach.channels.fonts import bold_font
from kehoach.channels.layout import Layout, fit

REFERENCE_SIZE = 200


@dataclass(frozen=True)
class TextBlock:
    layout: Layout
    top: float  # y of the block's top
    centre_x: float
    colour: str
    font: Path


@dataclass(frozen=True)
class Composition:
    width: float
    height: float
    ground: str
    texts: list[TextBlock] = field(default_factory=list)
    frames: list[tuple[float, float, float, float, float, str]] = field(default_factory=list)
    stars: list[tuple[float, float, float, str]] = field(
        default_factory=list
    )  # cx, cy, radius, colour

    def all_text(self) -> str:
        return "\n".join(line for block in self.texts for line in block.layout.lines)


_LOCAL = threading.local()


def _reference(font: Path) -> ImageFont.FreeTypeFont:
    """The font at the reference size, one per thread (a FreeType face is not shared across threads)."""
    faces: dict[Path, ImageFont.FreeTypeFont] = _LOCAL.__dict__.setdefault("faces", {})
    if font not in faces:
        faces[font] = ImageFont.truetype(
            str(font), REFERENCE_SIZE, layout_engine=ImageFont.Layout.BASIC
        )
    return faces[font]


def text_block(
    text: str, box: tuple[float, float, float, float], colour: str, font: Path | None = None
) -> TextBlock:
    """`text` fitted as large as it goes into box (left, top, width, height), centred vertically."""
    face = font or bold_font()
    reference = _reference(face)

    def measure(part: str) -> float:
        return float(reference.getlength(part)) / REFERENCE_SIZE

    left, top, width, height = box
    layout = fit(text, measure, width, height)
    used = layout.line_height * len(layout.lines)
    return TextBlock(layout, top + (height - used) / 2, left + width / 2, colour, face)


def star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """The ten corners of a five-pointed star, point up (y grows downwards)."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.382
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points
