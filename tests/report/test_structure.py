"""The result report drafted in the order a ward sends it up, rendered and read back by kehoach."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SEEDS
from kehoach.document.model import Plan, Reference, Section, Signature
from kehoach.document.text import fold
from kehoach.read import load_bytes, parse
from kehoach.report import (
    FigureSpec,
    Outstanding,
    ReportInputs,
    UnitResult,
    UnitWork,
    build_report,
    still_to_write,
)
from kehoach.write.docx import render_docx

TT = "Trung tâm Dịch vụ sự nghiệp công phường"
SPECS = [
    FigureSpec("phat_thanh", "Buổi phát thanh", "buổi", target=20),
    FigureSpec("hoi_nghi", "Hội nghị", "cuộc"),
    FigureSpec("kinh_phi", "Kinh phí", "đồng"),
]


def our_plan() -> Plan:
    """A ward plan of our own shape (not a seed): two content items, an upper plan it implements."""
    upper = Reference(
        "Kế hoạch",
        "157",
        "KH-UBND",
        date(2025, 9, 10),
        "Ủy ban nhân dân thành phố Hải Phòng",
        "Kế hoạch số 157/KH-UBND ngày 10/9/2025 của Ủy ban nhân dân thành phố Hải Phòng",
    )
    return Plan(
        doc_type="KH",
        number="12",
        symbol="KH-UBND",
        date=date(2025, 9, 20),
        year=2025,
        issuer="Ủy ban nhân dân phường An Biên",
        place="An Biên",
        title="Tuyên truyền phòng, chống bão lụt quý IV năm 2025",
        bases=[upper],
        sections=[
            Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Nâng cao nhận thức."]),
            Section(
                "II",
                "NỘI DUNG",
                [],
                [
                    Section(
                        "1",
                        "Tuyên truyền trên hệ thống loa truyền thanh",
                        ["Phát thanh hằng tuần."],
                    ),
                    Section(
                        "2", "Diễn tập phòng, chống bão lụt tại khu dân cư", ["Tổ chức diễn tập."]
                    ),
                ],
            ),
            Section("III", "TỔ CHỨC THỰC HIỆN", ["Các đơn vị báo cáo."]),
        ],
        recipients=[
            "UBND thành phố (để báo cáo)",
            "TT Đảng ủy, HĐND phường",
            "Chủ tịch, các PCT UBND phường",
            "Các đơn vị",
        ],
        archive=["VT", "VHXH"],
        signature=Signature(
            "TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Lan"
        ),
    )


def inputs(today: date = date(2026, 1, 5)) -> ReportInputs:
    works = [
        UnitWork(
            TT,
            "Phát thanh",
            "Đã phát thanh 12 buổi trên hệ thống loa truyền thanh.",
            difficulties="Loa truyền thanh một số tổ dân phố hư hỏng",
            proposals="Hỗ trợ kinh phí thay thế loa truyền thanh",
        ),
        UnitWork("Công an phường", "Bảo đảm an ninh", no_activity=True),
        UnitWork(
            "Đoàn Thanh niên phường",
            "Diễn tập",
            "Đơn vị phối hợp tổ chức diễn tập phòng, chống bão lụt tại khu dân cư số 3.",
        ),
    ]
    results = [
        UnitResult(TT, {"phat_thanh": 12, "kinh_phi": 4_500_000}),
        UnitResult("Đoàn Thanh niên phường", {"hoi_nghi": 2}),
    ]
    return ReportInputs(
        our_plan(),
        SPECS,
        results,
        works,
        [Outstanding("Trạm Y tế phường", "Tuyên truyền phòng dịch sau bão", date(2025, 12, 20))],
        [TT, "Công an phường", "Đoàn Thanh niên phường", "Trạm Y tế phường"],
        today=today,
    )


@pytest.fixture(scope="module")
def report() -> Plan:
    return build_report(inputs())


@pytest.fixture(scope="module")
def read_back(report):
    return parse(load_bytes(render_docx(report), "bao-cao.docx"))


def test_parts_come_in_the_order_of_a_result_report(read_back):
    assert read_back.doc_type == "BC"
    assert [s.title for s in read_back.sections] == [
        "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN",
        "KẾT QUẢ THỰC HIỆN",
        "ĐÁNH GIÁ CHUNG",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    assert [c.title for c in read_back.sections[2].children] == [
        "Ưu điểm",
        "Tồn tại, hạn chế",
        "Nguyên nhân",
        "Bài học kinh nghiệm",
    ]
    causes = read_back.sections[2].children[2]
    said = [c.title for c in causes.children] or causes.paragraphs
    assert [line for line in said if "Nguyên nhân" in line][:2] in (
        ["Nguyên nhân khách quan", "Nguyên nhân chủ quan"],
        ["a) Nguyên nhân khách quan", "b) Nguyên nhân chủ quan"],
    )


def test_kinh_gui_is_the_body_that_asked_and_the_request_is_cited(read_back):
    assert read_back.preamble[0] == "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng."
    assert read_back.preamble[1].startswith("Thực hiện Kế hoạch số 157/KH-UBND ngày 10/9/2025")
    assert any(r.number == "157" for r in read_back.references)


def test_leadership_cites_our_plan_number_and_date(report):
    first = report.sections[0].paragraphs[0]
    assert "đã ban hành Kế hoạch số 12/KH-UBND ngày 20/09/2025" in first
    assert "giao nhiệm vụ cụ thể cho 4 cơ quan, đơn vị" in first
    assert "2 cuộc hội nghị" in report.sections[0].paragraphs[1]


def test_results_are_grouped_by_content_item_in_report_sentences(report):
    items = report.sections[1].children
    assert [i.title for i in items[:2]] == [
        "Tuyên truyền trên hệ thống loa truyền thanh",
        "Diễn tập phòng, chống bão lụt tại khu dân cư",
    ]
    assert items[0].paragraphs == [f"- {TT} đã phát thanh 12 buổi trên hệ thống loa truyền thanh."]
    assert (
        items[1].paragraphs[0].startswith("- Đoàn Thanh niên phường đã phối hợp tổ chức diễn tập")
    )


def test_units_without_activity_are_one_line(report):
    lines = [p for p in report.sections[1].paragraphs if "không phát sinh" in p]
    assert lines == ["Công an phường không phát sinh nội dung thực hiện trong kỳ báo cáo."]


def test_figures_section_has_targets_per_unit_and_budget(report):
    figures = report.sections[1].children[-1]
    assert figures.paragraphs == [
        "Kinh phí đã sử dụng: 4.500.000 đồng.",
        "Số liệu của từng cơ quan, đơn vị như sau:",
    ]
    assert [t.position for t in figures.tables] == [1, None]  # Bảng 1, the sentence, Bảng 2
    targets, units = figures.tables
    assert targets.rows[1] == ["1", "Buổi phát thanh", "buổi", "20", "12", "60"]
    assert targets.rows[2] == ["2", "Hội nghị", "cuộc", "", "2", ""]
    assert units.rows[-1] == ["", "Tổng cộng", "12", "2", "4.500.000"]


def test_units_difficulties_and_proposals_feed_the_assessment(report):
    limits = report.sections[2].children[1].paragraphs
    assert f"- Loa truyền thanh một số tổ dân phố hư hỏng ({TT})." in limits
    assert any("Trạm Y tế phường" in line for line in limits)
    proposals = report.sections[4].paragraphs
    assert proposals[0] == "Đề nghị Ủy ban nhân dân thành phố Hải Phòng quan tâm, chỉ đạo:"
    assert f"- Hỗ trợ kinh phí thay thế loa truyền thanh ({TT})." in proposals


def test_every_sentence_a_person_writes_is_marked_and_listed(report):
    listed = still_to_write(report)
    wheres = [where for where, _ in listed]
    assert "1. Ưu điểm" in wheres and "4. Bài học kinh nghiệm" in wheres
    assert "a) Nguyên nhân khách quan" in wheres
    assert len(report.review) == len(listed)


def test_nơi_nhan_puts_the_upper_level_first_then_our_leaders(read_back):
    assert read_back.recipients == [
        "Ủy ban nhân dân thành phố Hải Phòng",
        "TT Đảng ủy, HĐND phường",
        "Chủ tịch, các PCT UBND phường",
    ]
    assert read_back.archive == ["VT", "VHXH"]


def test_no_software_words(read_back, report):
    text = fold(" ".join(load_bytes(render_docx(report), "bc.docx").lines))
    for word in ("chap nhan", "phan mem", "he thong ghi nhan", "chuyen vien bo sung", "trang thai"):
        assert word not in text


def test_a_report_dated_before_the_period_ends_says_estimated():
    early = build_report(inputs(today=date(2025, 12, 15)))
    assert "ước thực hiện đến hết ngày 31/12/2025" in early.preamble[1]
    late = build_report(inputs(today=date(2026, 1, 5)))
    assert "ước thực hiện" not in late.preamble[1]


def test_seed_plan_content_items_come_from_its_noi_dung():
    seed = parse(load_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    seed.number, seed.date = "05", date(2024, 1, 6)
    bc = build_report(ReportInputs(seed, today=date(2024, 4, 2)))
    titles = [c.title for c in bc.sections[1].children]
    assert titles[:2] == ["Nội dung tuyên truyền", "Các hoạt động và hình thức tuyên truyền"]
    assert bc.title.startswith("Kết quả thực hiện Kế hoạch số 05/")


def test_thousands_of_units_are_written_out_up_to_a_limit_and_the_rest_counted():
    names = [f"Tổ dân phố số {n}" for n in range(1, 351)]
    works = [
        UnitWork(name, "Phát thanh", "Đã phát thanh 2 buổi trên loa truyền thanh.")
        for name in names
    ]
    report = build_report(ReportInputs(our_plan(), works=works, assigned_units=names))
    results = report.sections[1]
    assert "Ngoài các cơ quan, đơn vị nêu dưới đây, 50 cơ quan, đơn vị khác đã báo cáo" in " ".join(
        results.paragraphs
    )
    written = [
        p for item in results.children for p in item.paragraphs if p.startswith("- Tổ dân phố")
    ]
    assert len(written) == 300
