"""Scanned PDFs (no text layer) read with tesseract's Vietnamese model, page by page.

Each page is rasterised at 200 dpi; the red of a seal and the blue of a signature are turned white so
they are not read as letters; a slight tilt of the scanner is measured (the angle whose row profile is
sharpest) and undone; tesseract reads the page. The lines then go through the same reader as any
text. A page tesseract cannot read is named in a note, not silently dropped.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageChops, ImageOps

from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.read.ocr_layout import layout_lines, parse_tsv
from kehoach.read.ocr_tables import erase_rules, find_grids
from kehoach.read.ocr_text import PAGE_BREAK, mend_lines
from kehoach.read.source import Progress

DPI = 200
LANGUAGE = "vie"
MAX_PAGES = 100
PAGE_SECONDS = 300  # a page tesseract has not read by then is named as unread
WORKERS = max(1, min(2, os.cpu_count() or 1))
ANGLES = tuple(a / 2 for a in range(-6, 7))  # -3° .. 3° by half a degree


@dataclass
class OcrResult:
    lines: list[str] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)  # 1-based
    pages_done: list[int] = field(default_factory=list)


def _above(level: int) -> Callable[[int], int]:
    return lambda value: 255 if value > level else 0


def drop_ink(image: Image.Image) -> Image.Image:
    """Greyscale page with red (seal) and blue (signature) ink turned white."""
    rgb = image.convert("RGB")
    red, green, blue = rgb.split()
    # Bright, saturated red or blue only: where seal ink lies over a printed letter, the pixel is dark
    # and stays (the letter shows through, as on paper).
    reddish = ImageChops.subtract(red, ImageChops.lighter(green, blue)).point(_above(50))
    bluish = ImageChops.subtract(blue, ImageChops.lighter(red, green)).point(_above(40))
    ink = ImageChops.lighter(
        ImageChops.darker(reddish, red.point(_above(130))),
        ImageChops.darker(bluish, blue.point(_above(110))),
    )
    grey = ImageOps.grayscale(rgb)
    white = Image.new("L", grey.size, 255)
    return Image.composite(white, grey, ink)


def _sharpness(image: Image.Image) -> float:
    """How sharply the text rows stand out: the variance of the rows' darkness."""
    column = image.resize((1, image.height), Image.Resampling.BOX).convert("L")
    rows = list(column.tobytes())  # one byte a row (getdata() is deprecated in Pillow 12)
    mean = sum(rows) / len(rows)
    return sum((value - mean) ** 2 for value in rows) / len(rows)


def skew_angle(grey: Image.Image) -> float:
    """The rotation (degrees) that makes the text rows horizontal, within ±3°."""
    small = ImageOps.invert(grey.resize((grey.width // 4, grey.height // 4)))
    small = small.point(lambda v: 255 if v > 96 else 0)
    return max(ANGLES, key=lambda angle: _sharpness(small.rotate(angle, fillcolor=0)))


def clean_page(image: Image.Image) -> Image.Image:
    """The page as tesseract should see it: ink filtered, tilt undone, background evened."""
    grey = drop_ink(image)
    angle = skew_angle(grey)
    if angle:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    return ImageOps.autocontrast(grey, cutoff=(0, 1))


def read_page(image: Image.Image) -> str:
    """The page's text as tesseract reads it, laid out in the .docx's reading order (ocr_layout),
    its ruled tables as pipe tables (ocr_tables)."""
    buffer = io.BytesIO()
    page = clean_page(image)
    grids = find_grids(page)
    erase_rules(page, grids).save(buffer, "PNG")
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", "3", "--dpi", str(DPI), "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=PAGE_SECONDS,
        check=False,
        # One thread a process: tesseract's OpenMP threads spin on a busy machine (5× the CPU time
        # for the same page); pages are read in parallel processes instead.
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"tesseract: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    data = parse_tsv(done.stdout.decode("utf-8", "replace"))
    return "\n".join(layout_lines(data, grids))


def _read_or_none(image: Image.Image) -> str | None:
    """read_page, or None where tesseract failed or ran out of time on the page."""
    try:
        return read_page(image)
    except (RuntimeError, subprocess.SubprocessError):
        return None


def ocr_pdf(document: Any, name: str, progress: Progress | None = None) -> OcrResult:
    """The text of every page of an opened pypdfium2 document, read by OCR, WORKERS pages at once
    (pages are rendered here one at a time: pypdfium2 is not thread-safe)."""
    pages = len(document)
    if pages > MAX_PAGES:
        raise InputError(
            f"{name}: bản scan quá dài để nhận dạng chữ ({pages} trang; tối đa {MAX_PAGES}); "
            "hãy tách tệp hoặc gửi bản có lớp chữ."
        )
    if shutil.which("tesseract") is None:
        raise InputError(
            f"{name}: máy chủ chưa cài chương trình nhận dạng chữ (tesseract); "
            "hãy gửi bản PDF có lớp chữ hoặc tệp .docx."
        )
    result = OcrResult()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending: list[Future[str | None]] = []
        for number in range(pages + WORKERS):
            if number < pages:
                page = document[number]
                try:
                    image = page.render(scale=DPI / 72).to_pil()
                finally:
                    page.close()
                pending.append(pool.submit(_read_or_none, image))
            if len(pending) > WORKERS or (number >= pages and pending):
                _collect(result, pending.pop(0).result(), pages, progress)
    result.lines = mend_lines(result.lines)
    if len(result.unread_pages) == pages:
        raise InputError(
            f"{name}: tệp PDF không có lớp chữ (bản scan) và nhận dạng chữ (OCR) không đọc được chữ "
            "nào; hãy quét lại rõ hơn (200 dpi trở lên, giấy thẳng) hoặc gửi bản có lớp chữ."
        )
    return result


def _collect(result: OcrResult, text: str | None, pages: int, progress: Progress | None) -> None:
    """One page's text, in page order, into `result`."""
    number = len(result.pages_done) + 1
    result.pages_done.append(number)
    if text is None or not any(c.isalpha() for c in text):
        result.unread_pages.append(number)
    if number > 1:
        result.lines.append(PAGE_BREAK)
    result.lines.extend(nfc(line) for line in (text or "").splitlines())
    if progress:
        progress(number, pages)


def unread_note(pages: list[int]) -> str:
    """The note a user sees about pages OCR could not read."""
    listed = ", ".join(str(page) for page in pages)
    return (
        f"Văn bản được nhận dạng chữ (OCR) từ bản scan; không đọc được trang {listed}: "
        "hãy đối chiếu với bản giấy và nhập tay phần thiếu."
    )
