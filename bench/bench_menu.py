"""The menu's "Việc cần làm" count (kehoach.web.inbox.waiting.count_for), which every page pays for,
on PostgreSQL beside a plan with 3,000 units and 60,000 tasks (the shape bench_load.py builds).

Run (as root or the owner of a PostgreSQL install): .venv/bin/python bench/bench_menu.py
    [--dash-units 3000] [--tasks-per-unit 20] [--repeat 200]

Seeds a ward with a small issued plan and the big bulk-loaded plan (bench_load's seeders), then times
the count for the drafter (who reviews every submitted report), a leader and one unit reporter:
p50/p95 wall time, CPU time per count, and EXPLAIN ANALYZE of the query. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import (  # noqa: E402 - bench/ is not a package
    load_average,
    percentile,
    seed_big_plan,
    seed_load_plan,
    setup_django,
    start_database,
)


def explain_count(user) -> str:  # type: ignore[no-untyped-def]
    """EXPLAIN ANALYZE of the menu's one query: its execution time as PostgreSQL measures it."""
    from django.db import connection  # noqa: PLC0415
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    from kehoach.web.inbox.waiting import count_for  # noqa: PLC0415

    with CaptureQueriesContext(connection) as captured:
        count_for(user)
    sql = captured.captured_queries[-1]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0][0]
    return (
        f"PostgreSQL: plan {plan['Planning Time']:.2f} + run {plan['Execution Time']:.2f} ms "
        f"({len(captured)} queries)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dash-units", type=int, default=3000)
    parser.add_argument("--tasks-per-unit", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    import os  # noqa: PLC0415

    pg_dir = f"/tmp/kehoach-bench-menu-{os.getpid()}"
    var_dir = Path(tempfile.mkdtemp(prefix="kehoach-bench-menu-"))
    cluster = None
    print(f"load average before: {load_average()} on {os.cpu_count()} CPUs")
    try:
        cluster = start_database(pg_dir)
        setup_django(cluster, var_dir)
        plan, _, _ = seed_load_plan(max(args.tasks_per_unit, 20))
        big = seed_big_plan(plan, args.dash_units, args.tasks_per_unit)

        from django.contrib.auth.models import User  # noqa: PLC0415

        from kehoach.web.inbox.waiting import count_for  # noqa: PLC0415
        from kehoach.web.tasks.models import Task  # noqa: PLC0415

        print(
            f"plan with {args.dash_units} units and {Task.objects.filter(plan=big).count()} tasks"
        )
        for username, who in (("soanthao", "drafter"), ("lanhdao", "leader"), ("to-1", "reporter")):
            user = User.objects.get(username=username)
            count_for(user)  # warm the connection and the caches
            walls, cpu_start = [], time.process_time()
            for _ in range(args.repeat):
                fresh = User.objects.get(pk=user.pk)  # the roles are cached per request, not here
                begin = time.perf_counter()
                value = count_for(fresh)
                walls.append(time.perf_counter() - begin)
            cpu = (time.process_time() - cpu_start) / args.repeat
            print(
                f"menu count, {who:<8} = {value:>5}: p50 {percentile(walls, 0.5) * 1e3:6.2f} ms   "
                f"p95 {percentile(walls, 0.95) * 1e3:6.2f} ms   client CPU {cpu * 1e3:5.2f} ms   "
                f"{explain_count(User.objects.get(pk=user.pk))}"
            )
        print(f"load average after: {load_average()}")
        return 0
    finally:
        if cluster is not None:
            from django.db import connections  # noqa: PLC0415

            connections.close_all()
            cluster.stop()
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
