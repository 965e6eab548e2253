"""Cascades per second over the corpus: each readable corpus plan drafted for each example profile.

Run: .venv/bin/python bench/bench_cascade.py [--rounds 20]
Plans are parsed once (not timed); the timed work is `cascade(upper, profile)` alone, then parse + cascade
+ YAML output as `kehoach cascade` does it. Needs ../shared/corpus (KEHOACH_SHARED to point elsewhere).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from kehoach.cascade import cascade, load_mapping, load_profile
from kehoach.cli.cascade_command import draft_yaml
from kehoach.errors import InputError
from kehoach.read import read_plan

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
PROFILES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))


def _report(label: str, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(
        f"{label:<34} {len(seconds) / sum(seconds):>9,.0f} /s   mean {statistics.mean(seconds) * 1e3:7.2f} ms"
        f"   p50 {statistics.median(seconds) * 1e3:7.2f} ms   p95 {p95 * 1e3:7.2f} ms   n={len(seconds)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    files = sorted((SHARED / "corpus" / "text").glob("*.txt")) + sorted(
        (SHARED / "seeds").glob("*.txt")
    )
    if not files:
        raise SystemExit(f"no corpus under {SHARED}")
    plans = []
    for path in files:
        try:
            plans.append((path, read_plan(path)))
        except InputError as error:
            print(f"skipped {path.name}: {error}")
    profiles = [load_profile(p) for p in PROFILES]
    mapping = load_mapping()
    print(f"{len(plans)} plans x {len(profiles)} profiles, {args.rounds} rounds")

    timings: list[float] = []
    for _ in range(args.rounds):
        for _path, upper in plans:
            for profile in profiles:
                began = time.perf_counter()
                cascade(upper, profile, mapping=mapping)
                timings.append(time.perf_counter() - began)
    _report("cascade (parsed plan)", timings)

    end_to_end: list[float] = []
    for path, _upper in plans:
        for profile in profiles:
            began = time.perf_counter()
            draft_yaml(cascade(read_plan(path), profile, mapping=mapping))
            end_to_end.append(time.perf_counter() - began)
    _report("parse + cascade + YAML", end_to_end)

    path, largest = max(plans, key=lambda item: item[0].stat().st_size)
    worst, cpu = [], []
    for _ in range(5):
        for profile in profiles:
            began, began_cpu = time.perf_counter(), time.process_time()
            cascade(largest, profile, mapping=mapping)
            worst.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
    print(
        f"{'largest plan (' + path.name[:20] + '…)':<34} max {max(worst) * 1e3:7.2f} ms   "
        f"mean {statistics.mean(worst) * 1e3:7.2f} ms   CPU mean {statistics.mean(cpu) * 1e3:7.2f} ms"
        f"   max {max(cpu) * 1e3:7.2f} ms   ({path.stat().st_size:,} bytes; load average "
        f"{os.getloadavg()[0]:.1f})"
    )

    began = time.perf_counter()
    load_mapping()
    print(f"{'load the rule table':<34} {(time.perf_counter() - began) * 1e3:9.2f} ms once")


if __name__ == "__main__":
    main()
