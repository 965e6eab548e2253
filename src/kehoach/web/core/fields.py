"""Date fields as Vietnamese write them: dd/mm/yyyy in and out, whatever the browser's language.

An HTML `type="date"` input shows mm/dd/yyyy in a browser set to English (and in headless
Chromium), so every date of the site's forms is a plain text input using `VietnameseDateField`.
ISO dates are still accepted so older posts and scripts keep working.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms

from kehoach.web.formats.vi.formats import DATE_INPUT_FORMATS as INPUT_FORMATS

DISPLAY_FORMAT = INPUT_FORMATS[0]
# What the browser lets through before the server checks the day itself: the shapes above.
# No character classes: browsers compile `pattern` with the `v` flag, where `[/-]` is an error.
PATTERN = r"\s*(\d{1,2}/\d{1,2}/(\d{2}|\d{4})|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*"
HINT = "ngày/tháng/năm, ví dụ 05/03/2025"
_SHAPED = re.compile(rf"^{PATTERN}$")


class VietnameseDateInput(forms.DateInput):
    """A text box for dd/mm/yyyy: a numeric keyboard on phones, the shape as placeholder."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {
            "inputmode": "numeric",
            "placeholder": "dd/mm/yyyy",
            "pattern": PATTERN,
            "title": f"Ghi theo dạng {HINT}",
            "autocomplete": "off",
            "maxlength": "12",
        }
        super().__init__(attrs={**defaults, **(attrs or {})}, format=DISPLAY_FORMAT)


class VietnameseDateField(forms.DateField):
    """A date typed as 05/03/2025 (or 5/3/25, 05-03-2025, 2025-03-05); errors say which date is wrong."""

    widget = VietnameseDateInput
    input_formats = INPUT_FORMATS

    def to_python(self, value: Any) -> date | None:
        if isinstance(value, str):
            value = value.strip()
        try:
            return super().to_python(value)
        except forms.ValidationError:
            text = str(value)
            if _SHAPED.match(text):
                message = f"Ngày không hợp lệ: {text}."
            else:
                message = f"Ngày không hợp lệ: {text[:30]}. Hãy ghi theo dạng {HINT}."
            raise forms.ValidationError(message, code="invalid") from None
