"""`kehoach worker --batch` runs what the site queued in its database, then stops."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from web import sqlite_site

pytestmark = pytest.mark.slow

ENQUEUE = (
    "import django; django.setup(); "
    "from kehoach.web.jobs.jobs import send_daily_digests; "
    "print(send_daily_digests.enqueue('2025-03-10').id)"
)


def test_the_worker_runs_a_queued_job(tmp_path):
    env = sqlite_site.site_environment(tmp_path)
    sqlite_site.seed(env, 2)
    queued = subprocess.run([sys.executable, "-c", ENQUEUE], env=env, capture_output=True,
                            text=True, check=True).stdout.strip()  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "kehoach", "worker", "--batch"], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "kehoach.sqlite3") as db:
        statuses = dict(db.execute("SELECT id, status FROM django_tasks_database_dbtaskresult"))
    statuses = {key.replace("-", ""): value for key, value in statuses.items()}
    assert statuses[queued.replace("-", "")] == "SUCCESSFUL"
