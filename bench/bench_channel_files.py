"""The files of an approved message (audio, prints, LED, image, page): what the pages cost and what
the worker's job costs, with the demo data.

    .venv/bin/python bench/bench_channel_files.py [--messages N]

Fresh SQLite database in a temp dir (migrate + load_demo), Django's test client (no server). For each
of N new messages: the approval POST, the first and a later GET of the message's page, the job that
makes the files (run by `run_worker --batch` in this process; CPU time includes the speech engine's
child processes), and the download of the audio. Run it with PYTHONPATH pointing at another checkout's
src/ to compare (before issue 19's channel jobs, the first page view made the files in the request).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time

VAR = tempfile.mkdtemp(prefix="kehoach-bench-channel-files-")
os.environ["KEHOACH_VAR_DIR"] = VAR
os.environ["KEHOACH_MEDIA_ROOT"] = os.path.join(VAR, "media")
os.environ["DATABASE_URL"] = f"sqlite:///{VAR}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.web.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from kehoach.web.channels.models import ChannelMessage  # noqa: E402
from kehoach.web.orgs.models import Organisation  # noqa: E402

PASSWORD = "kehoach-demo-2025"


def cpu_seconds() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    return result, (time.perf_counter() - start) * 1000


def one_message(drafter: Client, approver: Client, ward: Organisation, n: int) -> dict[str, float]:
    drafter.post(
        "/kenh/moi/",
        {
            "organisation": ward.pk,
            "title": f"Phường ra quân tổng vệ sinh môi trường đợt {n + 1}",
            "lead": "Sáng chủ nhật, các tổ dân phố cùng ra quân làm sạch đường phố, ngõ xóm.",
            "body": "Mỗi hộ cử một người tham gia; Ban chỉ đạo phường kiểm tra kết quả từng tổ.",
            "slogans": "Vì một phường sáng, xanh, sạch, đẹp!",
        },
    )
    message = ChannelMessage.objects.order_by("-pk").first()
    assert message is not None
    drafter.post(f"/kenh/{message.pk}/gui-duyet/")
    _, approve_ms = timed(lambda: approver.post(f"/kenh/{message.pk}/duyet/"))
    first, first_ms = timed(lambda: drafter.get(f"/kenh/{message.pk}/"))
    if first.status_code != 200:
        sys.exit(f"message page: HTTP {first.status_code}")
    cpu, start = cpu_seconds(), time.perf_counter()
    call_command("run_worker", "--batch", verbosity=0)
    job_s, job_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    again, again_ms = timed(lambda: drafter.get(f"/kenh/{message.pk}/"))
    if "loa-ban-tin.wav" not in again.content.decode():
        sys.exit("the message page lists no audio file after the worker ran")
    wav, wav_ms = timed(lambda: drafter.get(f"/kenh/{message.pk}/tep/loa-ban-tin.wav"))
    if wav.status_code != 200:
        sys.exit(f"audio: HTTP {wav.status_code}")
    return {
        "approve (ms)": approve_ms,
        "first page view (ms)": first_ms,
        "job, wall (s)": job_s,
        "job, CPU (s)": job_cpu,
        "later page view (ms)": again_ms,
        "audio download (ms)": wav_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=5)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    call_command("run_worker", "--batch", verbosity=0)  # the demo's own jobs (issued PDFs) first
    ward = Organisation.objects.get(slug="le-chan")
    drafter, approver = Client(), Client()
    assert drafter.login(username="lechan.soanthao", password=PASSWORD)
    assert approver.login(username="lechan.lanhdao", password=PASSWORD)
    runs = [one_message(drafter, approver, ward, n) for n in range(args.messages)]
    print(f"{args.messages} messages, load average {os.getloadavg()[0]:.1f}")
    print(f"{'step':<24} {'median':>8} {'worst':>8}")
    for name in runs[0]:
        values = [run[name] for run in runs]
        print(f"{name:<24} {statistics.median(values):>8.1f} {max(values):>8.1f}")
    shutil.rmtree(VAR, ignore_errors=True)


if __name__ == "__main__":
    main()
