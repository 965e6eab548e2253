"""`kehoach serve` starts the site (migrations, then gunicorn) on an existing install."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_it_migrates_and_serves_the_login_page(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kehoach.web.settings",
        "KEHOACH_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "kehoach", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180  # migrations + gunicorn boot on a busy 2-core CI machine
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/dang-nhap/", timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.3)
        output = "" if server.poll() is None else server.stdout.read().decode(errors="replace")
        assert "Đăng nhập" in body, f"the server did not answer; its output:\n{output}"
        assert (tmp_path / "site.sqlite3").exists()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_it_refuses_a_port_out_of_range():
    result = subprocess.run(
        [sys.executable, "-m", "kehoach", "serve", "--port", "70000"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "cổng không hợp lệ" in result.stderr
