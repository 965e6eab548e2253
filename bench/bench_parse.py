"""Parse throughput over the whole corpus, text and .docx separately, on one core.

Run: .venv/bin/python bench/bench_parse.py [--rounds N]
Prints documents/s, MB/s and per-document latency (p50, p95) for load+parse of every file in
../shared/corpus/text and ../shared/corpus/docx (targets: >= 200 text docs/s, >= 50 .docx/s).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kehoach.read import load_bytes, parse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus"


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def bench(kind: str, rounds: int) -> None:
    files = sorted((CORPUS / kind).iterdir())
    if not files:
        print(f"{kind}: no files in {CORPUS / kind}")
        return
    blobs = [(path.name, path.read_bytes()) for path in files]
    total_bytes = sum(len(data) for _, data in blobs)
    for name, data in blobs:  # warm up (imports, regex compilation)
        parse(load_bytes(data, name))
    latencies: list[float] = []
    best: dict[str, float] = {}
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(rounds):
        for name, data in blobs:
            began = time.perf_counter()
            cpu_began = time.process_time()
            parse(load_bytes(data, name))
            cpu = time.process_time() - cpu_began
            best[name] = min(best.get(name, cpu), cpu)
            latencies.append(time.perf_counter() - began)
    elapsed = time.perf_counter() - start
    cpu_elapsed = time.process_time() - cpu_start
    documents = len(blobs) * rounds
    print(
        f"{kind:5s} {len(blobs):3d} files x {rounds} rounds: {documents / elapsed:7.1f} docs/s wall, "
        f"{documents / cpu_elapsed:7.1f} docs/s CPU (best round per file {len(blobs) / sum(best.values()):7.1f}), "
        f"{total_bytes * rounds / cpu_elapsed / 1e6:6.2f} MB/s CPU, latency p50 {statistics.median(latencies) * 1000:6.1f} ms, "
        f"p95 {_percentile(latencies, 0.95) * 1000:6.1f} ms, max {max(latencies) * 1000:6.1f} ms"
    )


def startup(runs: int = 7) -> None:
    """Wall and CPU time of `kehoach --version` and a one-file parse (best of `runs`), beside a bare
    interpreter. The package's bytecode is compiled first, as an installed package has it (with
    PYTHONDONTWRITEBYTECODE set, every run would otherwise compile the sources again)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "kehoach")],
        check=True,
        capture_output=True,
    )
    seed = ROOT / "tests" / "fixtures" / "seeds" / "000_241d595b7f6f31f3.txt"
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "kehoach --version": [sys.executable, "-m", "kehoach", "--version"],
        "kehoach parse (one file)": [sys.executable, "-m", "kehoach", "parse", str(seed)],
    }
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for label, command in commands.items():
        best = best_cpu = float("inf")
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            began = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            best = min(best, time.perf_counter() - began)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            best_cpu = min(best_cpu, cpu)
        print(
            f"{label:26s} {best * 1000:7.0f} ms wall, {best_cpu * 1000:5.0f} ms CPU (best of {runs})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--startup", action="store_true", help="only the start-up times")
    args = parser.parse_args()
    if args.startup:
        startup()
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for kind in ("text", "docx"):
        bench(kind, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
