"""Units submitting their reports at the same moment, counting every failure and retrying none.

Run: .venv/bin/python bench/bench_submissions.py [--database sqlite|postgres|both] [--units 500]
     [--clients 48] [--rate 20] [--before REF [--rounds 2]]

With --before REF (a commit, tag or branch), the same runs are made with the site's code as it was at
REF (its src/ taken with `git archive`; this harness and its seed stay today's), before and after in
turn, and the after/before ratios are printed: before and after measured in one run, under the same
load on the machine.

Without --rate, the clients submit back to back (a closed loop: the deadline-day worst case, where each
answer is followed at once by the next submission, so latency is the queue behind the other clients).
With --rate R, submissions arrive R per second whatever the answers (an open loop, as units submitting
over a deadline morning do), and latency is the site's own answer time at that arrival rate.

sqlite: the embedded default (a SQLite file, gunicorn gthread). postgres: the production shape from
scripts/cluster (PostgreSQL, two app servers, nginx in front; the latency is measured at the proxy).
Each unit opens its report form and sends it once; a unit whose request fails is counted, not retried.
Afterwards every unit that got a success must have exactly one report. The servers are warmed up for
a few seconds first (their workers boot after the port opens): the figures are those of a site that has
been running, as on a deadline morning.

Besides latency, the bench prints the CPU the servers spent per submission (the app servers' processes,
and PostgreSQL's): unlike latency on this shared 2-core machine, that figure barely moves when other
work runs beside the bench, so it is the one to compare before and after a change.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from web import sqlite_site  # noqa: E402

_spec = importlib.util.spec_from_file_location("cluster", ROOT / "scripts" / "cluster.py")
cluster = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(cluster)  # type: ignore[union-attr]


@dataclass
class Result:
    done: list[int]  # the tasks whose submission succeeded
    per_second: float
    p95_ms: float
    cpu_ms: dict[str, float]  # per submission, by kind of server


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def submit_once(port: int, unit: dict, start_at: float | None = None) -> tuple[int, float]:
    if start_at is not None:
        time.sleep(max(0.0, start_at - time.perf_counter()))
    path = f"/bao-cao/nhiem-vu/{unit['task']}/"
    cookies = {"sessionid": unit["session"]}
    try:
        status, headers, page = sqlite_site.http(port, "GET", path, cookies)
        token = next((m.group(1) for c in headers.get_all("Set-Cookie") or []
                      if (m := re.match(r"csrftoken=([^;]+)", c))), None)  # fmt: skip
        if status != 200 or token is None:
            return status, 0.0
        form = sqlite_site.form_fields(page) | {"csrfmiddlewaretoken": token, "action": "submit"}
        started = time.perf_counter()
        status = sqlite_site.http(port, "POST", path, cookies | {"csrftoken": token}, form)[0]
        return status, time.perf_counter() - started
    except OSError:
        return -1, 0.0


def cpu_seconds(roots: list[int]) -> float:
    """User and system CPU of these processes and all their descendants, as /proc counts it now."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # the process ended while we looked
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        spent[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    wanted, total = set(roots), 0.0
    for pid in sorted(spent):
        chain, current = [], pid
        while current and current not in wanted and current in parents and len(chain) < 64:
            chain.append(current)
            current = parents[current]
        if current in wanted:
            wanted.update(chain)
            total += spent[pid]
    return total


def warm_up(port: int, seconds: float = 8.0) -> None:
    """Let every worker of a just-started server boot and answer once, as on a morning after start-up:
    pages are asked for until they all answer quickly (the first seconds are printed apart)."""
    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        while time.perf_counter() - started < seconds:
            list(pool.map(lambda _: sqlite_site.http(port, "GET", "/dang-nhap/", {}), range(16)))


def run(
    label: str, port: int, units: list[dict], clients: int, rate: float | None, servers: dict
) -> Result:
    """`servers` names the root process ids of each kind of server whose CPU is counted."""
    warm_up(port)
    cpu_before = {kind: cpu_seconds(pids) for kind, pids in servers.items()}
    started = time.perf_counter()
    if rate is None:
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda unit: submit_once(port, unit), units))
    else:  # enough threads that a slow answer never delays the next arrival
        label = f"{label} {rate:g}/s"
        with ThreadPoolExecutor(max(clients, 128)) as pool:
            futures = [pool.submit(submit_once, port, unit, started + n / rate)
                       for n, unit in enumerate(units)]  # fmt: skip
            results = [future.result() for future in futures]
    elapsed = time.perf_counter() - started
    cpu = {kind: cpu_seconds(pids) - cpu_before[kind] for kind, pids in servers.items()}
    ok = [seconds for status, seconds in results if status == 302]
    failed = [status for status, _ in results if status != 302]
    print(
        f"{label:<10} {len(units)} units, {'open loop' if rate else f'{clients} clients'}: {len(ok)} ok, {len(failed)} failed "
        f"{sorted(set(failed))}; {len(units) / elapsed:.1f} submissions/s; POST p50 "
        f"{percentile(ok, 0.5) * 1e3:.0f} ms, p95 {percentile(ok, 0.95) * 1e3:.0f} ms; server CPU "
        + ", ".join(f"{kind} {seconds / len(units) * 1e3:.1f} ms" for kind, seconds in cpu.items())
        + f" per submission (load average {os.getloadavg()[0]:.1f})"
    )
    done = [unit["task"] for unit, (status, _) in zip(units, results, strict=True) if status == 302]
    cpu_ms = {kind: seconds / len(units) * 1e3 for kind, seconds in cpu.items()}
    return Result(done, len(units) / elapsed, percentile(ok, 0.95) * 1e3, cpu_ms)


def bench_sqlite(units: int, clients: int, rate: float | None = None, label: str = "") -> Result:
    folder = Path(tempfile.mkdtemp(prefix="kehoach-bench-sqlite-"))
    env = sqlite_site.site_environment(folder)
    seeded = sqlite_site.seed(env, units)
    port = sqlite_site.free_port()
    server = sqlite_site.start(env, port, folder / "gunicorn.log")
    try:
        result = run(f"{label}sqlite", port, seeded["units"], clients, rate, {"app": [server.pid]})
    finally:
        server.terminate()
        server.wait()
    with sqlite3.connect(folder / "kehoach.sqlite3") as db:
        stored = dict(
            db.execute("SELECT task_id, COUNT(*) FROM reports_unitreport GROUP BY task_id")
        )
    assert all(stored.get(task) == 1 for task in result.done), (
        "a success without exactly one report"
    )
    return result


def bench_postgres(units: int, clients: int, rate: float | None = None, label: str = "") -> Result:
    folder = Path(tempfile.mkdtemp(prefix="kehoach-bench-pg-", dir="/tmp"))
    os.chmod(folder, 0o755)
    site = cluster.Site(folder)
    try:
        site.start_database()
        seeded = sqlite_site.seed(site.environment(), units)
        for index in range(len(site.app_ports)):
            site.start_app(index)
        site.start_nginx()
        servers = {
            "app": [app.pid for app in site.apps.values()],
            "postgres": [int((site.database.data / "postmaster.pid").read_text().split()[0])],
        }
        return run(f"{label}postgres", site.port, seeded["units"], clients, rate, servers)
    finally:
        site.stop()


def source_at(ref: str) -> Path:
    """The site's code (src/) as it was at `ref`, in a temporary folder."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="kehoach-before-"))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def ratios(before: list[Result], after: list[Result]) -> str:
    """after/before of the medians: below 1 is better for latency and CPU, above 1 for throughput."""

    def figures(result: Result) -> dict[str, float]:
        cpu = {f"{kind} CPU": ms for kind, ms in result.cpu_ms.items()}
        return {"submissions/s": result.per_second, "POST p95": result.p95_ms, **cpu}

    old = [figures(result) for result in before]
    new = [figures(result) for result in after]
    return ", ".join(
        f"{name} ×{statistics.median(f[name] for f in new) / statistics.median(f[name] for f in old):.2f}"
        for name in old[0]
    )


def compare(ref: str, rounds: int, databases: list[str], args: argparse.Namespace) -> None:
    """Before (the code at `ref`) and after (this checkout), in turn, `rounds` times each."""
    sources = {"before": source_at(ref), "after": ROOT / "src"}
    benches = {"sqlite": bench_sqlite, "postgres": bench_postgres}
    for database in databases:
        results: dict[str, list[Result]] = {"before": [], "after": []}
        for _ in range(rounds):
            for when, source in sources.items():
                os.environ["PYTHONPATH"] = str(source)  # the seed and the servers inherit it
                result = benches[database](args.units, args.clients, args.rate, f"{when} ")
                results[when].append(result)
        print(f"{database}, after/before ({ref}): {ratios(results['before'], results['after'])}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--clients", type=int, default=48)
    parser.add_argument("--rate", type=float, help="submissions arriving per second (open loop)")
    parser.add_argument("--before", metavar="REF", help="also run the site's code at this commit")
    parser.add_argument("--rounds", type=int, default=2, help="before/after pairs (with --before)")
    args = parser.parse_args()
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    if args.before:
        compare(args.before, args.rounds, databases, args)
        return 0
    if args.database in {"sqlite", "both"}:
        bench_sqlite(args.units, args.clients, args.rate)
    if args.database in {"postgres", "both"}:
        bench_postgres(args.units, args.clients, args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
