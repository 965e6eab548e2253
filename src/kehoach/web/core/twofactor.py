"""An optional second factor (TOTP, an authenticator app on the phone) for leaders and operators.

Whoever has confirmed a device must give its six-digit code at login, after the password; the login
form asks for it only then. A person turns it on at "Xác thực hai bước": scan the QR code (or type
the key), then confirm with one code. django-otp stores the devices and checks the codes.
"""

from __future__ import annotations

import io
from base64 import b32encode
from typing import Any

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

CODE_HELP = (
    "Mã 6 chữ số trong ứng dụng xác thực trên điện thoại (chỉ khi đã bật xác thực hai bước)."
)


def confirmed_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


class TwoFactorLoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng. Hãy nhập lại (phân biệt chữ hoa, "
        "chữ thường).",
        "inactive": "Tài khoản này đã bị khóa; hãy liên hệ người quản trị của cơ quan.",
    }
    otp_token = forms.CharField(
        label="Mã xác thực", required=False, max_length=8, help_text=CODE_HELP
    )

    def confirm_login_allowed(self, user: Any) -> None:
        super().confirm_login_allowed(user)
        device = confirmed_device(user)
        if device is None:
            return
        code = (self.cleaned_data.get("otp_token") or "").strip()
        if not code:
            raise forms.ValidationError(
                "Tài khoản này bật xác thực hai bước: hãy nhập mã 6 chữ số trong ứng dụng xác thực "
                "trên điện thoại rồi đăng nhập lại.",
                code="otp_required",
            )
        if not device.verify_token(code):
            raise forms.ValidationError(
                "Mã xác thực không đúng hoặc đã hết hạn: hãy nhập mã mới nhất trong ứng dụng.",
                code="otp_invalid",
            )
        self.otp_device = device


class LoginView(auth_views.LoginView):
    form_class = TwoFactorLoginForm

    def form_valid(self, form: TwoFactorLoginForm) -> HttpResponse:
        response = super().form_valid(form)
        device = getattr(form, "otp_device", None)
        if device is not None:
            otp_login(self.request, device)
        return response


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


class ConfirmForm(forms.Form):
    otp_token = forms.CharField(label="Mã xác thực", max_length=8)


@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Turn the second factor on (scan, then confirm with a code) or off."""
    if confirmed_device(request.user) is not None:
        if request.method == "POST" and request.POST.get("action") == "off":
            TOTPDevice.objects.filter(user=request.user).delete()
            messages.success(request, "Đã tắt xác thực hai bước.")
            return redirect("twofactor")
        return render(request, "registration/twofactor.html", {"enabled": True})
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Điện thoại"}
    )
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, "Đã bật xác thực hai bước: từ nay đăng nhập cần thêm mã.")
            return redirect("twofactor")
        form.add_error("otp_token", "Mã không đúng: hãy nhập mã đang hiện trong ứng dụng.")
    context = {
        "enabled": False,
        "form": form,
        "qr": _qr_svg(device.config_url),
        "secret": b32encode(device.bin_key).decode(),
    }
    return render(request, "registration/twofactor.html", context)
