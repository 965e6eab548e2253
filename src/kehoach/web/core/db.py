"""Transactions on the database the models are routed to (the default one outside the tests)."""

from __future__ import annotations

from django.db import router, transaction
from django.db.transaction import Atomic

from kehoach.web.plans.models import Plan


def alias() -> str:
    return router.db_for_write(Plan)


def atomic() -> Atomic:
    """transaction.atomic on the routed database: a save is all or nothing."""
    return transaction.atomic(using=alias())
