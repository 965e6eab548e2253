"""A scanned page made here: lines of text drawn at 200 dpi, tilted, blurred, on grey paper, with a red
round seal over the signature; saved as an image-only PDF (no text layer), as a scanner does."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi


def scanned_pdf(pages: list[list[str]], tilt: float = 1.0, seal: bool = True) -> bytes:
    """An image-only PDF of these pages of lines."""
    font = ImageFont.truetype(FONT, 30)
    images = []
    for number, lines in enumerate(pages):
        page = Image.new("RGB", (WIDTH, HEIGHT), (232, 230, 226))
        draw = ImageDraw.Draw(page)
        y = 160
        for line in lines:
            x = 200 if not line.startswith("  ") else 900
            draw.text((x, y), line.strip(), fill=(25, 25, 25), font=font)
            y += 46
        if seal and number == len(pages) - 1:
            # Seal ink lies over the printed text (multiplied): the black letters stay dark.
            ink = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
            stamp = ImageDraw.Draw(ink)
            centre = (1050, y - 120)
            stamp.ellipse(
                [centre[0] - 150, centre[1] - 150, centre[0] + 150, centre[1] + 150],
                outline=(205, 30, 35),
                width=12,
            )
            stamp.text(
                (centre[0] - 120, centre[1] - 20), "ỦY BAN NHÂN DÂN", fill=(205, 30, 35), font=font
            )
            stamp.line([(880, y - 130), (1200, y - 90)], fill=(30, 60, 200), width=5)
            page = ImageChops.multiply(page, ink)
        page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(232, 230, 226))
        images.append(page.filter(ImageFilter.GaussianBlur(0.8)))
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return buffer.getvalue()
