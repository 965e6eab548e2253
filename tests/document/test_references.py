"""Citations of numbered documents, state style and Party style (DESIGN.md §3)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.document.references import NUMBER_SYMBOL, _number_symbols, find_references, unique


def _one(text: str):
    found = find_references(text)
    assert len(found) == 1, found
    return found[0]


def test_state_style_citation_with_date_and_issuer():
    ref = _one(
        "Thực hiện Kế hoạch số 157/KH-UBND ngày 10/7/2024 của Ủy ban nhân dân thành phố Hải Phòng phát động phong trào"
    )
    assert (ref.kind, ref.number, ref.symbol, ref.date, ref.issuer) == (
        "Kế hoạch",
        "157",
        "KH-UBND",
        date(2024, 7, 10),
        "Ủy ban nhân dân thành phố Hải Phòng",
    )
    assert (
        ref.text == "Kế hoạch số 157/KH-UBND ngày 10/7/2024 của Ủy ban nhân dân thành phố Hải Phòng"
    )


def test_decision_of_the_city_committee_abbreviated():
    ref = _one(
        "Quyết định số 3630/QĐ-UBND ngày 05/9/2025 của UBND thành phố về ban hành Kế hoạch tổ chức"
    )
    assert (ref.number, ref.symbol, ref.issuer) == ("3630", "QĐ-UBND", "UBND thành phố")


def test_party_style_splits_at_the_first_hyphen_even_with_a_space_before_it():
    ref = _one(
        "Hướng dẫn số 27 -HD/QU ngày 03 tháng 01 năm 2024 của Quận ủy Lê Chân về tuyên truyền"
    )
    assert (ref.number, ref.symbol, ref.date, ref.issuer) == (
        "27",
        "HD/QU",
        date(2024, 1, 3),
        "Quận ủy Lê Chân",
    )


def test_party_conclusion_without_date():
    ref = _one("tiếp tục quán triệt Kết luận số 01-KL/TW.")
    assert (ref.kind, ref.number, ref.symbol, ref.date) == ("Kết luận", "01", "KL/TW", None)


def test_action_programme_is_one_kind_not_a_programme():
    ref = _one(
        "Chương trình hành động số 17-CTr/TU ngày 6/3/2026 của BCH Đảng bộ thành phố về thực hiện"
    )
    assert (ref.kind, ref.number, ref.symbol, ref.date, ref.issuer) == (
        "Chương trình hành động",
        "17",
        "CTr/TU",
        date(2026, 3, 6),
        "BCH Đảng bộ thành phố",
    )


def test_decree_without_the_word_so_splits_at_the_first_slash():
    ref = _one("theo Nghị định 30/2020/NĐ-CP về công tác văn thư")
    assert (ref.kind, ref.number, ref.symbol, ref.date) == ("Nghị định", "30", "2020/NĐ-CP", None)
    assert ref.key == ("30", "2020/NĐ-CP", 2020)


def test_law_cited_by_name_only_is_not_a_reference():
    assert find_references("triển khai Luật Thi đua, khen thưởng và Luật Phòng thủ dân sự") == []


def test_law_with_a_name_and_a_number_is_a_reference():
    ref = _one(
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, ngày 25/6/2015 và"
    )
    assert (ref.kind, ref.number, ref.symbol, ref.date) == (
        "Luật",
        "85",
        "2015/QH13",
        date(2015, 6, 25),
    )


def test_issuer_with_commas_inside_a_sector_name():
    ref = _one(
        "Kế hoạch số 223/KH-SVHTTDL ngày 22/9/2025 của Sở Văn hóa, Thể thao và Du lịch về tuyên truyền"
    )
    assert ref.issuer == "Sở Văn hóa, Thể thao và Du lịch"


def test_citation_in_capitals_inside_a_title():
    ref = _one(
        "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH"
    )
    assert (ref.kind, ref.number, ref.symbol, ref.date, ref.issuer) == (
        "Quyết định",
        "1899",
        "QĐ-TTG",
        date(2025, 9, 4),
        "THỦ TƯỚNG CHÍNH PHỦ",
    )


def test_spaces_inside_a_symbol_are_removed():
    ref = _one("Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021 của Chính phủ;")
    assert (ref.symbol, ref.issuer) == ("2021/NĐ-CP", "Chính phủ")


def test_several_citations_in_one_sentence_in_order():
    text = "Kết luận số 01-KL/TW ngày 15/8/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW về"
    assert [(r.number, r.symbol, r.issuer) for r in find_references(text)] == [
        ("01", "KL/TW", "Bộ Chính trị khóa XIII"),
        ("05", "CT/TW", None),
    ]


def test_lower_case_words_without_so_are_not_citations():
    assert find_references("xây dựng kế hoạch 5/2024 của đơn vị") == []


@pytest.mark.parametrize(
    "later",
    [
        "Kế hoạch số 89-KH/ĐU",
        "Kế hoạch số 89-KH/ĐU ngày 20/3/2026 của Ban Thường vụ Đảng ủy phường",
    ],
)
def test_unique_keeps_the_first_citation_of_a_document(later):
    first = find_references("Kế hoạch số 89-KH/ĐU ngày 20/3/2026 của Ban thường vụ Đảng ủy phường")
    again = find_references(later)
    kept = unique(first + again)
    assert len(kept) == 1
    assert kept[0].issuer == "Ban thường vụ Đảng ủy phường"


def test_same_number_and_symbol_in_another_year_is_another_document():
    refs = find_references(
        "Kế hoạch số 10/KH-UBND ngày 05/01/2024 và Kế hoạch số 10/KH-UBND ngày 06/01/2025"
    )
    assert len(unique(refs)) == 2


def test_a_steering_committee_named_for_a_topic_keeps_its_ve_topic():
    ref = _one(
        "Quyết định số 12/QĐ-BCĐ ngày 05/3/2025 của Ban Chỉ đạo liên ngành Trung ương về an toàn"
        " thực phẩm về việc kiện toàn tổ chức"
    )
    assert ref.issuer == "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"
    assert ref.text.endswith("về an toàn thực phẩm")


def test_a_national_committee_topic_may_hold_commas():
    ref = _one(
        "Kế hoạch số 7/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng,"
        " tiêu cực về tổ chức hội nghị"
    )
    assert ref.issuer == "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"
    ref = _one(
        "Kế hoạch số 8/KH-UBQG ngày 05/3/2025 của Ủy ban Quốc gia về Người cao tuổi Việt Nam về"
        " tổ chức Tháng hành động"
    )
    assert ref.issuer == "Ủy ban Quốc gia về Người cao tuổi Việt Nam"


@pytest.mark.parametrize(
    "text, issuer",
    [
        # a single "về": the committee's topic cannot be told from the document's subject
        (
            "Kế hoạch số 5/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo tỉnh về an toàn thực phẩm;",
            "Ban Chỉ đạo tỉnh",
        ),
        # "về việc" and "về <verb>" start the subject even when another "về" follows
        (
            "Kế hoạch số 5/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo tỉnh về việc triển khai Đề án về chuyển đổi số",
            "Ban Chỉ đạo tỉnh",
        ),
        (
            "Kế hoạch số 5/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo tỉnh về triển khai Đề án về chuyển đổi số",
            "Ban Chỉ đạo tỉnh",
        ),
        # bodies not named for a topic stop at the first "về"
        (
            "Quyết định số 5/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh về an toàn thực phẩm về việc x",
            "Ủy ban nhân dân tỉnh",
        ),
        # the "topic" runs into the next citation
        (
            "Kế hoạch số 7/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo tỉnh về công tác X, Kế hoạch số 8/KH-UBND về y",
            "Ban Chỉ đạo tỉnh",
        ),
    ],
)
def test_a_ve_that_starts_the_subject_still_ends_the_issuer(text, issuer):
    assert find_references(text)[0].issuer == issuer


# Citations and near-citations in pieces: what stands before the number (nothing, a letter, a digit,
# "_", "/", "." or a bracket), the number (up to seven digits, other digits too), a letter after it
# (with the letters that fold to ASCII under IGNORECASE), white space of every kind, the separator and
# a symbol.
_CHUNK = st.tuples(
    st.sampled_from(["", " ", "(", "a", "1", ".", "/", "_", "số ", "\n"]),
    st.sampled_from(["1", "12", "2024", "123456", "1234567", "٣", "１"]),
    st.sampled_from(["", "a", "K", "ı", "\u212a", "Đ", "b "]),
    st.sampled_from(["", " ", "\n", "\u00a0 ", "\t"]),
    st.sampled_from(["/", "-", ".", "", "//"]),
    st.sampled_from(["", " ", "\n"]),
    st.sampled_from(["KH", "kh", "2020/NĐ-CP", "UBND", "", "-", "1", "QĐ-UBND ngày"]),
).map("".join)


def _number_symbols_by_search(text: str) -> list[re.Match[str]]:
    """The plain way: search from every position, a match after a letter, digit, "_", "/" or "."
    tried again one character later."""
    found, position = [], 0
    while match := NUMBER_SYMBOL.search(text, position):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in "_/.":
            position = match.start() + 1
            continue
        found.append(match)
        position = match.end()
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHUNK, max_size=6).map("".join))
def test_numbers_are_found_where_a_search_of_every_position_finds_them(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in _number_symbols(text)]
    searched = [(m.span(), m.groupdict()) for m in _number_symbols_by_search(text)]
    assert found == searched
