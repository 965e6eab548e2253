"""Decoding text files: UTF-8 with or without BOM, UTF-16 by BOM; legacy fonts and binary data refused."""

from __future__ import annotations

import codecs

import pytest

from kehoach.errors import InputError
from kehoach.read import load_bytes
from kehoach.read.source import legacy_encoding

TEXT = "Số: 12/KH-UBND\nHải An, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_text_encodings_give_the_same_lines(data):
    source = load_bytes(data, "ke-hoach.txt")
    assert source.kind == "text"
    assert source.lines == TEXT.split("\n")
    assert source.raw == data


def test_decomposed_text_is_normalised_to_nfc():
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"
    assert load_bytes(decomposed.encode("utf-8"), "a.txt").lines == ["Kế hoạch"]


def test_crlf_line_ends_are_removed():
    assert load_bytes(b"a\r\nb\r\n", "a.txt").lines == ["a", "b", ""]


def test_markdown_suffix_gives_markdown_kind():
    assert load_bytes("## KẾ HOẠCH".encode(), "a.md").kind == "markdown"


def test_tcvn3_text_is_recognised():
    assert legacy_encoding("KÕ ho¹ch tuyªn truyÒn kû niÖm ngµy thµnh lËp §¶ng") == "TCVN3"


def test_vni_text_is_recognised():
    assert (
        legacy_encoding(
            "Keá hoaïch tuyeân truyeàn kyû nieäm ngaøy thaønh laäp Ñaûng Coäng saûn Vieät Nam"
        )
        == "VNI"
    )


def test_unicode_vietnamese_is_not_mistaken_for_a_legacy_font():
    assert legacy_encoding(TEXT * 20) is None


def test_latin1_bytes_of_a_tcvn3_file_are_refused_as_tcvn3():
    data = "KÕ ho¹ch tuyªn truyÒn kû niÖm ngµy thµnh lËp §¶ng Céng s¶n".encode("cp1252")
    with pytest.raises(InputError, match="TCVN3"):
        load_bytes(data, "cu.txt")


def test_undecodable_bytes_are_refused():
    with pytest.raises(InputError, match="bảng mã"):
        load_bytes(b"K\xe9 ho\xe0ch " * 3, "x.txt")


def test_a_text_far_longer_than_any_plan_is_refused():
    text = ("Nội dung tuyên truyền về công tác thi đua khen thưởng.\n" * 20_000).encode()
    with pytest.raises(InputError, match="văn bản quá dài"):
        load_bytes(text, "dai.txt")
