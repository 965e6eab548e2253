"""Tesseract's word boxes put back in the .docx's reading order (no tesseract needed: the boxes are
written here as tesseract reports them)."""

from __future__ import annotations

from datetime import date

from kehoach.read import parse_text
from kehoach.read.ocr_layout import COLUMN_GAP, layout_lines, parse_tsv

HEIGHT = 30


def _data(lines: list[tuple[int, int, int, list[tuple[int, str]]]]) -> dict[str, list]:
    """Boxes of words: (block, paragraph, top, [(left, word), ...]), each word 18 px a letter wide."""
    data: dict[str, list] = {
        key: [] for key in ("level", "block_num", "par_num", "line_num", "left", "top", "width", "height", "text")
    }  # fmt: skip
    for number, (block, par, top, words) in enumerate(lines, start=1):
        for left, word in words:
            for key, value in zip(
                data,
                (5, block, par, number, left, top, 18 * len(word), HEIGHT, word),
                strict=True,
            ):
                data[key].append(value)
    return data


def _words(left: int, text: str) -> list[tuple[int, str]]:
    out = []
    for word in text.split():
        out.append((left, word))
        left += 18 * len(word) + 12
    return out


HEADER_ONE_LINE = [
    (
        1,
        1,
        150,
        _words(250, "UBND TỈNH LÀO CAI") + _words(900, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ),
    (1, 1, 190, _words(270, "SỞ CÔNG THƯƠNG") + _words(950, "Độc lập - Tự do - Hạnh phúc")),
    (2, 1, 270, _words(280, "Số: 57/KH-SCT") + _words(960, "Lào Cai, ngày 23 tháng 4 năm 2026")),
]
# The same header found as two blocks, the right column's first.
HEADER_TWO_BLOCKS = [
    (1, 1, 150, _words(900, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
    (1, 1, 190, _words(950, "Độc lập - Tự do - Hạnh phúc")),
    (1, 2, 272, _words(960, "Lào Cai, ngày 23 tháng 4 năm 2026")),
    (2, 1, 152, _words(250, "UBND TỈNH LÀO CAI")),
    (2, 1, 188, _words(270, "SỞ CÔNG THƯƠNG")),
    (2, 2, 270, _words(280, "Số: 57/KH-SCT")),
]
BODY = """
KẾ HOẠCH
Kiểm tra an toàn vật liệu nổ công nghiệp năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm an toàn.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kỹ thuật an toàn: chủ trì thực hiện.
"""


def test_a_wide_gap_inside_a_line_becomes_a_column_gap():
    lines = layout_lines(_data(HEADER_ONE_LINE))
    assert lines[0] == f"UBND TỈNH LÀO CAI{COLUMN_GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_columns_found_as_blocks_share_rows_left_first():
    assert layout_lines(_data(HEADER_TWO_BLOCKS)) == [
        f"UBND TỈNH LÀO CAI{COLUMN_GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"SỞ CÔNG THƯƠNG{COLUMN_GAP}Độc lập - Tự do - Hạnh phúc",
        "",
        f"Số: 57/KH-SCT{COLUMN_GAP}Lào Cai, ngày 23 tháng 4 năm 2026",
    ]


def test_either_layout_gives_the_header_fields():
    for boxes in (HEADER_ONE_LINE, HEADER_TWO_BLOCKS):
        plan = parse_text("\n".join(layout_lines(_data(boxes))) + BODY)
        assert (plan.issuer, plan.number, plan.symbol, plan.place, plan.date) == (
            "Sở Công Thương tỉnh Lào Cai",
            "57",
            "KH-SCT",
            "Lào Cai",
            date(2026, 4, 23),
        )


def test_tsv_is_read_into_columns():
    tsv = "level\tleft\ttext\n5\t10\tSố:\n5\t60\t\n"
    assert parse_tsv(tsv) == {"level": ["5", "5"], "left": ["10", "60"], "text": ["Số:", ""]}


def _heading(numeral: str, width: int) -> list:
    """A part's heading whose numeral's box is `width` px wide, the letters HEIGHT px high."""
    words = [(338, numeral)] + _words(338 + width + 12, "NỘI DUNG")
    data = _data([(1, 1, 300, words)])
    data["width"][0] = width
    return layout_lines(data)


def test_a_numeral_that_lost_a_stroke_is_read_from_its_width():
    # "II." is about 1.33 times as wide as high, "III." 1.85, "I." 0.8 (bold Times at 200 dpi).
    assert _heading("I.", 40)[0].startswith("II. ")
    assert _heading("II.", 56)[0].startswith("III. ")


def test_a_numeral_as_wide_as_its_strokes_stays():
    assert _heading("I.", 24)[0].startswith("I. ")
    assert _heading("II.", 40)[0].startswith("II. ")
    assert _heading("V.", 40)[0].startswith("V. ")


def test_a_full_line_goes_on_at_the_left_margin_and_a_short_one_ends_its_paragraph():
    # Tesseract cut the first paragraph in two after a full line ending with a full stop.
    long = "Chủ trì tuyên truyền các quy định của pháp luật về lao động bảo hiểm xã hội."
    lines = [
        (1, 1, 300, _words(200, long)),
        (1, 2, 340, _words(200, long)),
        (1, 3, 400, _words(260, long)),  # indented: a new paragraph's first line
        (1, 3, 440, _words(200, long)),
        (1, 4, 480, _words(200, "Ngắn.")),
        (1, 5, 540, _words(200, "Mới.")),
    ]
    assert layout_lines(_data(lines)) == [
        f"{long} {long}",
        "",
        f"{long} {long} Ngắn.",
        "",
        "Mới.",
    ]


def test_a_numeral_read_as_other_letters_is_read_from_its_width():
    assert _heading("IH.", 36)[0].startswith("II. ")
    assert _heading("HI.", 52)[0].startswith("III. ")
