"""What a signature looks like on the page: an image (signature, seal), or a few lines of text.

Images fill the widget without a border or any added text, as the decree draws them. Text appearances
(the Văn thư's number and date, the copy box) embed a Times-metric font so Vietnamese letters render in
every reader.
"""

from __future__ import annotations

from PIL import Image
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import RawContent
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, SimpleBoxLayoutRule
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import StaticStampStyle, TextStampStyle

from kehoach.sign.fonts import font_engine

STRETCH = SimpleBoxLayoutRule(
    x_align=AxisAlignment.ALIGN_MID,
    y_align=AxisAlignment.ALIGN_MID,
    inner_content_scaling=InnerScaling.STRETCH_FILL,
)


def image_style(image: Image.Image) -> StaticStampStyle:
    """The widget shows the image only, fully opaque where the ink is, transparent elsewhere."""
    return StaticStampStyle(
        background=PdfImage(image),
        background_opacity=1.0,
        border_width=0,
        background_layout=STRETCH,
    )


def text_style(
    lines: list[str], size: float, style: str = "regular", align: str = "mid", white: bool = False
) -> TextStampStyle:
    """Black text lines in Times New Roman (or its metric twin) of `size`; optional white ground."""
    x_align = AxisAlignment.ALIGN_MIN if align == "left" else AxisAlignment.ALIGN_MID
    ground = RawContent(b"1 1 1 rg 0 0 100 100 re f", box=layout.BoxConstraints(100, 100))
    placing = SimpleBoxLayoutRule(
        x_align=x_align,
        y_align=AxisAlignment.ALIGN_MID,
        inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
        margins=layout.Margins(0, 0, 0, 0),
    )
    return TextStampStyle(
        stamp_text="\n".join(line.replace("%", "%%") for line in lines),
        text_box_style=TextBoxStyle(
            font=font_engine(style, size),
            font_size=int(round(size)),
            leading=int(round(size * 1.15)),
            box_layout_rule=placing,
        ),
        inner_content_layout=placing,
        border_width=0,
        background=ground if white else None,
        background_opacity=1.0,
        background_layout=STRETCH,
    )
