"""The figures as Excel: Vietnamese headers, numbers as numbers with formats, blanks blank."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from kehoach.document.model import Table
from kehoach.report.excel import cell_value, workbook


def test_cells_read_vietnamese_numbers():
    assert cell_value("1.500") == 1500 and cell_value("12") == 12
    assert cell_value("37,5") == 37.5
    assert cell_value("") is None and cell_value("Tổng cộng") == "Tổng cộng"


def test_workbook_keeps_headers_numbers_and_blanks():
    table = Table(
        rows=[
            ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"],
            ["1", "Buổi phát thanh", "", "1.500", "37,5"],
        ],
        caption="Bảng 1. Kết quả thực hiện các chỉ tiêu",
    )
    sheet = load_workbook(io.BytesIO(workbook([("Chỉ tiêu", table)])))["Chỉ tiêu"]
    assert sheet["A1"].value == "Bảng 1. Kết quả thực hiện các chỉ tiêu"
    assert [c.value for c in sheet[2]] == [
        "TT",
        "Chỉ tiêu",
        "Kế hoạch",
        "Thực hiện",
        "Tỷ lệ đạt (%)",
    ]
    assert [c.value for c in sheet[3]] == [1, "Buổi phát thanh", None, 1500, 37.5]
    assert sheet["D3"].number_format == "#,##0" and sheet["E3"].number_format == "0.0"
