"""Login throttling, the Content-Security-Policy, password rules, and the production checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

import kehoach.web
from web.factories import PASSWORD

LOGIN = "/dang-nhap/"


def _login(client, username: str, password: str):
    return client.post(LOGIN, {"username": username, "password": password})


def test_the_right_password_logs_in(client, drafter):
    assert _login(client, drafter.username, PASSWORD).status_code == 302


def test_repeated_wrong_passwords_lock_the_account(client, drafter, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _login(client, drafter.username, "sai-mat-khau").status_code == 200
    assert _login(client, drafter.username, "sai-mat-khau").status_code == 429
    locked = _login(client, drafter.username, PASSWORD)
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.text and "phút" in locked.text
    assert "_auth_user_id" not in client.session


def test_repeated_failures_from_one_address_lock_other_accounts_too(client, drafter, approver,
                                                                    settings):  # fmt: skip
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, f"doan-mo-{n}", "sai-mat-khau")
    assert _login(client, approver.username, PASSWORD).status_code == 429


def test_a_success_before_the_limit_resets_the_count(client, drafter, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, drafter.username, "sai-mat-khau")
    assert _login(client, drafter.username, PASSWORD).status_code == 302


@pytest.mark.parametrize("name", ["login", "plans:list", "tasks:start"])
def test_every_page_has_a_content_security_policy(client, drafter, name):
    client.force_login(drafter)
    policy = client.get(reverse(name))["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_no_template_has_an_inline_script_handler():
    root = Path(kehoach.web.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if any(f" on{event}=" in path.read_text() for event in ("change", "click", "submit"))
    ]
    assert offenders == []


@pytest.mark.parametrize("password", ["123456789012", "kehoach", "password1234"])
def test_weak_passwords_are_refused_in_vietnamese(password):
    with pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert any("mật khẩu" in message.lower() for message in refused.value.messages)


def _check_deploy(**env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    environment.update(DJANGO_SETTINGS_MODULE="kehoach.web.settings_production", **env)
    return subprocess.run(
        [sys.executable, "-m", "kehoach.web.manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_production_settings_pass_the_deploy_check():
    done = _check_deploy(DJANGO_SECRET_KEY="Xq9#pL2$vN8@wR4!tY6%zB1^cM3&kd7*Hs5(Jf0)Gm2-Ua4+Ee8=Wo")
    assert done.returncode == 0, done.stderr


def test_production_refuses_the_development_secret_key():
    done = _check_deploy()
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY" in done.stderr and "Traceback" not in done.stderr.splitlines()[-1]
