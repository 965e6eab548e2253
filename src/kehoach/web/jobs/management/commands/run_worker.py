"""manage.py run_worker: the queue's worker (django-tasks db_worker) with the daily scheduler beside it."""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.utils.crypto import get_random_string

from kehoach.web.jobs.schedule import run_scheduler


class Command(BaseCommand):
    help = "Chạy các công việc nền (xuất PDF, gửi thư nhắc việc…) và lịch gửi thư hằng ngày."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", action="store_true", help="chạy hết việc đang chờ rồi dừng")
        parser.add_argument("--no-schedule", action="store_true", help="không chạy lịch hằng ngày")

    def handle(self, *args: Any, **options: Any) -> None:
        # db_worker installs its own SIGINT/SIGTERM handlers and leaves them: put ours back after,
        # so that a batch run inside another program (the tests) does not change its signals.
        saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
        stop = threading.Event()
        worker_id = get_random_string(32)
        if not options["no_schedule"] and not options["batch"]:
            interval = settings.KEHOACH_SCHEDULER_INTERVAL
            scheduler = threading.Thread(
                target=run_scheduler, args=(stop, worker_id, interval), daemon=True
            )
            scheduler.start()
        try:
            worker_options: dict[str, Any] = {
                "queue_name": "*",
                "reload": False,
                "worker_id": worker_id,
            }
            if options["batch"]:
                worker_options.update(batch=True, startup_delay=False)
            call_command("db_worker", verbosity=options["verbosity"], **worker_options)
        finally:
            stop.set()
            for number, handler in saved.items():
                signal.signal(number, handler)
