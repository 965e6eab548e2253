"""Banners (băng rôn) and panels (pa-nô) at the sizes people order, for print and as a preview.

A banner is one slogan in capital letters on the ground colour, as large as the cloth allows, inside a
thin frame. A panel adds the yellow star and the ward's name. Each size is one PDF with a page a slogan
(the page is the real size, in millimetres) and a PNG preview a slogan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kehoach.channels.composition import Composition, text_block
from kehoach.channels.drawing import write_pdf, write_png
from kehoach.channels.fonts import regular_font
from kehoach.channels.settings import Palette, PrintSize

PREVIEW_WIDTH = 1200


def upper_vi(text: str) -> str:
    """Capital letters for a banner; "đ" becomes "Đ", tone marks stay."""
    return text.upper()


def banner(slogan: str, size: PrintSize, palette: Palette, capitals: bool = True) -> Composition:
    w, h = size.width_mm, size.height_mm
    margin = min(w, h) * 0.08
    frame = min(w, h) * 0.025
    text = upper_vi(slogan) if capitals else slogan
    box = (margin * 3, margin, w - 6 * margin, h - 2 * margin)
    return Composition(
        w,
        h,
        palette.ground,
        texts=[text_block(text, box, palette.letters)],
        frames=[(frame, frame, w - 2 * frame, h - 2 * frame, frame * 0.35, palette.accent)],
    )


def panel(slogan: str, size: PrintSize, palette: Palette, ward: str) -> Composition:
    w, h = size.width_mm, size.height_mm
    margin = min(w, h) * 0.06
    star_r = min(h * 0.2, w * 0.12)
    footer_h = h * 0.12 if ward else 0.0
    top = margin + 2 * star_r + margin * 0.5
    texts = [
        text_block(
            slogan, (margin, top, w - 2 * margin, h - top - footer_h - margin), palette.letters
        )
    ]
    if ward:
        box = (margin, h - footer_h - margin * 0.6, w - 2 * margin, footer_h)
        texts.append(text_block(upper_vi(ward), box, palette.letters, regular_font()))
    frame = min(w, h) * 0.02
    return Composition(
        w,
        h,
        palette.ground,
        texts=texts,
        frames=[(frame, frame, w - 2 * frame, h - 2 * frame, frame * 0.4, palette.accent)],
        stars=[(w / 2, margin + star_r, star_r, palette.accent)],
    )


@dataclass(frozen=True)
class PrintFile:
    kind: str  # "băng rôn" or "pa-nô"
    size: PrintSize
    pdf: Path
    previews: tuple[Path, ...]
    compositions: tuple[Composition, ...]


def _slug(size: PrintSize) -> str:
    return f"{size.width_mm}x{size.height_mm}"


def write_prints(
    slogans: list[str],
    sizes: tuple[PrintSize, ...],
    palette: Palette,
    folder: Path,
    ward: str = "",
    kind: str = "băng rôn",
) -> list[PrintFile]:
    """One PDF per size (a page a slogan, multi-page through reportlab) and PNG previews."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = "bang-ron" if kind == "băng rôn" else "pa-no"
    made = []
    for number, size in enumerate(sizes):
        pictures = [
            banner(s, size, palette) if kind == "băng rôn" else panel(s, size, palette, ward)
            for s in slogans
        ]
        pdf = write_pdf(
            pictures, folder / f"{stem}-{_slug(size)}.pdf", f"{size.name}: {kind}", ward
        )
        previews = tuple(  # the first size is the one ordered most; its previews stand for all
            write_png(picture, folder / f"{stem}-{_slug(size)}-{i + 1:02d}.png", PREVIEW_WIDTH)
            for i, picture in enumerate(pictures)
            if number == 0
        )
        made.append(PrintFile(kind, size, pdf, previews, tuple(pictures)))
    return made
