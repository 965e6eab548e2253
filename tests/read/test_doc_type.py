"""Document types and the number line of a plan's head."""

from __future__ import annotations

from kehoach.read.doc_type import NUMBER, doc_type_of


def test_a_type_heading_is_known_only_in_capitals() -> None:
    assert (
        doc_type_of("KẾ HOẠCH"),
        doc_type_of("KẾ HOẠCH LIÊN TỊCH:"),
        doc_type_of("Kế hoạch"),
    ) == (
        "KH",
        "KH",
        None,
    )


def test_the_number_line_gives_number_and_symbol() -> None:
    match = NUMBER.search("Số: 57/KH-UBND")
    assert match is not None and (match["number"], match["symbol"]) == ("57", "KH-UBND")
