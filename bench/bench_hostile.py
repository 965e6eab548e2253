"""Time and peak memory of the readers on the hostile shapes of issue 19 (tests/hostile.py), on the
command line (`kehoach parse`, `kehoach lint`) and in the site's sandbox (the child that reads an
upload within KEHOACH_READ_MAX_MB / _SECONDS).

Run: .venv/bin/python bench/bench_hostile.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import SHAPES  # noqa: E402
from kehoach.errors import InputError  # noqa: E402
from kehoach.sandbox import Budget, read_in_sandbox  # noqa: E402


def command(verb: str, path: Path) -> tuple[int, float, float, str]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "kehoach", verb, str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    errors = child.stderr.read().decode().strip() if child.stderr else ""
    last = errors.splitlines()[-1] if errors else ""
    code = os.waitstatus_to_exitcode(status)
    return code, time.perf_counter() - started, usage.ru_maxrss / 1024, last


def sandbox(data: bytes, name: str) -> tuple[str, float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    try:
        read_in_sandbox(data, name, Budget(512 * 1024 * 1024, 10))
        outcome = "read"
    except InputError as error:
        outcome = "refused: " + str(error).split(": ", 1)[-1][:60]
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return outcome, time.perf_counter() - started, peak


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.1f}")
    folder = Path(tempfile.mkdtemp(prefix="kehoach-hostile-"))
    for name, make in SHAPES.items():
        data = make()
        path = folder / name
        path.write_bytes(data)
        for verb in ("parse", "lint"):
            code, seconds, peak, last = command(verb, path)
            print(f"{name:24} {len(data) / 1024:7.0f} kB  {verb:6} exit {code}  {seconds:5.1f} s "
                  f"{peak:6.0f} MB  {last[len(str(path)) + 11:][:70]}")  # fmt: skip
        outcome, seconds, peak = sandbox(data, name)
        print(f"{name:24} {'':7}     sandbox        {seconds:5.1f} s {peak:6.0f} MB  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
