"""The fonts drawn into signature appearances: Times New Roman where installed, else Liberation Serif.

Liberation Serif has Times New Roman's metrics (the same widths), which is why LibreOffice substitutes it
when rendering our plans; the decree's copy box asks for Times New Roman 10.
"""

from __future__ import annotations

import atexit
import os
import tempfile
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory

from kehoach.errors import InputError

FOLDERS = (
    "/usr/share/fonts/truetype/msttcorefonts",
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/liberation",
)
FILES = {
    "regular": ("Times_New_Roman.ttf", "times.ttf", "LiberationSerif-Regular.ttf"),
    "italic": ("Times_New_Roman_Italic.ttf", "timesi.ttf", "LiberationSerif-Italic.ttf"),
    "bold": ("Times_New_Roman_Bold.ttf", "timesbd.ttf", "LiberationSerif-Bold.ttf"),
}


@cache
def font_path(style: str = "regular") -> Path:
    """The first installed Times-metric font file of `style`."""
    for folder in FOLDERS:
        for name in FILES[style]:
            path = Path(folder, name)
            if path.is_file():
                return path
    raise InputError(
        "không tìm thấy phông Times New Roman hoặc Liberation Serif; hãy cài gói fonts-liberation2."
    )


# Basic Latin, Latin-1, Latin Extended-A/B (Ơ ư Đ), combining marks, Latin Extended Additional (ạ ả ấ ...),
# general punctuation: every letter of Vietnamese and what a number, date or copy box needs.
UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x250),
    *range(0x300, 0x370),
    *range(0x1E00, 0x1F00),
    *range(0x2000, 0x2070),
]


@cache
def prepared_font(style: str = "regular") -> str:
    """The font cut to Vietnamese and scaled to 1000 units per em, in a private temporary file.

    pyHanko writes glyph widths in font units, which the PDF reads as thousandths of an em; Times and
    Liberation use 2048 units, so their text would be drawn twice as wide. Rescaling fixes that, and the
    cut keeps each signature's embedded font small.
    """
    font = TTFont(str(font_path(style)))
    options = subset.Options()
    options.layout_features = ["kern", "liga", "mark", "mkmk", "ccmp"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    handle, path = tempfile.mkstemp(prefix=f"kehoach-{style}-", suffix=".ttf")
    os.close(handle)
    atexit.register(Path(path).unlink, missing_ok=True)
    font.save(path)
    return path


def font_engine(style: str = "regular", size: float = 10) -> GlyphAccumulatorFactory:
    """A pyHanko font engine that embeds (a subset of) the font, so Vietnamese letters show everywhere."""
    return GlyphAccumulatorFactory(prepared_font(style), font_size=int(round(size)))
