"""Ruled tables on a scanned page: found by their rules, read cell by cell into a pipe table; a line of
bold capitals or an underline is no table (no tesseract needed: the page and the word boxes are
drawn here)."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from kehoach.read import parse_text
from kehoach.read.ocr_tables import Grid, erase_rules, find_grids, table_lines

BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"
ROWS, COLUMNS = [400, 480, 600, 720], [200, 300, 900, 1400]


def _page(rules: bool = True) -> Image.Image:
    page = Image.new("L", (1654, 2339), 235)
    draw = ImageDraw.Draw(page)
    if rules:
        for y in ROWS:
            draw.line([(COLUMNS[0], y), (COLUMNS[-1], y)], fill=20, width=3)
        for x in COLUMNS:
            draw.line([(x, ROWS[0]), (x, ROWS[-1])], fill=20, width=3)
    draw.text((200, 200), "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA, CẤP GIẤY",
              fill=20, font=ImageFont.truetype(BOLD, 44))  # fmt: skip
    draw.line([(600, 300), (1000, 300)], fill=20, width=2)  # the rule under a title
    return page


def _words(cells: list[tuple[int, int, str]]) -> dict[str, list]:
    """Tesseract's TSV columns for words at (left, top)."""
    data: dict[str, list] = {k: [] for k in ("level", "left", "top", "width", "height", "text")}
    for left, top, text in cells:
        for key, value in zip(data, (5, left, top, 18 * len(text), 30, text), strict=True):
            data[key].append(value)
    return data


def test_a_ruled_table_is_found_by_its_rules():
    grids = find_grids(_page())
    assert len(grids) == 1
    assert [abs(a - b) <= 2 for a, b in zip(grids[0].rows, ROWS, strict=True)] == [True] * 4
    assert [abs(a - b) <= 2 for a, b in zip(grids[0].columns, COLUMNS, strict=True)] == [True] * 4


def test_bold_capitals_and_an_underline_are_no_table():
    assert find_grids(_page(rules=False)) == []


def test_the_rules_are_painted_white_for_tesseract():
    page = _page()
    clean = erase_rules(page, find_grids(page))
    assert clean.getpixel((600, ROWS[1])) > 200 and clean.getpixel((COLUMNS[1], 550)) > 200
    assert page.getpixel((600, ROWS[1])) < 100


def test_words_go_to_their_cells_lines_of_a_cell_kept():
    grid = Grid(ROWS, COLUMNS)
    words = [(220, 420, "TT"), (320, 420, "Nhiệm"), (440, 420, "vụ"), (920, 420, "Người"),
             (220, 520, "1."), (320, 520, "Rà"), (380, 520, "soát"), (920, 500, "Đỗ"),
             (980, 500, "Mạnh"), (920, 540, "Vũ"), (980, 540, "Linh"),
             (220, 640, "2."), (320, 640, "Chấm"), (1500, 640, "ngoài")]  # fmt: skip
    assert table_lines(grid, _words(words)) == [
        "| TT | Nhiệm vụ | Người |",
        "|---|---|---|",
        "| 1. | Rà soát | Đỗ Mạnh<br>Vũ Linh |",
        "| 2. | Chấm |  |",
    ]


def test_the_pipe_table_is_read_as_an_appendix_table():
    lines = table_lines(Grid(ROWS, COLUMNS), _words([(220, 420, "TT"), (220, 520, "1.")]))
    plan = parse_text(
        "UBND TỈNH LÀO CAI\nSố: 5/KH-UBND\nLào Cai, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra\n\n"
        "I. MỤC ĐÍCH\nBảo đảm an toàn.\n\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nLê Văn A\n\n"
        "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n" + "\n".join(lines) + "\n"
    )
    assert [len(a.tables) for a in plan.appendices] == [1]
    assert plan.appendices[0].tables[0].rows[1] == ["1.", "", ""]
