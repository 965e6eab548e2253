"""Production settings read from the environment (each case in a fresh interpreter, as a server starts)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def conn_max_age(**env: str) -> int:
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_CONN_MAX_AGE"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="kehoach.web.settings")
    done = subprocess.run(
        [sys.executable, "-c", "from kehoach.web import settings; "
         "print(settings.DATABASES['default']['CONN_MAX_AGE'])"],
        env=environment, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return int(done.stdout.strip())


def test_the_embedded_sqlite_keeps_each_threads_connection(tmp_path):
    assert conn_max_age(KEHOACH_VAR_DIR=str(tmp_path)) == 600


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DATABASE_URL": "postgres://kehoach@127.0.0.1:5432/kehoach"}, 0),
        ({"DJANGO_CONN_MAX_AGE": "5"}, 5),
    ],
)
def test_postgresql_or_the_operator_sets_it(tmp_path, env, expected):
    assert conn_max_age(KEHOACH_VAR_DIR=str(tmp_path), **env) == expected
