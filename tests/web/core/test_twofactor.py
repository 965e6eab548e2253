"""The optional second factor: whoever turned it on gives a code from the phone after the password."""

from __future__ import annotations

import re
import time
from base64 import b32decode

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from web.factories import PASSWORD

LOGIN = "/dang-nhap/"


def code(key: bytes, offset: int = 0) -> str:
    totp = TOTP(key)
    totp.time = time.time() + offset
    return f"{totp.token():06d}"


@pytest.fixture
def enrolled(approver):
    device = TOTPDevice.objects.create(user=approver, name="Điện thoại", confirmed=True)
    return approver, device.bin_key


def _login(client, user, token: str = ""):
    return client.post(LOGIN, {"username": user.username, "password": PASSWORD, "otp_token": token})


def test_without_a_device_the_password_is_enough(client, drafter):
    assert _login(client, drafter).status_code == 302


def test_with_a_device_the_password_alone_is_refused(client, enrolled):
    user, _ = enrolled
    response = _login(client, user)
    assert response.status_code == 200 and "mã 6 chữ số" in response.text
    assert "_auth_user_id" not in client.session


def test_with_a_device_the_right_code_logs_in(client, enrolled):
    user, key = enrolled
    assert _login(client, user, code(key)).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_code_is_refused(client, enrolled):
    user, key = enrolled
    wrong = f"{(int(code(key)) + 1) % 1_000_000:06d}"
    response = _login(client, user, wrong)
    assert response.status_code == 200 and "không đúng" in response.text


def test_a_wrong_password_says_so_in_vietnamese(client, drafter):
    response = client.post(LOGIN, {"username": drafter.username, "password": "sai"})
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.text


def test_turning_it_on_shows_a_qr_code_and_confirms_with_a_code(client, approver):
    client.force_login(approver)
    page = client.get(reverse("twofactor")).text
    assert "<svg" in page
    secret = re.search(r"<code>([A-Z2-7=]+)</code>", page).group(1)
    response = client.post(reverse("twofactor"), {"otp_token": code(b32decode(secret))})
    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=approver).confirmed


def test_a_wrong_confirmation_code_leaves_it_off(client, approver):
    client.force_login(approver)
    client.get(reverse("twofactor"))
    client.post(reverse("twofactor"), {"otp_token": "000000"})
    assert not TOTPDevice.objects.filter(user=approver, confirmed=True).exists()
