"""Twelve plans written for these tests (tests/fixtures/unseen), in shapes the seeds and the corpus
lack: provinces, a department, a post-2025 commune, a Party committee, a Youth Union, lettered or
"PHẦN" parts, an appendix after the signature, tabs, one-line headers, pdftotext's two columns, a PDF's
page numbers, a web page with the signature above Nơi nhận, UTF-16 without a byte order mark,
decomposed (NFD) text, footnotes. Each field a user relies on is checked against what the file says.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from kehoach.document.serialise import plan_to_dict
from kehoach.read import load, load_bytes, parse
from kehoach.write.docx import render_docx, with_end_marker

UNSEEN = ROOT / "tests" / "fixtures" / "unseen"

TM_KT = ("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")
TM = ("TM.", "ỦY BAN NHÂN DÂN", None, None, "CHỦ TỊCH")

# file prefix: (number, symbol, date, place, issuer, title starts, bases (number, date, issuer),
#               units, recipients, archive, signature (authority, body, capacity, head, title), name)
EXPECTED = {
    "01": (
        "23", "KH-UBND", date(2026, 1, 15), "Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Tổ chức các hoạt động kỷ niệm 90 năm Ngày truyền thống công nhân vùng mỏ",
        [("145", date(2013, 10, 29), "Chính phủ"),
         ("41", date(2026, 1, 8), "Ban Thường vụ Tỉnh ủy Quảng Ninh")],
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "Báo và Phát thanh, Truyền hình Quảng Ninh",
         "Sở Tài chính", "Ủy ban nhân dân các xã, phường, đặc khu", "Sở Ngoại vụ"],
        ["Văn phòng Chính phủ", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
         "Các sở, ban, ngành thuộc tỉnh", "UBND các xã, phường, đặc khu"],
        ["VT", "VX3"], TM_KT, "Nguyễn Thị Hạnh",
    ),
    "02": (
        "118", "KH-UBND", date(2026, 2, 20), "Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An",
        "Thông tin, tuyên truyền các sự kiện chính trị và ngày lễ lớn năm 2026",
        [("25", date(2026, 1, 12), "Ban Thường vụ Tỉnh ủy Nghệ An")],
        ["Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành cấp tỉnh có liên quan",
         "Báo và Phát thanh, Truyền hình Nghệ An", "Ủy ban nhân dân các xã, phường"],
        ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành cấp tỉnh",
         "UBND các xã, phường"],
        ["VT", "KGVX"], TM_KT, "Bùi Đình Long",
    ),
    "03": (
        "35", "KH-UBND", date(2025, 8, 4), "Tân Kỳ", "Ủy ban nhân dân xã Tân Kỳ",
        "Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025)",
        [("512", date(2025, 7, 18), "Ủy ban nhân dân tỉnh Nghệ An")],
        ["Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã", "Văn phòng HĐND và UBND xã",
         "Trưởng các thôn"],
        ["Đảng ủy xã", "Chủ tịch, các PCT UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Trưởng các thôn"],
        ["VT", "VHXH"], TM, "Hồ Văn Thành",
    ),
    "04": (
        "145", "KH-SVHTTDL", date(2025, 3, 10), "Quảng Ninh",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        "Tổ chức Ngày Văn hóa các dân tộc Việt Nam và Giải chạy truyền thống năm 2025",
        [("1668", date(2008, 11, 27), "Thủ tướng Chính phủ"),
         ("30", date(2025, 2, 14), "Ủy ban nhân dân tỉnh Quảng Ninh")],
        ["Phòng Quản lý văn hóa và Gia đình", "Phòng Quản lý thể dục thể thao", "Trung tâm Văn hóa tỉnh",
         "Văn phòng Sở"],
        ["UBND tỉnh", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "UBND phường Hồng Gai"],
        ["VT", "QLVHGĐ"], (None, None, "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Phạm Thị Thu Hà",
    ),
    "05": (
        "12", "KH/ĐU", date(2026, 1, 16), "Hạ Long", "Đảng ủy phường Hạ Long",
        "tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        [("05", date(2025, 12, 25), "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
         ("41", date(2026, 1, 8), "Ban Thường vụ Tỉnh ủy")],
        ["Ban Xây dựng Đảng Đảng ủy phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
         "Ủy ban nhân dân phường", "Các chi bộ trực thuộc"],
        ["Ban Thường vụ Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc"],
        ["Văn phòng Đảng ủy"], ("TM.", "BAN THƯỜNG VỤ", None, None, "BÍ THƯ"), "Vũ Quốc Trung",
    ),
    "06": (
        "207", "KH-UBND", date(2024, 9, 12), "Quỳnh Lưu", "Ủy ban nhân dân huyện Quỳnh Lưu",
        "Tổ chức Tuần lễ học tập suốt đời năm 2024 trên địa bàn huyện",
        [("668", date(2024, 8, 28), "Ủy ban nhân dân tỉnh Nghệ An")],
        ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân các xã, thị trấn"],
        ["Sở Giáo dục và Đào tạo", "TT Huyện ủy, TT HĐND huyện", "Các phòng, ban, ngành cấp huyện",
         "UBND các xã, thị trấn"],
        ["VT", "GDĐT"], TM_KT, "Hồ Sỹ Nam",
    ),
    "07": (
        "58", "KH-UBND", date(2025, 10, 2), "Cửa Lò", "Ủy ban nhân dân phường Cửa Lò",
        "Tuyên truyền bảo đảm trật tự an toàn giao thông và phòng, chống đuối nước",
        [("702", date(2025, 9, 22), "Ủy ban nhân dân tỉnh Nghệ An")],
        ["Công an phường", "Phòng Văn hóa - Xã hội", "Ban Quản lý bãi biển phường", "Các tổ dân phố"],
        ["UBND tỉnh", "Đảng ủy phường", "Chủ tịch, các PCT UBND phường", "Các tổ dân phố"],
        ["VT", "VHXH"], TM_KT, "Nguyễn Thị Lành",
    ),
    "08": (
        "76", "KH-UBND", date(2025, 2, 27), "Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975",
        [("45", date(2025, 2, 10), "Ban Chỉ đạo Trung ương")],
        ["Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"],
        ["Văn phòng Chính phủ", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành cấp tỉnh",
         "UBND các xã, phường"],
        ["VT", "VX"], TM_KT, "Trần Báu Hà",
    ),
    "09": (
        "164", "KH-UBND", date(2025, 8, 14), "Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa",
        "Triển khai Tháng hành động vì an toàn thực phẩm năm 2025",
        # "Căn cứ Luật An toàn thực phẩm năm 2010": a law cited by name, no number or day
        [(None, None, None), ("1021", date(2025, 3, 20), "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm")],
        ["Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Các sở, ban, ngành cấp tỉnh có liên quan",
         "Ủy ban nhân dân các xã, phường"],
        ["Ban Chỉ đạo liên ngành Trung ương về ATTP", "Chủ tịch, các PCT UBND tỉnh",
         "Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"],
        ["VT", "VX"], TM_KT, "Đầu Thanh Tùng",
    ),
    "10": (
        "09", "KH-UBND", date(2026, 1, 20), "Bình Liêu", "Ủy ban nhân dân xã Bình Liêu",
        "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026",
        [("01", date(2021, 5, 18), "Bộ Chính trị"), ("05", None, None),
         ("23", date(2026, 1, 15), "Ủy ban nhân dân tỉnh Quảng Ninh")],
        ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Công an xã", "Trưởng các thôn"],
        ["Đảng ủy xã", "Chủ tịch, các PCT UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Trưởng các thôn"],
        ["VT", "VHXH"], TM, "Hoàng Văn Pủ",
    ),
    "11": (
        "45", "KH/TĐTN-TG", date(2026, 3, 10), "Nghệ An", "Ban Chấp hành Đoàn tỉnh Nghệ An",
        "Tổ chức Tháng Thanh niên năm 2026",
        [("12", date(2026, 1, 5), "Ban Bí thư Trung ương Đoàn")],
        ["Ban Tuyên giáo Tỉnh đoàn", "Văn phòng Tỉnh đoàn", "Các huyện, thành, thị đoàn và đoàn trực thuộc"],
        ["Trung ương Đoàn", "Thường trực Tỉnh ủy", "Các huyện, thành, thị đoàn và đoàn trực thuộc"],
        ["VP", "TG"], ("TM.", "BAN THƯỜNG VỤ TỈNH ĐOÀN", None, None, "PHÓ BÍ THƯ"), "Nguyễn Thị Thu Hoài",
    ),
    "12": (
        "128", "KH-UBND", date(2025, 11, 17), "Quỳnh Phú", "Ủy ban nhân dân xã Quỳnh Phú",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        [("18", date(2025, 10, 20), "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")],
        ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Phòng Văn hóa - Xã hội", "Trưởng các thôn"],
        ["Ban Thường trực UBMTTQ Việt Nam xã", "Các thôn"],
        ["VT"], TM_KT, "Lê Văn Hùng",
    ),
}  # fmt: skip

ROMAN = {
    "11": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG HOẠT ĐỘNG", "TỔ CHỨC THỰC HIỆN"],
    "12": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"],
    "03": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "TỔ CHỨC THỰC HIỆN"],
    "04": ["MỤC ĐÍCH, YÊU CẦU", "THỜI GIAN, ĐỊA ĐIỂM", "NỘI DUNG", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"],
    "05": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG HOẠT ĐỘNG", "TỔ CHỨC THỰC HIỆN"],
    "06": ["MỤC ĐÍCH, YÊU CẦU", "THỜI GIAN VÀ NỘI DUNG", "TỔ CHỨC THỰC HIỆN"],
    "07": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"],
    "08": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG HOẠT ĐỘNG", "TỔ CHỨC THỰC HIỆN"],
    "09": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"],
    "10": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG HOẠT ĐỘNG", "TỔ CHỨC THỰC HIỆN"],
}


def unseen_path(prefix: str) -> Path:
    (path,) = [p for p in UNSEEN.iterdir() if p.name.startswith(prefix + "_")]
    return path


def _plan(prefix: str):
    return parse(load(unseen_path(prefix)))


def test_every_unseen_plan_has_expectations():
    assert sorted(p.name[:2] for p in UNSEEN.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_header_fields(prefix):
    number, symbol, day, place, issuer, title = EXPECTED[prefix][:6]
    plan = _plan(prefix)
    assert (plan.number, plan.symbol, plan.date, plan.place, plan.issuer) == (
        number,
        symbol,
        day,
        place,
        issuer,
    )
    assert plan.title and plan.title.startswith(title)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_bases(prefix):
    bases = EXPECTED[prefix][6]
    assert [(b.number, b.date, b.issuer) for b in _plan(prefix).bases] == bases


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_assignment_units(prefix):
    units = EXPECTED[prefix][7]
    found = [a.unit for a in _plan(prefix).assignments]
    assert found[: len(units)] == units


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_recipients_archive_and_signature(prefix):
    recipients, archive, signature, name = EXPECTED[prefix][8:]
    plan = _plan(prefix)
    assert plan.recipients == recipients
    assert plan.archive == archive
    s = plan.signature
    assert (s.authority, s.body, s.capacity, s.head, s.title) == signature
    assert s.name == name


@pytest.mark.parametrize("prefix", sorted(ROMAN))
def test_roman_sections(prefix):
    sections = _plan(prefix).sections
    assert [s.title for s in sections] == ROMAN[prefix]
    assert [s.number for s in sections] == ["I", "II", "III", "IV", "V"][: len(ROMAN[prefix])]


def test_utf16_files_without_a_byte_order_mark_read_like_utf8():
    for prefix in ("04", "08"):
        raw = unseen_path(prefix).read_bytes()
        assert raw[:2] not in (b"\xff\xfe", b"\xfe\xff")
        assert load(unseen_path(prefix)).lines[0].strip().startswith(("UBND", "ỦY BAN"))


def test_decomposed_file_is_read_as_composed_text():
    raw = unseen_path("07").read_bytes().decode("utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    assert all(unicodedata.is_normalized("NFC", line) for line in load(unseen_path("07")).lines)


def test_heading_split_before_a_lower_case_word_keeps_the_whole_unit():
    # "6. Sở Ngoại" / "vụ: chủ trì ..." in plan 01
    assert _plan("01").assignments[-1].unit == "Sở Ngoại vụ"


def test_appendix_table_after_the_signature_does_not_change_the_closing():
    plan = _plan("06")
    assert plan.signature.name == "Hồ Sỹ Nam"
    assert [s.number for s in plan.sections] == ["I", "II", "III"]


@pytest.mark.parametrize("prefix, parts", [("01", ["A", "B", "C"]), ("02", ["I", "II", "III"])])
def test_lettered_and_phan_parts_are_top_level_sections(prefix, parts):
    assert [s.number for s in _plan(prefix).sections] == parts


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_rendered_plan_reads_back_with_the_same_sections(prefix):
    plan = _plan(prefix)
    again = parse(load_bytes(render_docx(plan), f"{prefix}.docx"))
    assert plan_to_dict(again)["sections"] == plan_to_dict(with_end_marker(plan))["sections"]


@pytest.mark.parametrize(
    "prefix, footnote", [("01", "1 Theo Luật Địa chất"), ("09", "2 Tết Trung thu năm 2025.")]
)
def test_a_footnote_after_the_last_paragraph_goes_with_the_closing(prefix, footnote):
    plan = _plan(prefix)
    last = plan.sections[-1].walk()[-1]
    assert not any(p.startswith(footnote) for p in last.paragraphs)
    assert plan.closing[0].startswith("Trên đây") and plan.closing[-1].startswith(footnote)
