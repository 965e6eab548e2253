"""Forms of the channels pages: the message, a channel's text, a log entry, a return comment."""

from __future__ import annotations

from typing import Any

from django import forms

from kehoach.channels.schedule import schedules_from_text
from kehoach.errors import InputError
from kehoach.web.channels.models import ChannelLog
from kehoach.web.core.fields import VietnameseDateField


class MessageForm(forms.Form):
    organisation = forms.TypedChoiceField(label="Cơ quan", coerce=int)
    unit = forms.TypedChoiceField(
        label="Đơn vị thực hiện", coerce=int, required=False, empty_value=None
    )
    task = forms.TypedChoiceField(
        label="Nhiệm vụ của kế hoạch", coerce=int, required=False, empty_value=None
    )
    commemoration = forms.ChoiceField(label="Ngày kỷ niệm", required=False)
    title = forms.CharField(label="Tiêu đề", max_length=300)
    lead = forms.CharField(
        label="Sa-pô (tóm tắt)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    body = forms.CharField(
        label="Nội dung", max_length=60000, widget=forms.Textarea(attrs={"rows": 10})
    )
    slogans = forms.CharField(
        label="Khẩu hiệu (mỗi dòng một khẩu hiệu)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    schedule = forms.CharField(
        label="Lịch phát trên các cụm loa (mỗi dòng: cụm loa | từ ngày - đến ngày | giờ phát | số lần)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "placeholder": "Cụm loa tổ dân phố 1-6 | 30/01/2025 - 03/02/2025 | 06:00, 17:30 | 2",
            }
        ),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, choices: dict[str, list[tuple[Any, str]]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, options in choices.items():
            self.fields[name].choices = options  # type: ignore[attr-defined]
        self.fields["title"].error_messages["required"] = "Hãy nhập tiêu đề của tin."
        self.fields["body"].error_messages["required"] = "Hãy nhập nội dung của tin."

    def clean_schedule(self) -> str:
        text = str(self.cleaned_data.get("schedule", "")).strip()
        try:
            schedules_from_text(text)
        except InputError as error:
            raise forms.ValidationError(str(error)) from error
        return text

    def slogan_list(self) -> list[str]:
        return [
            line.strip()
            for line in self.cleaned_data.get("slogans", "").splitlines()
            if line.strip()
        ]


class OutputForm(forms.Form):
    text = forms.CharField(
        label="Nội dung", max_length=60000, widget=forms.Textarea(attrs={"rows": 8})
    )


class LogForm(forms.Form):
    kind = forms.ChoiceField(label="Loại", choices=ChannelLog.Kind.choices)
    day = VietnameseDateField(label="Ngày")
    place = forms.CharField(label="Nơi (cụm loa, trang, tuyến đường)", max_length=200)
    count = forms.IntegerField(
        label="Số lượng (buổi, tin, cái)", min_value=1, max_value=100000, initial=1
    )
    note = forms.CharField(label="Ghi chú", max_length=300, required=False)


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label="Ý kiến trả lại", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["comment"].error_messages["required"] = (
            "Hãy ghi rõ cần sửa gì trước khi trả lại."
        )
