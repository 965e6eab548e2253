"""Faults during a load run on the production shape (scripts/cluster: PostgreSQL, two app servers,
a worker, nginx): an app server killed, the worker killed mid-job, PostgreSQL stopped and started.
The proxy routes around the dead server, the job is retried and finishes once, the site answers 503
while the database is down and recovers without a restart; nothing submitted is lost or doubled.

Each unit's reporter behaves like a person: a page that fails (502, 503) is tried again a moment
later; a submission refused because it was already saved is not sent again.
"""

from __future__ import annotations

import importlib.util
import os
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from web import sqlite_site

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("cluster", ROOT / "scripts" / "cluster.py")
cluster = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cluster)

UNITS = 24


@pytest.fixture(scope="module")
def site():
    directory = Path(tempfile.mkdtemp(prefix="kehoach-cluster-", dir="/tmp"))
    os.chmod(directory, 0o755)  # the postgres user reaches its folder inside
    running = cluster.Site(directory, KEHOACH_JOB_STALE_SECONDS="5", KEHOACH_SCHEDULER_INTERVAL="1")
    try:
        running.start_database()
        seeded = sqlite_site.seed(running.environment(), UNITS)
        for index in range(len(running.app_ports)):
            running.start_app(index)
        running.start_nginx()
        yield running, seeded
    finally:
        running.stop()


def query(site, sql: str, *params) -> list[tuple]:
    with psycopg.connect(host="127.0.0.1", port=site.database.port, user="postgres",
                         dbname="kehoach", connect_timeout=5) as db:  # fmt: skip
        return db.execute(sql, params).fetchall()


def _csrf(headers) -> str | None:
    for cookie in headers.get_all("Set-Cookie") or []:
        found = re.match(r"csrftoken=([^;]+)", cookie)
        if found:
            return found.group(1)
    return None


def submit(site, unit: dict, seen: list[int], deadline: float) -> int:
    """GET the form and POST it, trying again after 502/503 like a person; the final status."""
    path = f"/bao-cao/nhiem-vu/{unit['task']}/"
    cookies = {"sessionid": unit["session"]}
    while time.monotonic() < deadline:
        status, headers, page = sqlite_site.http(site.port, "GET", path, cookies)
        seen.append(status)
        token = _csrf(headers)
        if status != 200 or token is None:
            time.sleep(0.5)
            continue
        form = sqlite_site.form_fields(page) | {"csrfmiddlewaretoken": token, "action": "submit"}
        status = sqlite_site.http(site.port, "POST", path, cookies | {"csrftoken": token}, form)[0]
        seen.append(status)
        if status in (302, 400):
            return status
        time.sleep(0.5)
    return 0


def submit_all(site, units: list[dict], during) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    deadline = time.monotonic() + 240
    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(submit, site, unit, seen, deadline) for unit in units]
        during()
        finals = [future.result() for future in futures]
    assert 0 not in finals, f"some units never got through: {seen}"
    return seen


def reports_of(site, units: list[dict]) -> dict[int, tuple[int, int]]:
    """task -> (reports, submit revisions)."""
    rows = query(
        site,
        "SELECT r.task_id, COUNT(DISTINCT r.id), COUNT(v.id) FROM reports_unitreport r "
        "LEFT JOIN reports_reportrevision v ON v.report_id = r.id AND v.action = 'submit' "
        "WHERE r.task_id = ANY(%s) GROUP BY r.task_id",
        [unit["task"] for unit in units],
    )
    return {task: (reports, revisions) for task, reports, revisions in rows}


def test_a_dead_app_server_is_routed_around(site):
    running, seeded = site
    units = seeded["units"][:8]
    seen = submit_all(running, units, lambda: (time.sleep(0.3), running.kill_app(0)))
    assert 500 not in seen
    assert reports_of(running, units) == {u["task"]: (1, 1) for u in units}
    running.start_app(0)


def test_the_site_answers_503_while_the_database_is_down_and_recovers(site):
    running, seeded = site
    units = seeded["units"][8:16]

    def outage() -> None:
        time.sleep(0.3)
        running.database.halt()
        page = f"/bao-cao/nhiem-vu/{units[0]['task']}/"
        status = sqlite_site.http(running.port, "GET", page, {"sessionid": units[0]["session"]})[0]
        assert status == 503
        time.sleep(2)
        running.database.serve()

    seen = submit_all(running, units, outage)
    assert 500 not in seen and 502 not in seen, seen
    assert reports_of(running, units) == {u["task"]: (1, 1) for u in units}
    assert sqlite_site.http(running.port, "GET", "/dang-nhap/", {})[0] == 200


def test_a_job_whose_worker_is_killed_is_retried_and_finishes_once(site):
    running, seeded = site
    job = "SELECT id, status, exception_class_path FROM django_tasks_database_dbtaskresult " \
          "WHERE task_path LIKE %s ORDER BY enqueued_at"  # fmt: skip
    pattern = "%make_issued_pdf"
    running.start_worker()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
        r[1] == "RUNNING" for r in query(running, job, pattern)
    ):
        time.sleep(0.05)
    running.kill_worker()
    assert [r[1] for r in query(running, job, pattern)] == ["RUNNING"]
    running.start_worker()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        statuses = [r[1] for r in query(running, job, pattern)]
        if "SUCCESSFUL" in statuses:
            break
        time.sleep(0.5)
    rows = query(running, job, pattern)
    assert [r[1] for r in rows] == ["FAILED", "SUCCESSFUL"]
    assert rows[0][2].endswith("WorkerLost")
    (digest,) = query(running, "SELECT pdf_sha256 FROM plans_issueddocument")[0]
    assert len(digest) == 64
    running.kill_worker()
