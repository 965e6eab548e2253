"""The report form: one whole-number field per figure the plan asks for, text, files, the choices."""

from __future__ import annotations

from typing import Any

from django import forms

from kehoach.document.text import nfc
from kehoach.report import FigureSpec

DETAILS = ("difficulties", "causes", "proposals")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ReportForm(forms.Form):
    text = forms.CharField(
        label="Kết quả thực hiện",
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Những việc đơn vị đã làm, thời gian, địa điểm, hình thức.",
    )
    difficulties = forms.CharField(
        label="Khó khăn, vướng mắc",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    causes = forms.CharField(
        label="Nguyên nhân",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    proposals = forms.CharField(
        label="Kiến nghị, đề xuất",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    no_activity = forms.BooleanField(
        label="Không phát sinh (đơn vị không có hoạt động nào cho nhiệm vụ này)", required=False
    )
    partial = forms.BooleanField(
        label="Báo cáo một phần (chưa đến hạn, sẽ bổ sung sau)", required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, specs: list[FigureSpec], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.specs = specs
        for spec in specs:
            self.fields[f"so_{spec.key}"] = forms.IntegerField(
                label=spec.label + (f" ({spec.measure})" if spec.measure else ""),
                required=False,
                min_value=0,
                max_value=10_000_000,
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0}),
            )

    def figure_fields(self) -> list[forms.BoundField]:
        return [self[f"so_{spec.key}"] for spec in self.specs]

    def figures(self) -> dict[str, int]:
        """The figures the unit filled in; a blank field is left out (blank is not 0)."""
        found = {spec.key: self.cleaned_data.get(f"so_{spec.key}") for spec in self.specs}
        return {key: value for key, value in found.items() if value is not None}

    def details(self) -> dict[str, str]:
        return {name: nfc((self.cleaned_data.get(name) or "").strip()) for name in DETAILS}

    def clean_text(self) -> str:
        return nfc((self.cleaned_data.get("text") or "").strip())

    def check_content(self, submit: bool, has_files: bool) -> None:
        """A submitted report says something: figures, text, files, or "không phát sinh"."""
        if not self.is_valid() or not submit:
            return
        data = self.cleaned_data
        if data["no_activity"] and (any(self.figures().values()) or data["text"]):
            self.add_error(
                "no_activity", "Đã chọn “Không phát sinh” thì không ghi số liệu hay nội dung."
            )
        elif (
            not data["no_activity"]
            and not any(self.figures().values())
            and not data["text"]
            and not has_files
        ):
            self.add_error(
                None,
                "Báo cáo chưa có nội dung: hãy ghi số liệu, kết quả thực hiện, đính kèm minh chứng "
                "hoặc chọn “Không phát sinh”.",
            )


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label="Ý kiến trả lại (đơn vị sẽ thấy)",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
