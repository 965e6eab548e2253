"""Settings for the test run: the site's settings, plus a second database alias "postgres".

The "postgres" alias points at a throw-away cluster that tests/web/conftest.py starts (Debian's
initdb/pg_ctl, a temp dir, its unix socket in that dir, a free port on 127.0.0.1) when a collected
test asks for it. Nothing here touches the disk or the network at import time.
"""

from __future__ import annotations

import os
import socket
import tempfile

from kehoach.web.settings import *  # noqa: F403
from kehoach.web.settings import DATABASES, VAR_DIR


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


SECRET_KEY = "test-only-key-kehoach-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES["default"] = {
    "ENGINE": "django.db.backends.sqlite3",
    "NAME": str(VAR_DIR / "test.sqlite3"),
}
MEDIA_ROOT = os.path.join(tempfile.gettempdir(), f"kehoach-test-media-{os.getpid()}")

POSTGRES_TEST_DIR = os.environ.get(
    "KEHOACH_PG_TEST_DIR", os.path.join(tempfile.gettempdir(), f"kehoach-pg-{os.getpid()}")
)
DATABASES["postgres"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "kehoach",
    "USER": "postgres",
    "HOST": POSTGRES_TEST_DIR,
    "PORT": str(int(os.environ.get("KEHOACH_PG_TEST_PORT", "0")) or _free_port()),
    "TEST": {"NAME": "test_kehoach"},
}
DATABASE_ROUTERS = ["kehoach.web.routing.PinnedRouter"]
WHITENOISE_AUTOREFRESH = True
