"""All channel outputs of one message, audio included (target: ≤ 2 s on this machine).

    .venv/bin/python bench/bench_channels.py [--repeat N]

The message is examples/messages/tin-94-nam-thanh-lap-dang.yaml (seed 000's slogans). Prints the wall time
of the whole set (median and worst of N runs, the first run with cold caches reported apart), each
channel alone, the spoken-form throughput over the five seeds, and the audio length against the estimate.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from kehoach.channels.message import load_message
from kehoach.channels.outputs import CHANNELS, render_channels
from kehoach.channels.schedule import schedules_from_list
from kehoach.channels.settings import Settings
from kehoach.channels.spoken import spoken

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "messages" / "tin-94-nam-thanh-lap-dang.yaml"
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the speech engine)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_once(channels: tuple[str, ...]) -> tuple[float, float | None, float | None]:
    message = load_message(EXAMPLE)
    schedule = schedules_from_list(yaml.safe_load(EXAMPLE.read_text("utf-8"))["schedule"])
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        out = render_channels(message, Settings(), Path(folder), channels, schedule)
        elapsed = time.perf_counter() - start
    estimate = out.script.seconds if out.script else None
    return elapsed, out.audio_seconds, estimate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    cold, audio, estimate = run_once(CHANNELS)
    cpu_before = cpu_seconds()
    runs = [run_once(CHANNELS)[0] for _ in range(args.repeat)]
    cpu = (cpu_seconds() - cpu_before) / args.repeat
    print(
        f"all channels, one message: cold {cold:.2f} s; warm median {statistics.median(runs):.2f} s, "
        f"worst {max(runs):.2f} s over {args.repeat} runs (target ≤ 2 s)"
    )
    print(
        f"CPU time per set {cpu:.2f} s (this process and espeak-ng); load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring"
    )
    if audio and estimate:
        print(
            f"audio {audio:.1f} s vs estimate {estimate:.1f} s ({100 * (audio - estimate) / estimate:+.1f} %)"
        )
    for channel in CHANNELS:
        times = [run_once((channel,))[0] for _ in range(max(1, args.repeat // 2))]
        print(f"  {channel:<7} {statistics.median(times):.3f} s")

    texts = [p.read_text("utf-8") for p in SEEDS]
    characters = sum(len(t) for t in texts)
    start = time.perf_counter()
    for text in texts:
        spoken(text)
    elapsed = time.perf_counter() - start
    print(
        f"spoken form: {len(texts)} seeds, {characters} characters in {elapsed:.3f} s "
        f"({characters / elapsed / 1000:.0f} k characters/s)"
    )


if __name__ == "__main__":
    main()
