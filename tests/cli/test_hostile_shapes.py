"""The files built to cost a reader seconds and gigabytes (tests/hostile.py: amplified numbering,
amplified relationships, 499 text-heavy pages, a flate bomb) end on the command line with a result or
one Vietnamese line and exit status 2, never a traceback, and within the readers' memory. Their time
and peak memory are printed by bench/bench_hostile.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hostile import SHAPES, flate_bomb_pdf

pytestmark = pytest.mark.slow

MEMORY_BUDGET_MB = 512  # the site's reading budget (KEHOACH_READ_MAX_MB)
BUILD = dict(SHAPES) | {"flate-bomb.pdf": lambda: flate_bomb_pdf(inflated_megabytes=400)}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in BUILD.items():
        (folder / name).write_bytes(make())
    return folder


# Linux keeps the parent's peak memory in a child's ru_maxrss across exec, so a child of this
# (large) test process would report the test's size. A small launcher starts the reader instead and
# prints the reader's own peak.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(usage.ru_maxrss)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(verb: str, path) -> tuple[int, str, float]:
    """Exit status, standard error and peak memory (MB) of `kehoach VERB PATH`."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "kehoach", verb, str(path)],
        capture_output=True, text=True,
    )  # fmt: skip
    return done.returncode, done.stderr, int(done.stdout.split()[-1]) / 1024


@pytest.mark.parametrize("verb", ["parse", "lint"])
@pytest.mark.parametrize("name", sorted(BUILD))
def test_a_hostile_file_ends_in_one_line_within_the_memory_budget(files, name, verb):
    code, errors, peak = run(verb, files / name)
    assert code in (0, 1, 2) and "Traceback" not in errors
    assert len(errors.strip().splitlines()) <= 1
    assert peak < MEMORY_BUDGET_MB


@pytest.mark.parametrize("name", ["text-heavy.pdf", "flate-bomb.pdf"])
def test_the_pdf_shapes_are_refused_with_a_reason(files, name):
    code, errors, _ = run("lint", files / name)
    assert code == 2 and ("văn bản quá dài" in errors or "phần nén bất thường" in errors)
