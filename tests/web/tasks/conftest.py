"""Fixtures shared by the tests of tasks, reports and progress (web/tasks/fixtures.py)."""

from web.tasks.fixtures import *  # noqa: F403
