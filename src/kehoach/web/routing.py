"""A database router that can pin every query to one alias, used by the tests that run on PostgreSQL.

The site itself always uses "default"; `pinned("postgres")` sends all reads, writes and transactions
(through `kehoach.web.core.db.atomic`) to the second database for the length of a block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_ALIAS: ContextVar[str | None] = ContextVar("kehoach_db_alias", default=None)


class PinnedRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        return _ALIAS.get()

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return _ALIAS.get()

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return True


@contextmanager
def pinned(alias: str) -> Iterator[None]:
    token = _ALIAS.set(alias)
    try:
        yield
    finally:
        _ALIAS.reset(token)
