"""The shared date field: dd/mm/yyyy typed and shown, ISO still read, a wrong day named in Vietnamese."""

from __future__ import annotations

import inspect
import re
from datetime import date

import pytest
from django import forms
from django.template import Context, Template
from django.utils import formats

import kehoach.web.plans.forms
import kehoach.web.reports.forms
from kehoach.web.core.fields import PATTERN, VietnameseDateField, VietnameseDateInput


class DayForm(forms.Form):
    day = VietnameseDateField(required=False)


def cleaned(value: str) -> date | None:
    form = DayForm({"day": value})
    assert form.is_valid(), form.errors
    return form.cleaned_data["day"]


@pytest.mark.parametrize(
    "typed", ["05/03/2025", "5/3/2025", "05/03/25", "05-03-2025", "2025-03-05"]
)
def test_it_reads_the_vietnamese_and_iso_shapes_as_the_same_day(typed):
    assert cleaned(typed) == date(2025, 3, 5)


def test_it_reads_day_before_month_never_the_us_order():
    assert cleaned("12/01/2025") == date(2025, 1, 12)


def test_it_reads_an_empty_box_as_no_date():
    assert cleaned("  ") is None


def test_it_names_an_impossible_day_in_vietnamese():
    form = DayForm({"day": "30/02/2025"})
    assert not form.is_valid()
    assert form.errors["day"] == ["Ngày không hợp lệ: 30/02/2025."]


def test_it_tells_the_shape_when_the_text_is_no_date():
    form = DayForm({"day": "mùng 5 tháng 3"})
    assert not form.is_valid()
    assert form.errors["day"] == [
        "Ngày không hợp lệ: mùng 5 tháng 3. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2025."
    ]


def test_it_shows_an_initial_date_as_dd_mm_yyyy_in_a_text_box():
    html = str(DayForm(initial={"day": date(2025, 3, 5)})["day"])
    assert 'type="text"' in html
    assert 'value="05/03/2025"' in html
    assert 'placeholder="dd/mm/yyyy"' in html
    assert 'inputmode="numeric"' in html
    assert 'type="date"' not in html


def test_its_browser_pattern_lets_through_exactly_the_shapes_the_server_reads():
    shape = re.compile(rf"^(?:{PATTERN})$")
    for typed in ["05/03/2025", "5/3/25", "05-03-2025", "2025-03-05", "30/02/2025"]:
        assert shape.match(typed), typed
    for typed in ["05.03.2025", "mùng 5", "05-03-25", "2025/03/05"]:
        assert not shape.match(typed), typed


def test_its_browser_pattern_has_no_character_class_the_v_flag_would_reject():
    assert "[" not in PATTERN


def _site_forms() -> list[type[forms.Form]]:
    found = []
    for module in (kehoach.web.plans.forms, kehoach.web.reports.forms):
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_date_of_the_site_forms_uses_the_shared_field():
    dates = [
        (form.__name__, name, field)
        for form in _site_forms()
        for name, field in form.base_fields.items()
        if isinstance(field, forms.DateField)
    ]
    assert dates, "the plan editor's deadline is a date field"
    for form_name, name, field in dates:
        assert isinstance(field, VietnameseDateField), (form_name, name)
        assert isinstance(field.widget, VietnameseDateInput), (form_name, name)


def test_the_site_shows_a_plain_date_as_dd_mm_yyyy():
    rendered = Template("{{ day }}|{{ day|date }}|{{ day|date:'SHORT_DATE_FORMAT' }}").render(
        Context({"day": date(2025, 3, 5)})
    )
    assert rendered == "05/03/2025|05/03/2025|05/03/2025"


def test_the_site_reads_typed_dates_day_first_in_every_form():
    assert formats.get_format("DATE_INPUT_FORMATS")[0] == "%d/%m/%Y"
    assert forms.DateField().clean("05/03/2025") == date(2025, 3, 5)
