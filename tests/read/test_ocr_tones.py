"""OCR's hook told from the acute and the grave by the word the syllable makes with its neighbour."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from kehoach.read import load
from kehoach.read.ocr_tones import retone, tone_of, with_tone, words_of


def test_an_acute_read_for_a_hook_is_a_hook_where_it_makes_the_word():
    assert retone("Các tố chức thành viên") == "Các tổ chức thành viên"
    assert retone("Triến khai thực hiện") == "Triển khai thực hiện"


def test_a_syllable_no_plan_has_takes_the_mark_of_a_common_pair():
    assert retone("UBND tỉnh (đế báo cáo);") == "UBND tỉnh (để báo cáo);"


def test_a_pair_confirmed_on_both_sides_is_taken():
    assert retone("trung học phố thông") == "trung học phổ thông"


def test_capitals_keep_their_case():
    assert retone("KIẾM TRA, GIÁM SÁT") == "KIỂM TRA, GIÁM SÁT"


def test_a_pair_as_read_that_plans_use_stays():
    for line in ("đơn thư khiếu nại, tố cáo", "tuyến đường liên thôn", "đường phố thông thoáng"):
        assert retone(line) == line


def test_where_a_mark_sits_and_other_tones_stay():
    for line in ("Uỷ ban nhân dân", "Quốc hội khoá XVI", "cùng cấp", "Thứ Tư"):
        assert retone(line) == line


def test_tone_helpers():
    assert tone_of("tổ") == "\u0309" and tone_of("to") == ""
    assert with_tone("tố", "\u0309") == "tổ"
    assert words_of("Kế hoạch, số 12 của") == ["kế", "hoạch", "", "số", "", "của"]


@pytest.mark.parametrize("name", ["seeds", "fields"])
def test_typed_plans_are_left_almost_untouched(name):
    # A typed plan has its marks right: the mend must find next to nothing to change in one (in the
    # seeds: "dân cử," and "tranh, ảnh về", two lines in 747, pairs the table has not seen).
    folder = ROOT / "tests" / "fixtures" / name
    lines = [line for path in sorted(Path(folder).iterdir()) if path.suffix in (".txt", ".md")
             for line in load(path).lines]  # fmt: skip
    changed = sum(retone(line) != line for line in lines)
    assert lines and changed <= len(lines) // 250


def test_a_word_cut_at_the_line_end_is_told_by_the_next_line():
    assert retone("CỦA TỔ CÔNG TÁC HUẤN LUYỆN, KIẾM", after="TRA, CẤP GIẤY") == (
        "CỦA TỔ CÔNG TÁC HUẤN LUYỆN, KIỂM"
    )
    assert retone("chức thành viên", before="Các tố") == "chức thành viên"  # only the line mends
    assert retone("KIẾM", after="- TRA") == "KIẾM"  # a list mark between: no neighbour
