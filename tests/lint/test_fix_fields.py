"""Safe edits carried back from the rendered lines to the plan's fields, only where certain."""

from __future__ import annotations

from kehoach.lint.fix_fields import fix_fields
from kehoach.lint.rules import Edit


def test_an_edit_lands_in_the_field_under_its_span():
    data = {"title": "Kế hoạch", "sections": [{"paragraphs": ["Đăng trên Công thông tin."]}]}
    lines = ["Kế hoạch", "1. Đăng trên Công thông tin."]
    fixed, applied = fix_fields(data, lines, [Edit(2, 14, "Công", "Cổng")])
    assert fixed["sections"][0]["paragraphs"] == ["Đăng trên Cổng thông tin."]
    assert data["sections"][0]["paragraphs"] == ["Đăng trên Công thông tin."]  # a copy
    assert [(a.old, a.new) for a in applied] == [("Công", "Cổng")]


def test_an_edit_two_fields_could_have_made_is_left_alone():
    data = {"a": "văn hoá", "b": "văn hoá"}
    fixed, applied = fix_fields(data, ["văn hoá"], [Edit(1, 5, "hoá", "hóa")])
    assert (fixed, applied) == (data, [])


def test_an_edit_whose_text_is_not_on_the_line_is_left_alone():
    data = {"a": "văn hoá"}
    fixed, applied = fix_fields(data, ["văn hóa"], [Edit(1, 5, "hoá", "hóa")])
    assert (fixed, applied) == (data, [])
