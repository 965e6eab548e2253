"""Draw a Composition: a print-ready PDF (reportlab, fonts embedded, page at the real size) and a PNG."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kehoach.channels.composition import Composition, star_points

ASCENT = 0.905  # Liberation/DejaVu ascent as a share of the size, to place the first baseline
PDF_MAX_PT = 14400  # a PDF page is at most 200 inches a side


def _font_name(path: Path) -> str:
    name = path.stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def write_pdf(pages: list[Composition], path: Path, title: str, subject: str = "") -> Path:
    """A PDF with a page a composition, each at its size in millimetres (scaled down past 5 m)."""
    pdf = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setSubject(subject)
    pdf.setCreator("kehoach")
    for composition in pages:
        _page(pdf, composition)
    pdf.save()
    return path


def _page(pdf: canvas.Canvas, composition: Composition) -> None:
    scale = mm
    if max(composition.width, composition.height) * mm > PDF_MAX_PT:
        scale = PDF_MAX_PT / max(composition.width, composition.height)
    width, height = composition.width * scale, composition.height * scale
    pdf.setPageSize((width, height))
    pdf.setFillColor(composition.ground)
    pdf.rect(0, 0, width, height, stroke=0, fill=1)
    for x, y, w, h, stroke, colour in composition.frames:
        pdf.setStrokeColor(colour)
        pdf.setLineWidth(stroke * scale)
        pdf.rect(x * scale, height - (y + h) * scale, w * scale, h * scale, stroke=1, fill=0)
    for cx, cy, radius, colour in composition.stars:
        pdf.setFillColor(colour)
        outline = pdf.beginPath()
        points = star_points(cx, cy, radius)
        outline.moveTo(points[0][0] * scale, height - points[0][1] * scale)
        for px, py in points[1:]:
            outline.lineTo(px * scale, height - py * scale)
        outline.close()
        pdf.drawPath(outline, stroke=0, fill=1)
    for block in composition.texts:
        pdf.setFillColor(block.colour)
        pdf.setFont(_font_name(block.font), block.layout.size * scale)
        for index, line in enumerate(block.layout.lines):
            baseline = block.top + index * block.layout.line_height
            baseline += (
                block.layout.line_height - block.layout.size
            ) / 2 + block.layout.size * ASCENT
            pdf.drawCentredString(block.centre_x * scale, height - baseline * scale, line)
    pdf.showPage()


def draw_png(composition: Composition, pixels_wide: int) -> Image.Image:
    """The composition as an RGB image `pixels_wide` wide."""
    scale = pixels_wide / composition.width
    size = (pixels_wide, max(1, round(composition.height * scale)))
    image = Image.new("RGB", size, composition.ground)
    pen = ImageDraw.Draw(image)
    for x, y, w, h, stroke, colour in composition.frames:
        box = (x * scale, y * scale, (x + w) * scale, (y + h) * scale)
        pen.rectangle(box, outline=colour, width=max(1, round(stroke * scale)))
    for cx, cy, radius, colour in composition.stars:
        pen.polygon(
            [(px * scale, py * scale) for px, py in star_points(cx, cy, radius)], fill=colour
        )
    for block in composition.texts:
        font = ImageFont.truetype(str(block.font), max(1, round(block.layout.size * scale)))
        for index, line in enumerate(block.layout.lines):
            top = block.top + index * block.layout.line_height
            top += (block.layout.line_height - block.layout.size) / 2
            anchor_y = (top + block.layout.size * ASCENT) * scale
            pen.text(
                (block.centre_x * scale, anchor_y), line, fill=block.colour, font=font, anchor="ms"
            )
    return image


def write_png(composition: Composition, path: Path, pixels_wide: int) -> Path:
    draw_png(composition, pixels_wide).save(path, compress_level=1)
    return path
