"""Fact rules: anniversary counts and dates, lunar dates, weekdays, impossible dates, references."""

from __future__ import annotations

from lint_helpers import lint_text

SEED_000_LINE_27 = (
    "Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024) và đón Tết nguyên "
    "đán Giáp Thìn."
)
SEED_004_LINE_23 = (
    "- Tuyên truyền các hoạt động chào mừng kỷ niệm năm tròn, năm chẵn những ngày lễ lớn của Thủ đô và đất "
    "nước trong năm 2024: 70 năm Ngày Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024); 70 năm Ngày Giải "
    "phóng Thủ đô (10/10/1954 - 10/10/2024); 80 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - "
    "22/12/2024) và 35 năm Ngày hội quốc phòng toàn dân (22/12/1989 - 22/12/2024);..."
)


def test_anniversary_count_accepts_the_seeds_counts():
    assert lint_text(SEED_000_LINE_27 + "\n" + SEED_004_LINE_23, "anniversary-count") == []


def test_anniversary_count_finds_a_count_off_by_one():
    (finding,) = lint_text(SEED_000_LINE_27.replace("94 năm", "95 năm"), "anniversary-count")
    assert (finding.column, finding.suggestion, finding.severity) == (9, "94", "error")


def test_anniversary_count_finds_the_wrong_count_among_several():
    (finding,) = lint_text(SEED_004_LINE_23.replace("35 năm", "36 năm"), "anniversary-count")
    assert finding.suggestion == "35"


def test_anniversary_count_leaves_a_five_year_period():
    # seed 002 line 21: "kế hoạch 5 năm (2021-2025)" is a period, not an anniversary
    text = "các chỉ tiêu phát triển kinh tế - xã hội năm 2024, kế hoạch 5 năm (2021-2025) theo Nghị quyết"
    assert lint_text(text, "anniversary-count") == []


def test_anniversary_date_finds_a_wrong_founding_date():
    text = SEED_000_LINE_27.replace("(03/02/1930", "(03/02/1931").replace("94 năm", "93 năm")
    (finding,) = lint_text(text, "anniversary-date")
    assert (finding.suggestion, finding.severity) == ("03/02/1930", "error")


def test_anniversary_date_accepts_the_seeds_dates():
    assert lint_text(SEED_000_LINE_27 + "\n" + SEED_004_LINE_23, "anniversary-date") == []


SEED_000_LINE_85 = (
    "- **Từ ngày 30/01/2024 - 20/02/2024:** (Tức ngày 20 tháng 12 năm Quý Mão đến ngày 11/01 năm Giáp "
    "Thìn): Tổ chức các hoạt động kỷ niệm 94 năm ngày Thành lập Đảng Cộng sản Việt Nam và Tết Nguyên đán "
    "Giáp Thìn -2024."
)


def test_lunar_date_accepts_seed_000s_lunar_dates_and_year_names():
    assert lint_text(SEED_000_LINE_85, "lunar-date") == []


def test_lunar_date_finds_a_wrong_lunar_day():
    (finding,) = lint_text(
        SEED_000_LINE_85.replace("ngày 20 tháng 12", "ngày 21 tháng 12"), "lunar-date"
    )
    assert (finding.suggestion, finding.severity) == ("ngày 20 tháng 12", "error")


def test_lunar_date_finds_a_wrong_year_name():
    (finding,) = lint_text(SEED_000_LINE_85.replace("năm Quý Mão", "năm Giáp Thìn"), "lunar-date")
    assert finding.suggestion == "Quý Mão"


LUNAR_FIRST = (
    "Lễ cúng ông Công, ông Táo ngày 23 tháng Chạp năm Ất Tỵ (tức ngày 10/02/2026), đêm Giao thừa "
    "ngày 29 tháng Chạp năm Ất Tỵ (tức ngày 16/02/2026)."
)


def test_lunar_date_accepts_a_lunar_date_written_before_its_solar_day():
    assert lint_text(LUNAR_FIRST, "lunar-date") == []


def test_lunar_date_finds_a_lunar_date_that_does_not_match_the_solar_day_after_it():
    (finding,) = lint_text(LUNAR_FIRST.replace("10/02/2026", "11/02/2026"), "lunar-date")
    assert finding.suggestion == "ngày 24 tháng 12"


def test_lunar_date_finds_a_30th_of_a_short_lunar_month():
    (finding,) = lint_text(
        LUNAR_FIRST.replace("ngày 29 tháng Chạp", "ngày 30 tháng Chạp"), "lunar-date"
    )
    assert finding.suggestion == "ngày 29 tháng 12"


def test_lunar_date_finds_tet_with_the_wrong_can_chi():
    (finding,) = lint_text(SEED_000_LINE_85.replace("Giáp Thìn -2024", "Ất Tỵ -2024"), "lunar-date")
    assert finding.suggestion == "Giáp Thìn"


def test_weekday_finds_a_wrong_day_of_the_week():
    (finding,) = lint_text(
        "Hội nghị tổ chức vào Thứ Hai, ngày 06/02/2024 tại hội trường.", "weekday"
    )
    assert (finding.column, finding.suggestion) == (22, "Thứ Ba")


def test_weekday_accepts_right_days_and_ordinals():
    text = (
        "vào Thứ Hai, ngày 05/02/2024; ngày 04/02/2024 (Chủ nhật); Kỳ họp thứ năm, ngày 12/4/2024"
    )
    assert lint_text(text, "weekday") == []


def test_date_invalid_finds_30_february():
    (finding,) = lint_text("Thời gian: ngày 30/02/2024.", "date-invalid")
    assert (finding.column, finding.severity) == (17, "error")


def test_date_invalid_finds_a_period_that_ends_before_it_starts():
    (finding,) = lint_text(
        "- Từ ngày 21/02/2024 đến ngày 29/01/2024 tuyên truyền về Lễ hội", "date-invalid"
    )
    assert finding.column == 31


def test_date_invalid_accepts_seed_000s_periods():
    text = (
        "- **Từ ngày 21/02/2024 đến ngày 29/03/2024** tuyên truyền; Từ ngày 30/01/2024 - 20/02/2024"
    )
    assert lint_text(text, "date-invalid") == []


SEED_001_REFERENCES = (
    "Thực hiện Kế hoạch số 92-KH/ĐU ngày 06/4/2026 của Đảng ủy phường về tuyên truyền Chương trình hành "
    "động số 17-CTr/TU ngày 6/3/2026 của BCH Đảng bộ thành phố.\n\n"
    "- Chỉ đạo, định hướng công tác tuyên truyền Chương trình hành động số 17-CTr/TU ngày 6/3/2026 của BCH "
    "Đảng bộ thành phố."
)


def test_reference_inconsistent_accepts_seed_001s_citations():
    assert lint_text(SEED_001_REFERENCES, "reference-inconsistent") == []


def test_reference_inconsistent_finds_a_second_date_for_the_same_document():
    text = SEED_001_REFERENCES[::-1].replace("6202/3/6", "6202/3/7", 1)[::-1]
    (finding,) = lint_text(text, "reference-inconsistent")
    assert (finding.line, finding.suggestion) == (3, "6/3/2026")


HEADER = "Số: 05/KH-UBND\nHải An, ngày 10 tháng 4 năm 2026\n\nKẾ HOẠCH\n\n"


def test_reference_future_finds_a_document_dated_after_the_plan():
    (finding,) = lint_text(
        HEADER + SEED_001_REFERENCES.replace("06/4/2026", "16/4/2026"), "reference-future"
    )
    assert (finding.line, finding.rule) == (6, "reference-future")


def test_reference_future_needs_the_plans_own_date():
    undated = HEADER.replace("ngày 10 tháng 4", "ngày    tháng 4")
    assert (
        lint_text(
            undated + SEED_001_REFERENCES.replace("06/4/2026", "16/4/2026"), "reference-future"
        )
        == []
    )


def test_date_invalid_finds_a_span_of_years_that_runs_backwards():
    # seed 003 line 7 with the years swapped
    text = "Tuyên truyền trước, trong và sau Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I (2030 - 2025)"
    (finding,) = lint_text(text, "date-invalid")
    assert finding.suggestion == "2025 - 2030"


def test_date_invalid_accepts_terms_and_periods_of_the_seeds():
    text = "nhiệm kỳ 2020 - 2025; giai đoạn (2020-2025; 2025-2030); kế hoạch 5 năm 2021-2030"
    assert lint_text(text, "date-invalid") == []


def test_reference_future_reports_each_document_once():
    text = HEADER + SEED_001_REFERENCES.replace("6/3/2026", "16/4/2026")
    findings = lint_text(text, "reference-future")
    assert [f.line for f in findings] == [6]


def test_lunar_date_checks_a_bracketed_lunar_date_marked_am_lich():
    right = "Lễ Giỗ Tổ Hùng Vương ngày 18/4/2024 (10/3 âm lịch) tại Đền Hùng."
    assert lint_text(right, "lunar-date") == []
    (finding,) = lint_text(right.replace("(10/3", "(11/3"), "lunar-date")
    assert finding.suggestion == "ngày 10 tháng 03"
