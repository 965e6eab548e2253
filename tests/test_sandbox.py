"""Untrusted files are read in a child process with a memory and time budget."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from kehoach.errors import InputError
from kehoach.read import load_bytes, parse
from kehoach.sandbox import Budget, read_in_sandbox
from read.scan import scanned_pdf

SEED = SEEDS[0]


def test_a_plan_reads_the_same_as_in_process():
    data = SEED.read_bytes()
    result = read_in_sandbox(data, SEED.name)
    assert result.plan == parse(load_bytes(data, SEED.name))
    assert result.source.lines == load_bytes(data, SEED.name).lines


def test_the_findings_come_back_with_the_plan():
    result = read_in_sandbox(SEED.read_bytes(), SEED.name)
    assert any(f.rule == "capitalisation" for f in result.findings)


def test_a_reader_error_keeps_its_own_message():
    with pytest.raises(InputError, match="rỗng|trống|không có nội dung"):
        read_in_sandbox(b"", "trong.txt")


def test_a_file_beyond_the_memory_budget_is_refused_in_one_sentence():
    # Forty copies of a plan (1.1 MB of text) need more than 40 MB to read and lint; one copy no
    # longer does since the PDF library is loaded only for PDFs.
    big = ("\n".join(SEED.read_text(encoding="utf-8") for _ in range(40))).encode()
    with pytest.raises(InputError) as refused:
        read_in_sandbox(big, SEED.name, Budget(memory_bytes=40 * 1024 * 1024))
    assert "giới hạn 40 MB" in str(refused.value) and "\n" not in str(refused.value)


def test_a_file_beyond_the_time_budget_is_stopped():
    # Four scanned pages: OCR needs over a second a page, far beyond a fifth of a second (plus the
    # second the interpreter is given to start). A long text no longer serves: it is refused at once
    # by its length.
    lines = SEED.read_text(encoding="utf-8").splitlines()
    scan = scanned_pdf([lines[k : k + 40] for k in range(0, 160, 40)], seal=False)
    with pytest.raises(InputError, match="thời gian"):
        read_in_sandbox(scan, "quet.pdf", Budget(seconds=0.2))
