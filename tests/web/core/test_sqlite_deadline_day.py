"""The embedded default holds a ward's deadline day: on a SQLite file under gunicorn, 50 units submit
at the same moment and two leaders press "Ban hành" together; every request succeeds or is refused for
a reason, none answers 503, and nothing is lost or doubled."""

from __future__ import annotations

import re
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from web import sqlite_site

pytestmark = pytest.mark.slow
UNITS = 50


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("sqlite-site")
    env = sqlite_site.site_environment(var_dir)
    seeded = sqlite_site.seed(env, UNITS)
    port = sqlite_site.free_port()
    server = sqlite_site.start(env, port, var_dir / "gunicorn.log")
    try:
        yield port, seeded, var_dir / "kehoach.sqlite3"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _csrf(headers) -> str:
    for cookie in headers.get_all("Set-Cookie") or []:
        found = re.match(r"csrftoken=([^;]+)", cookie)
        if found:
            return found.group(1)
    raise AssertionError("no CSRF cookie")


def _submit(port: int, unit: dict, start: threading.Barrier) -> int:
    path = f"/bao-cao/nhiem-vu/{unit['task']}/"
    status, headers, page = sqlite_site.http(port, "GET", path, {"sessionid": unit["session"]})
    assert status == 200, page[:300]
    token = _csrf(headers)
    form = sqlite_site.form_fields(page)
    form.update(csrfmiddlewaretoken=token, action="submit")
    start.wait(timeout=120)
    cookies = {"sessionid": unit["session"], "csrftoken": token}
    return sqlite_site.http(port, "POST", path, cookies, form)[0]


def test_fifty_units_submit_at_once(site):
    port, seeded, database = site
    start = threading.Barrier(UNITS)
    with ThreadPoolExecutor(UNITS) as pool:
        statuses = list(pool.map(lambda u: _submit(port, u, start), seeded["units"]))
    assert statuses == [302] * UNITS
    with sqlite3.connect(database) as db:
        (stored,) = db.execute("SELECT COUNT(*) FROM reports_unitreport").fetchone()
    assert stored == UNITS


def test_two_issue_clicks_at_once_issue_one_number(site):
    port, seeded, database = site
    path = f"/ke-hoach/{seeded['approved_plan']}/"
    session = {"sessionid": seeded["approver"]}
    status, headers, _ = sqlite_site.http(port, "GET", path, session)
    assert status == 200
    token = _csrf(headers)
    cookies = {**session, "csrftoken": token}
    start = threading.Barrier(2)

    def click() -> int:
        start.wait(timeout=60)
        form = {"csrfmiddlewaretoken": token}
        return sqlite_site.http(port, "POST", f"{path}ban-hanh/", cookies, form)[0]

    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda _: click(), range(2)))
    assert 503 not in statuses and 500 not in statuses, statuses
    with sqlite3.connect(database) as db:
        numbers = db.execute(
            "SELECT number FROM plans_plan WHERE status = 'issued' ORDER BY number"
        ).fetchall()
    assert numbers == [("01",), ("02",)]
