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


def justified_pdf(text: str, tilt: float = 0.7) -> bytes:
    """An image-only PDF of a plan's text set as a printed plan is: each body paragraph (a line of
    the text longer than the measure) wrapped and justified to both margins, its first line
    indented; shorter lines drawn as they are. Scanned as `scanned_pdf` does."""
    font = ImageFont.truetype(FONT, 30)
    left, right, indent = 200, WIDTH - 200, 60
    rows: list[tuple[int, list[str], bool]] = []  # (x, words, justified)
    for line in text.splitlines():
        words = line.split()
        if not words or font.getlength(line) <= right - left:
            rows.append((left, words, False))
            continue
        x, current = left + indent, []
        for word in words:
            if current and font.getlength(" ".join([*current, word])) > right - x:
                rows.append((x, current, True))
                x, current = left, []
            current.append(word)
        rows.append((x, current, False))
    pages: list[Image.Image] = []
    for start in range(0, len(rows), 44):
        page = Image.new("RGB", (WIDTH, HEIGHT), (232, 230, 226))
        draw = ImageDraw.Draw(page)
        for number, (x, words, justified) in enumerate(rows[start : start + 44]):
            y = 160 + 46 * number
            if not justified or len(words) < 2:
                draw.text((x, y), " ".join(words), fill=(25, 25, 25), font=font)
                continue
            gap = (right - x - sum(font.getlength(w) for w in words)) / (len(words) - 1)
            for word in words:
                draw.text((x, y), word, fill=(25, 25, 25), font=font)
                x += font.getlength(word) + gap
        page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(232, 230, 226))
        pages.append(page.filter(ImageFilter.GaussianBlur(0.8)))
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buffer.getvalue()
