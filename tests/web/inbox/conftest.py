"""Fixtures of the inbox tests: the tasks and reports of web/tasks/fixtures.py."""

from web.tasks.fixtures import *  # noqa: F403
