"""Read an untrusted file in a child process that has a memory and a time budget.

A server must survive what people upload: a 15 kB .docx that inflates into gigabytes, a PDF of 500
text-heavy pages, a flate bomb. The readers refuse the shapes we know; the budget catches the ones we
don't. The child (`child()` in a new interpreter) reads, parses and lints the bytes it gets on stdin under
RLIMIT_AS and RLIMIT_CPU and a wall-clock limit, and sends back the Source, the Plan and the findings.
Beyond the budget it is killed and the caller gets one InputError sentence; the server process itself
never holds the memory. The parent only unpickles what its own child wrote.
"""

from __future__ import annotations

import pickle
import resource
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from kehoach.document.model import Plan
from kehoach.errors import InputError
from kehoach.lint import lint_source
from kehoach.read import Source, load_bytes, parse

MEGABYTE = 1024 * 1024
DEFAULT_MEMORY = 512 * MEGABYTE
DEFAULT_SECONDS = 10.0


@dataclass(frozen=True)
class Budget:
    memory_bytes: int = DEFAULT_MEMORY
    seconds: float = DEFAULT_SECONDS


@dataclass
class ReadResult:
    source: Source
    plan: Plan
    findings: list[Any]


def _limits(budget: Budget) -> Any:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (budget.memory_bytes, budget.memory_bytes))
        cpu = int(budget.seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))

    return apply


def _too_much(name: str, budget: Budget) -> InputError:
    return InputError(
        f"{name}: tệp cần quá nhiều bộ nhớ hoặc thời gian để đọc (giới hạn {budget.memory_bytes // MEGABYTE} MB, "
        f"{budget.seconds:g} giây); có thể tệp hỏng hoặc được tạo để phá hệ thống. Hãy mở tệp, lưu "
        "lại thành .docx hoặc PDF thông thường rồi tải lên lại."
    )


def read_in_sandbox(data: bytes, name: str, budget: Budget | None = None) -> ReadResult:
    """Source, Plan and lint findings of `data`, read in a child process within `budget`."""
    budget = budget or Budget()
    try:
        done = subprocess.run(
            [sys.executable, "-c", "import sys, kehoach.sandbox as s; sys.exit(s.child())"],
            input=pickle.dumps((data, name)),
            capture_output=True,
            timeout=budget.seconds + 1.0,  # the child's interpreter start is not the file's fault
            preexec_fn=_limits(budget),  # noqa: PLW1509 - the child runs no threads yet
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _too_much(name, budget) from None
    if done.returncode == 0:
        outcome = pickle.loads(done.stdout)  # noqa: S301 - written by our own child process
        if isinstance(outcome, ReadResult):
            return outcome
        raise InputError(str(outcome))
    raise _too_much(name, budget)


def child() -> int:
    """The child's side: bytes and name on stdin, the pickled result (or a message) on stdout."""
    data, name = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - from our own parent
    try:
        source = load_bytes(data, name)
        result: object = ReadResult(source, parse(source), lint_source(source))
    except InputError as error:
        result = str(error)
    except MemoryError:
        return 3
    sys.stdout.buffer.write(pickle.dumps(result))
    return 0
