"""A progress line on a terminal (files parsed, pages read by OCR), nothing when stderr is a file.

Written here rather than taken from tqdm: importing tqdm costs a quarter of a second (it looks up its
own version), which a one-file `kehoach parse` should not pay.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """ "Đang đọc: 3/12 tệp" redrawn in place; messages printed above it."""

    def __init__(self, total: int, unit: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.unit = unit
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self._drawn = 0.0

    def step(self, label: str = "") -> None:
        """One more item done; redraw at most ten times a second (and at the last item)."""
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self._drawn > 0.1 or self.done == self.total):
            self._drawn = now
            self.stream.write(f"\r\x1b[KĐang đọc: {self.done}/{self.total} {self.unit} {label}")
            self.stream.flush()

    def write(self, message: str) -> None:
        """A message on its own line, the progress line redrawn under it."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        print(message, file=self.stream)

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
