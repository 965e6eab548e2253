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
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402

from kehoach.web.orgs.models import Organisation  # noqa: E402
from kehoach.web.plans.forms import (  # noqa: E402
    initial_assignments,
    initial_header,
    initial_lists,
    initial_sections,
)
from kehoach.web.plans.models import Plan  # noqa: E402


def editor_data(plan: Plan) -> dict[str, str]:
    """What the editor's form posts for the plan as stored."""
    document = plan.document()
    data = {
        f"h-{k}": "" if v is None else str(v)
        for k, v in initial_header(document, plan.version).items()
    }
    for prefix, rows in (("s", initial_sections(document)), ("a", initial_assignments(document))):
        data[f"{prefix}-TOTAL_FORMS"] = data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
        for i, row in enumerate(rows):
            data.update({f"{prefix}-{i}-{k}": "" if v is None else str(v) for k, v in row.items()})
    data.update({f"l-{k}": v for k, v in initial_lists(document).items()})
    return data


def measure(
    client: Client, url: str, count: int, data: dict[str, str] | None = None
) -> tuple[float, float, float]:
    def fetch() -> HttpResponse:
        return client.post(url, data) if data is not None else client.get(url)

    fetch()  # warm caches and templates
    times = []
    for _ in range(count):
        start = time.perf_counter()
        response = fetch()
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
    own = Plan.objects.filter(
        kind=Plan.Kind.OWN, status=Plan.Status.DRAFT, organisation__slug="le-chan"
    ).first()
    pages = [
        ("plan list (page 1 of 30)", "/ke-hoach/", args.requests),
        ("plan list, search", "/ke-hoach/?q=Giải+phóng", args.requests),
        ("upper plan (text + stored findings)", f"/ke-hoach/{upper.pk}/", args.requests),
    ]
    if own is not None:
        # Our own plans are linted as the rendered .docx once per saved version, then cached.
        pages.append(("own draft (findings cached)", f"/ke-hoach/{own.pk}/", args.requests))
        lint = (f"/ke-hoach/{own.pk}/kiem-tra/", max(10, args.requests // 5), editor_data(own))
        pages.append(("editor: live lint of the unsaved form", *lint))
    print(f"{Plan.objects.count()} plans in the demo database")
    print(f"{'page':<40} {'requests':>8} {'pages/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, url, count, *data in pages:
        rate, p50, p95 = measure(client, url, count, *data)
        print(f"{name:<40} {count:>8} {rate:>8.1f} {p50:>8.1f} {p95:>8.1f}")
    shutil.rmtree(VAR, ignore_errors=True)


if __name__ == "__main__":
    main()
