"""The city's view of thi đua on PostgreSQL: 100 wards × 30 units' registrations and nominations.

Run (as root or the owner of a PostgreSQL install): .venv/bin/python bench/bench_emulation.py
    [--wards 100] [--units 30] [--nominations 5] [--requests 60]

Starts a throw-away PostgreSQL cluster on 127.0.0.1 (tests/web/postgres.py, as bench_load.py does),
migrates it, bulk-loads a city with its wards, each ward a launched movement, a registration per unit
in every state and `--nominations` nominations per unit (refused, proposed, passed), then times the
city's page (/thi-dua/cac-phuong/) and a ward's movement page in this process through Django's test
client (the view and its SQL, no network), printing p50/p95 per page.
Goal: p95 ≤ 200 ms for the city's view. The baseline line (a page without thi đua data) shows what
the machine's load adds to every page; read the figures against it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_load import percentile, setup_django, start_database  # noqa: E402

STATES = ["draft", "submitted", "returned", "approved", "approved", "approved"]
NOMINATION_STATES = ["proposed", "refused", "passed", "passed", "rejected"]


def seed(wards: int, units: int, nominations: int) -> tuple[object, object]:
    from django.contrib.auth.models import User  # noqa: PLC0415

    from kehoach.web.emulation.models import Movement, Nomination, Registration  # noqa: PLC0415
    from kehoach.web.orgs.models import Membership, Organisation, Unit  # noqa: PLC0415

    city = Organisation.objects.create(
        slug="hai-phong", kind="city", name="Ủy ban nhân dân thành phố Hải Phòng"
    )
    Organisation.objects.bulk_create(
        [
            Organisation(
                slug=f"phuong-{i}",
                name=f"Ủy ban nhân dân phường Số {i}",
                place=f"Số {i}",
                parent=city,
            )
            for i in range(wards)
        ]
    )
    orgs = list(Organisation.objects.filter(parent=city).order_by("pk"))
    Unit.objects.bulk_create(
        [Unit(organisation=o, name=f"Đơn vị {j}", order=j) for o in orgs for j in range(units)]
    )
    Movement.objects.bulk_create(
        [Movement(organisation=o, title="Phong trào thi đua chào mừng kỷ niệm", year=2025, status="launched",
                  criteria=[{"key": "a", "label": "Nội dung a"}], awards=["giay_khen"]) for o in orgs]
    )  # fmt: skip
    movements = {m.organisation_id: m for m in Movement.objects.all()}
    all_units = list(Unit.objects.filter(organisation__in=orgs).order_by("pk"))
    Registration.objects.bulk_create(
        [Registration(movement=movements[u.organisation_id], unit=u, organisation_id=u.organisation_id,
                      state=STATES[u.pk % len(STATES)], targets={"a": "100%"}, individuals=5) for u in all_units],
        batch_size=5000,
    )  # fmt: skip
    rows = []
    for u in all_units:
        for k in range(nominations):
            rows.append(
                Nomination(movement=movements[u.organisation_id], unit=u, organisation_id=u.organisation_id,
                           name=f"Nguyễn Văn {u.pk}-{k}", award="lao_dong_tien_tien", order=k,
                           state=NOMINATION_STATES[(u.pk + k) % len(NOMINATION_STATES)])
            )  # fmt: skip
    Nomination.objects.bulk_create(rows, batch_size=5000)
    viewer = User.objects.create_user("thanhpho", password="x")
    Membership.objects.create(user=viewer, organisation=city, role="upper_viewer")
    staff = User.objects.create_user("phuong0", password="x")
    Membership.objects.create(user=staff, organisation=orgs[0], role="drafter")
    return viewer, (staff, movements[orgs[0].pk])


class SqlMeter:
    """Counts the queries of one request and the time the database took to answer them."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):  # noqa: ANN001, ANN204
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - start


def time_page(client, url: str, requests: int) -> tuple[list[float], list[float], SqlMeter]:
    """Wall-clock and CPU seconds of each request, and the SQL of one request."""
    from django.db import connection  # noqa: PLC0415

    client.get(url)  # warm
    meter = SqlMeter()
    with connection.execute_wrapper(meter):
        status = client.get(url).status_code
    if status != 200:
        raise SystemExit(f"{url} answered {status}")
    seconds, cpu = [], []
    for _ in range(requests):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert response.status_code == 200
    return seconds, cpu, meter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wards", type=int, default=100)
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--nominations", type=int, default=5)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kehoach-bench-td-")
    Path(work).chmod(0o755)  # the postgres user must reach the cluster folder inside
    cluster = start_database(str(Path(work, "pg")))
    try:
        setup_django(cluster, Path(work, "var"))
        from django.core.management import call_command  # noqa: PLC0415
        from django.test import Client  # noqa: PLC0415

        call_command("collectstatic", interactive=False, verbosity=0)  # the pages name hashed files

        start = time.perf_counter()
        viewer, (staff, movement) = seed(args.wards, args.units, args.nominations)
        from django.db import connection  # noqa: PLC0415

        with (
            connection.cursor() as cursor
        ):  # what autovacuum does to a live table after a bulk load
            cursor.execute("VACUUM ANALYZE")
        total = args.wards * args.units
        print(f"loaded {args.wards} wards × {args.units} units: {total} registrations, "
              f"{total * args.nominations} nominations in {time.perf_counter() - start:.1f} s")  # fmt: skip
        client = Client(HTTP_HOST="127.0.0.1")  # the host the site allows in bench_load's setup
        client.force_login(viewer)
        for label, url, who in (
            ("city view (/thi-dua/cac-phuong/)", "/thi-dua/cac-phuong/", viewer),
            ("movement list (city)", "/thi-dua/", viewer),
            ("a ward's movement page", f"/thi-dua/{movement.pk}/", staff),
            ("baseline: /co-quan/ (no thi đua data)", "/co-quan/", viewer),
        ):
            client.force_login(who)
            seconds, cpu, sql = time_page(client, url, args.requests)
            print(
                f"{label:<40} n={len(seconds):<4} p50 {percentile(seconds, 0.5) * 1e3:7.1f} ms   "
                f"p95 {percentile(seconds, 0.95) * 1e3:7.1f} ms   "
                f"CPU p50 {percentile(cpu, 0.5) * 1e3:6.1f} ms   "
                f"{sql.count} queries, SQL {sql.seconds * 1e3:5.1f} ms"
            )
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
