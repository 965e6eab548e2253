"""Laws cited by name and the day they were passed are bases of the plan (sentences of our own, and
one corpus plan that opens with such a law)."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, needs_shared
from kehoach.document.references import find_references
from kehoach.read import read_plan
from kehoach.read.named_laws import bases_of


def _bases(line: str) -> list[tuple[str | None, str | None, date | None]]:
    return [(ref.kind, ref.number, ref.date) for ref in bases_of(line, find_references(line))]


def test_a_law_cited_with_its_day_in_words_is_a_basis():
    line = "Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021;"
    assert _bases(line) == [("Luật", None, date(2021, 3, 30))]


def test_a_code_cited_with_a_numeric_day_comes_before_the_decree_after_it():
    line = "Căn cứ Bộ luật Lao động ngày 20/11/2019 và Nghị định số 145/2020/NĐ-CP ngày 14/12/2020;"
    assert _bases(line) == [
        ("Bộ luật", None, date(2019, 11, 20)),
        ("Nghị định", "145", date(2020, 12, 14)),
    ]


def test_a_law_cited_by_its_year_keeps_its_words_and_no_invented_day():
    (law,) = bases_of("Căn cứ Luật Thủy sản năm 2017;", [])
    assert (law.text, law.date, law.issuer) == ("Luật Thủy sản năm 2017", None, None)


def test_two_laws_in_one_line_are_two_bases():
    line = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
        "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng "
        "11 năm 2019;"
    )
    assert [d for _, _, d in _bases(line)] == [date(2015, 6, 19), date(2019, 11, 22)]


def test_a_numbered_law_is_read_once_with_its_number():
    line = "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30/3/2021;"
    assert _bases(line) == [("Luật", "73", date(2021, 3, 30))]


def test_a_plan_lists_the_law_first_and_not_among_its_numbered_references(tmp_path):
    plan_file = tmp_path / "ke-hoach.txt"
    plan_file.write_text(
        "ỦY BAN NHÂN DÂN\nXÃ YÊN ĐỊNH\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nYên Định, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Tuyên truyền phòng cháy, chữa cháy năm 2026\n"
        "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024;\n"
        "Căn cứ Kế hoạch số 40/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức phòng cháy.\nII. TỔ CHỨC THỰC HIỆN\n"
        "Công an xã chủ trì thực hiện.\n",
        "utf-8",
    )
    plan = read_plan(plan_file)
    assert [(b.kind, b.number) for b in plan.bases] == [("Luật", None), ("Kế hoạch", "40")]
    assert [r.number for r in plan.references] == ["40"]


SIN_QUYEN = CORPUS / "text" / "Trangsct_skill-sct__03__KH-3024-27-5-2026-Ky-rieng-Sin-Quyen.txt"


@needs_shared(SIN_QUYEN)
def test_a_corpus_plan_opening_with_a_law_by_name_has_it_as_its_first_basis():
    first = read_plan(SIN_QUYEN).bases[0]
    assert (first.kind, first.number, first.date) == ("Luật", None, date(2024, 8, 26))
