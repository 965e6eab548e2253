"""Forms of the signing pages. Passphrases are never rendered back and never stored."""

from __future__ import annotations

from django import forms

from kehoach.web.signing.models import SigningKey

PASSPHRASE_HELP = "Mật khẩu chỉ dùng để mở chứng thư lần này, không được lưu."


class KeyForm(forms.Form):
    holder = forms.ChoiceField(label="Chứng thư của", choices=SigningKey.Holder.choices)
    p12 = forms.FileField(label="Tệp chứng thư số (.p12, .pfx)")
    passphrase = forms.CharField(
        label="Mật khẩu chứng thư",
        widget=forms.PasswordInput(render_value=False),
        help_text=PASSPHRASE_HELP,
    )
    image = forms.FileField(
        label="Ảnh chữ ký (màu xanh) hoặc ảnh con dấu (màu đỏ), PNG nền trong suốt"
    )


class PassphraseForm(forms.Form):
    passphrase = forms.CharField(
        label="Mật khẩu chứng thư",
        widget=forms.PasswordInput(render_value=False),
        help_text=PASSPHRASE_HELP,
    )
