"""Documents linted per second on ../shared/corpus (text and .docx), one core, quiet and loaded.

    .venv/bin/python bench/bench_lint.py [--rounds N] [--hogs N] [--quiet-only | --loaded-only]

Reading (kehoach.read.load) is timed apart from linting, so the figure for lint is lint's own. The
figures are documents per CPU second of one process (one core). The loaded run starts `--hogs` busy
processes per core of its own (default 1) so that anyone can reproduce a loaded machine; the load
average is printed before each run (another user's work adds to it).
Target: at least 100 text documents per second, quiet and loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kehoach.lint import RULES, lint_source
from kehoach.lint.document import LintDocument
from kehoach.lint.docx_rules import docx_of
from kehoach.lint.spelling import corrections
from kehoach.lint.words import words_of
from kehoach.read import load

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus"


UNSEEN = [
    *sorted((ROOT / "tests" / "fixtures" / "seeds").iterdir()),
    *sorted((ROOT / "tests" / "fixtures" / "unseen").iterdir()),
]


def _paths(kind: str) -> list[Path]:
    """The corpus (its counts built the spelling lexicon) or the seeds and unseen plans (they did not)."""
    if kind == "unseen":
        return UNSEEN
    return sorted((CORPUS / kind).iterdir()) if (CORPUS / kind).is_dir() else []


def bench(kind: str, rounds: int) -> None:
    paths = _paths(kind)
    if not paths:
        print(f"{kind}: no documents in {CORPUS / kind}")
        return
    started = time.perf_counter()
    sources = [load(path) for path in paths]
    read_seconds = time.perf_counter() - started
    lint_source(sources[0])  # load the lexicon, typo list and calendar tables once
    clear_memos()  # the first round starts with no syllable remembered from another document
    latencies: list[float] = []
    per_round: list[float] = []  # documents per CPU second, each round
    for _ in range(rounds):
        cpu_started = time.process_time()
        for source in sources:
            one = time.perf_counter()
            lint_source(source)
            latencies.append(time.perf_counter() - one)
        per_round.append(len(sources) / max(time.process_time() - cpu_started, 1e-9))
    latencies.sort()
    print(
        f"{kind}: {len(sources)} documents x {rounds} rounds, one core: best round "
        f"{max(per_round):.1f} documents/s, median round {statistics.median(per_round):.1f} documents/s, "
        f"first round {per_round[0]:.1f} documents/s (CPU time); latency median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(0.95 * (len(latencies) - 1))] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms; "
        f"reading {len(sources) / read_seconds:.1f} documents/s"
    )


def clear_memos() -> None:
    """Forget what the spelling rule remembers of syllables and pairs seen in earlier documents."""
    corrections.cache_clear()


def rule_shares(kind: str) -> None:
    """Share of lint's CPU time each rule takes (one pass, no syllable remembered from a former run).

    The shared work is counted apart: the document's set-up, its word stream (read once for the
    spelling, repeated-word, known-typo, capitalisation, tone-mark-style and lunar-date rules) and, for
    a .docx, the parsed XML and its resolved run formatting (page-setup, font, font-size ...).
    """
    paths = _paths(kind)
    if not paths:
        return
    sources = [load(path) for path in paths]
    clear_memos()
    spent: dict[str, float] = {}
    setup = stream = 0.0
    for source in sources:
        started = time.process_time()
        document = LintDocument.from_source(source)
        document.lower  # noqa: B018 (a cached property: its cost is set-up)
        setup += time.process_time() - started
        started = time.process_time()
        words_of(document).pairs  # noqa: B018
        docx = docx_of(document)
        if docx is not None:
            docx.formatted_runs  # noqa: B018
        stream += time.process_time() - started
        for rule in RULES.values():
            if rule.family == "docx" and document.kind != "docx":
                continue
            started = time.process_time()
            list(rule.run(document))
            spent[rule.id] = spent.get(rule.id, 0.0) + time.process_time() - started
    total = setup + stream + sum(spent.values())
    top = sorted(spent.items(), key=lambda item: -item[1])[:6]
    spelling = spent.get("spelling", 0.0)
    print(
        f"{kind}: spelling {spelling / total:.0%} of lint time "
        f"({(spelling + stream) / total:.0%} if all the shared word stream{' and .docx formatting' if kind == 'docx' else ''} "
        f"is laid on it); set-up {setup / total:.0%}, shared stream {stream / total:.0%}; "
        + ", ".join(f"{rule} {seconds / total:.0%}" for rule, seconds in top)
    )


@contextmanager
def hogs(per_core: int) -> Iterator[None]:
    """`per_core` busy processes per core while the block runs (a loaded machine anyone can make)."""
    count = per_core * (os.cpu_count() or 1)
    started = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        time.sleep(2)  # let the load average begin to show them
        yield
    finally:
        for process in started:
            process.terminate()
        for process in started:
            process.wait()


def run(label: str, rounds: int, shares: bool) -> None:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"--- {label}: load average {load} (1, 5, 15 min)")
    for kind in ("text", "unseen", "docx"):
        bench(kind, rounds)
        if shares:
            rule_shares(kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--hogs", type=int, default=1, help="busy processes per core, loaded run")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--quiet-only", action="store_true")
    only.add_argument("--loaded-only", action="store_true")
    args = parser.parse_args()
    if not args.loaded_only:
        run("quiet (no load of ours)", args.rounds, shares=True)
    if not args.quiet_only:
        with hogs(args.hogs):
            run(
                f"loaded ({args.hogs} busy process(es) per core started)", args.rounds, shares=False
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
