"""A province on PostgreSQL: 100 wards × 25 units, a year of quarterly plans (10,000 tasks), reports in
every state. Times the pages the city and the wards open every day, and a ward's result report.

Run: .venv/bin/python bench/bench_province.py [--wards 100] [--units 25] [--requests 40]

Starts a throw-away PostgreSQL (tests/web/postgres.py) on 127.0.0.1, generates the province with
kehoach.web.core.province, then requests each page through Django's test client in this process
(server time, no network) and prints p50/p95 and the SQL queries per page.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_load import line, setup_django, start_database  # noqa: E402


def timed(label: str, call, repeat: int) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection, reset_queries  # noqa: PLC0415

    seconds, queries = [], 0
    for _ in range(repeat):
        reset_queries()
        started = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - started)
        queries = len(connection.queries)
    print(f"{line(label, seconds)}   {queries} queries")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wards", type=int, default=100)
    parser.add_argument("--units", type=int, default=25)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="kehoach-province-", dir="/tmp")
    os.chmod(directory, 0o755)
    cluster = start_database(str(Path(directory) / "pg"))
    try:
        setup_django(cluster, Path(directory))
        from django.conf import settings  # noqa: PLC0415
        from django.contrib.auth.models import User  # noqa: PLC0415
        from django.db import reset_queries  # noqa: PLC0415
        from django.test import Client, RequestFactory  # noqa: PLC0415
        from django.test.utils import setup_test_environment  # noqa: PLC0415
        from django.urls import reverse  # noqa: PLC0415
        from django.utils import timezone  # noqa: PLC0415

        from kehoach.web.core.context import navigation  # noqa: PLC0415
        from kehoach.web.core.province import generate  # noqa: PLC0415
        from kehoach.web.inbox.report_events import notify_deadlines  # noqa: PLC0415
        from kehoach.web.plans.models import Plan  # noqa: PLC0415
        from kehoach.web.progress.rollup import result_document  # noqa: PLC0415
        from kehoach.web.tasks.models import Task  # noqa: PLC0415

        setup_test_environment()
        settings.DEBUG = True  # count queries
        started = time.perf_counter()
        province = generate(args.wards, args.units)
        print(f"generated {len(province.wards)} wards, {province.plans} plans, {province.tasks} tasks "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        ward = province.wards[len(province.wards) // 2]
        plan = Plan.objects.filter(organisation=ward).order_by("pk").first()
        task = Task.objects.filter(plan=plan).order_by("pk").first()
        seed = 7

        def page(username: str, url: str):  # type: ignore[no-untyped-def]
            client = Client()
            client.force_login(User.objects.get(username=username))

            def get() -> None:
                assert client.get(url).status_code == 200

            return get

        factory = RequestFactory()

        def menu(username: str):  # type: ignore[no-untyped-def]
            """What every page adds for its menu (the inbox count among it), with a fresh user object
            each time so that nothing cached on it from a previous request helps."""

            def get() -> None:
                request = factory.get("/")
                request.user = User.objects.get(username=username)
                reset_queries()
                navigation(request)

            return get

        timed("city overview", page(f"tinh{seed}-thanhpho", reverse("progress:overview")),
              args.requests)  # fmt: skip
        timed("ward overview (leader)", page(f"p{seed}-{ward.pk}-lanhdao",
              reverse("progress:overview")), args.requests)  # fmt: skip
        timed("ward plan dashboard", page(f"p{seed}-{ward.pk}-lanhdao",
              reverse("progress:dashboard", args=[plan.pk])), args.requests)  # fmt: skip
        timed("unit report form", page(f"p{seed}-{ward.pk}-to0",
              reverse("reports:task", args=[task.pk])), args.requests)  # fmt: skip
        timed("ward result report (BC)", lambda: result_document(plan), max(5, args.requests // 4))
        for role in ("soanthao", "lanhdao", "to0"):
            timed(
                f"menu: navigation bar ({role})", menu(f"p{seed}-{ward.pk}-{role}"), args.requests
            )
        timed("menu: navigation bar (city)", menu(f"tinh{seed}-thanhpho"), args.requests)
        today = timezone.localdate()
        started, cpu = time.perf_counter(), time.process_time()
        made = notify_deadlines(today)
        print(f"deadline notifications, first run: {made} made in "
              f"{time.perf_counter() - started:.2f} s ({time.process_time() - cpu:.2f} s CPU here)")  # fmt: skip
        timed("deadline notifications: next run (none new)", lambda: notify_deadlines(today), 3)
        timed(
            "menu: navigation bar (to0, with them)", menu(f"p{seed}-{ward.pk}-to0"), args.requests
        )
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
