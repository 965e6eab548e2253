"""Pages per second and latency of the plan list and plan views, with the demo data.

    .venv/bin/python bench/bench_web.py [--requests N]

Runs on a fresh SQLite database in a temp dir (migrate + load_demo), through Django's test client
(no network, no server process): it measures the view, template and query work, not gunicorn.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time

VAR = tempfile.mkdtemp(prefix="kehoach-bench-web-")
os.environ["KEHOACH_VAR_DIR"] = VAR
os.environ["DATABASE_URL"] = f"sqlite:///{VAR}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.web.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from kehoach.web.orgs.models import Organisation  # noqa: E402
from kehoach.web.plans.models import Plan  # noqa: E402


def measure(client: Client, url: str, count: int) -> tuple[float, float, float]:
    client.get(url)  # warm caches and templates
    times = []
    for _ in range(count):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        if response.status_code != 200:
            sys.exit(f"{url}: HTTP {response.status_code}")
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return len(times) / sum(times), statistics.median(times) * 1000, p95 * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--plans", type=int, default=2000, help="extra plans in the ward, so the list has pages"
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    ward = Organisation.objects.get(slug="le-chan")
    template = Plan.objects.filter(organisation=ward, kind=Plan.Kind.UPPER).first()
    Plan.objects.bulk_create(
        Plan(
            organisation=ward,
            kind=Plan.Kind.UPPER,
            status=Plan.Status.RECEIVED,
            data=template.data,
            title=f"{template.title} ({i})",
            doc_type="KH",
        )
        for i in range(args.plans)
    )
    client = Client()
    assert client.login(username="lechan.soanthao", password="kehoach-demo-2025")
    upper = Plan.objects.filter(kind=Plan.Kind.UPPER, organisation__slug="le-chan").first()
    own = Plan.objects.filter(kind=Plan.Kind.OWN, organisation__slug="le-chan").first()
    pages = [
        ("plan list (page 1 of 30)", "/ke-hoach/", args.requests),
        ("plan list, search", "/ke-hoach/?q=Giải+phóng", args.requests),
        ("upper plan (text + stored findings)", f"/ke-hoach/{upper.pk}/", args.requests),
    ]
    if own is not None:
        # Our own plans are linted on every view: rendered to .docx, read back, linted.
        pages.append(
            ("own draft (live lint)", f"/ke-hoach/{own.pk}/", max(10, args.requests // 10))
        )
    print(f"{Plan.objects.count()} plans in the demo database")
    print(f"{'page':<40} {'requests':>8} {'pages/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, url, count in pages:
        rate, p50, p95 = measure(client, url, count)
        print(f"{name:<40} {count:>8} {rate:>8.1f} {p50:>8.1f} {p95:>8.1f}")
    shutil.rmtree(VAR, ignore_errors=True)


if __name__ == "__main__":
    main()
