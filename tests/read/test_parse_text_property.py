"""parse_text never fails on arbitrary text except with InputError (the text is not a plan)."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from kehoach.errors import InputError
from kehoach.read import load_bytes, parse, parse_text

SEED_LINES = next((FIXTURES / "seeds").glob("000_*.txt")).read_text(encoding="utf-8").split("\n")
PIECES = ["Số: /KH-UBND", "KẾ HOẠCH", "I. MỤC ĐÍCH", "1. ", "1.1. ", "a) ", "- ", "Nơi nhận:", "- Lưu: VT.",
          "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Hải An, ngày 5 tháng 3 năm 2026", "Kế hoạch số 5/KH-UBND ngày",
          "94 năm Ngày (03/02/1930 - ", "**", "##", "\t", "   ", "(", ")", "“", "./."]  # fmt: skip


def _parse_or_refuse(text: str) -> None:
    try:
        plan = parse_text(text)
    except InputError as error:
        assert str(error).strip() and "\n" not in str(error)
        return
    assert plan.symbol is None or plan.symbol.strip()
    for section in plan.all_sections():
        assert isinstance(section.title, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_text(text):
    _parse_or_refuse(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.sampled_from(SEED_LINES), st.text(max_size=40)),
        max_size=60,
    )
)
def test_plan_shaped_fragments_in_any_order(pieces):
    _parse_or_refuse("\n".join(pieces))


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=0, max_value=len(SEED_LINES)),
    st.integers(min_value=0, max_value=len(SEED_LINES)),
)
def test_any_slice_of_a_real_plan(start, end):
    _parse_or_refuse("\n".join(SEED_LINES[start:end]))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000), st.sampled_from(["x.txt", "x.md", "x.docx", "x.pdf", "x"]))
def test_arbitrary_bytes_under_any_name_load_or_are_refused(data, name):
    try:
        source = load_bytes(data, name)
    except InputError as error:
        assert str(error).strip() and "\n" not in str(error)
        return
    with contextlib.suppress(InputError):
        parse(source)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=2000))
def test_corrupted_zip_bodies_are_refused_cleanly(tail):
    with contextlib.suppress(InputError):
        load_bytes(b"PK\x03\x04" + tail, "x.docx")
