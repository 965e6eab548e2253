"""Fetching a file the site makes on its job queue, as a person would: ask, wait for the worker, ask again."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command


def fetch(client: Any, url: str) -> Any:
    """GET `url`; when the site answers with the page that waits for a worker, run the queue once
    (the real worker, in this process) and ask again."""
    response = client.get(url)
    if response.status_code == 302 and response.url.startswith("/tep/"):
        call_command("run_worker", "--batch", verbosity=0)
        response = client.get(url)
    return response


def run_jobs_away_from(page: Any) -> None:
    """Run the queue while the browser is on a blank page, then come back: the waiting page refreshes
    itself every few seconds, and the test database (SQLite in memory, shared with the live server's
    thread) locks whole tables, so the worker must not run while a refresh reads them."""
    url = page.url
    page.goto("about:blank")
    call_command("run_worker", "--batch", verbosity=0)
    page.goto(url)
