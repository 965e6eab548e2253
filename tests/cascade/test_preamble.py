"""The opening: the citation of the upper plan, its "Thực hiện" bases, our title."""

from __future__ import annotations

from cascade_helpers import city_plan, hai_phong

from kehoach.cascade.preamble import (
    implemented_bases,
    opening,
    plan_title,
    rewrite_title,
    sentence_case,
    split_issuer,
    upper_reference,
)


def test_split_issuer_gives_level_and_locality() -> None:
    assert split_issuer("Ủy ban nhân dân tỉnh Đắk Lắk") == ("tỉnh", "Đắk Lắk")
    assert split_issuer("UBND thành phố Hải Phòng") == ("thành phố", "Hải Phòng")
    assert split_issuer("Sở Nội vụ") == (None, None)


def test_upper_case_title_becomes_sentence_case_with_proper_names() -> None:
    title = sentence_case("CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG", [], [])
    assert title == "Chào mừng Đại hội lần thứ XIV của Đảng"


def test_sentence_case_restores_document_symbols() -> None:
    title = sentence_case("THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG", [], ["1899/QĐ-TTg"])
    assert title.endswith("Quyết định số 1899/QĐ-TTg")


def test_title_territory_is_replaced_by_the_ward() -> None:
    upper = city_plan()
    title = rewrite_title(plan_title(upper), upper, hai_phong())
    assert title.endswith("trên địa bàn phường Lê Chân")
    assert "thành phố" not in title


def test_title_without_territory_gets_one() -> None:
    upper = city_plan()
    upper.title = "Tuyên truyền Đại hội Thi đua yêu nước"
    assert rewrite_title(upper.title, upper, hai_phong()) == (
        "Tuyên truyền Đại hội Thi đua yêu nước trên địa bàn phường Lê Chân"
    )


def test_citation_has_number_date_issuer_and_subject() -> None:
    reference = upper_reference(city_plan(), "Phát động phong trào thi đua")
    assert reference.text == (
        "Kế hoạch số 157/KH-UBND ngày 10/07/2025 của Ủy ban nhân dân thành phố Hải Phòng "
        "về phát động phong trào thi đua"
    )


def test_only_bases_cited_with_thuc_hien_are_carried() -> None:
    assert [b.number for b in implemented_bases(city_plan())] == ["2437"]


def test_opening_cites_and_then_issues() -> None:
    upper = city_plan()
    profile = hai_phong()
    paragraphs = opening(
        upper_reference(upper, "X"), implemented_bases(upper), "Tuyên truyền Y", profile
    )
    assert paragraphs[0].startswith("Thực hiện Quyết định số 2437/QĐ-TTg")
    assert "; Kế hoạch số 157/KH-UBND" in paragraphs[0]
    assert (
        paragraphs[1]
        == "Ủy ban nhân dân phường Lê Chân ban hành Kế hoạch tuyên truyền Y, cụ thể như sau:"
    )


def test_ve_viec_prefix_is_dropped_from_the_subject() -> None:
    upper = city_plan()
    upper.title = "V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN"
    assert plan_title(upper) == "Hỗ trợ nhu yếu phẩm khẩn cấp cho Nhân dân"


def test_sentence_case_keeps_ttg_and_a_law_name() -> None:
    title = sentence_case("THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG VỀ LUẬT PHÒNG THỦ DÂN SỰ", [], [])
    assert title == "Thực hiện Quyết định số 1899/QĐ-TTg về Luật phòng thủ dân sự"


def test_bare_province_of_a_cited_basis_is_named() -> None:
    upper = city_plan()
    upper.bases[0].text = "Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND thành phố"
    paragraphs = opening(
        upper_reference(upper, "X"), implemented_bases(upper), "Y", hai_phong(), "Hải Phòng"
    )
    assert paragraphs[0].startswith(
        "Thực hiện Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND thành phố Hải Phòng;"
    )


def test_territory_of_an_issuer_that_is_not_a_committee_is_replaced() -> None:
    upper = city_plan()
    upper.issuer = "Sở Công Thương"
    title = rewrite_title(
        "Kiểm tra vật liệu nổ trên địa bàn tỉnh Lào Cai năm 2026", upper, hai_phong()
    )
    assert title == "Kiểm tra vật liệu nổ trên địa bàn phường Lê Chân năm 2026"
