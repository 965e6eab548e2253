"""Logs as one JSON object per line, with the exception when there is one."""

from __future__ import annotations

import json
import logging
import sys

from kehoach.web.core.logs import JsonFormatter


def _record(**extra) -> logging.LogRecord:
    return logging.makeLogRecord(
        {"name": "kehoach.jobs", "levelname": "ERROR", "msg": "công việc %s lỗi", "args": ("pdf",),
         **extra}
    )  # fmt: skip


def test_a_line_is_a_json_object_with_the_message():
    entry = json.loads(JsonFormatter().format(_record(created=1741600000.0)))
    assert entry["message"] == "công việc pdf lỗi" and entry["level"] == "ERROR"
    assert entry["time"].endswith("+07:00")


def test_the_exception_is_kept():
    try:
        raise ConnectionError("máy chủ thư không trả lời")
    except ConnectionError:
        record = _record(exc_info=sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert entry["exception"] == "ConnectionError" and "máy chủ thư" in entry["traceback"]


def test_extra_fields_are_carried():
    entry = json.loads(JsonFormatter().format(_record(plan=42)))
    assert entry["plan"] == 42
