"""Load on the reporting site: gunicorn + PostgreSQL on loopback, 500 units submitting at once, then
the dashboard of a plan with 3,000 units and 60,000 tasks.

Run (as root or the owner of a PostgreSQL install): .venv/bin/python bench/bench_load.py
    [--units 500] [--threads 48] [--dash-units 3000] [--tasks-per-unit 20] [--dash-requests 60]

1. Starts a throw-away PostgreSQL cluster (Debian's initdb/pg_ctl, a temp dir, as the postgres user
   via runuser; tests/web/postgres.py) listening on 127.0.0.1 only, migrates it, and issues a plan
   whose assignments name 500 units, each with its own reporter (sessions made directly, no logins).
2. Starts the site under gunicorn (gthread workers) on 127.0.0.1 and has every unit open its task and
   submit figures, a text and a photo at the same time (a bounded thread pool; a failed request is
   counted, never retried). Afterwards every report must be there exactly once, with the figures that unit
   sent, its one revision and its one evidence file. Prints p50/p95 latency of the submissions.
3. Bulk-loads a plan with 3,000 units and 60,000 tasks (reports in every state, accepted figures),
   then times its dashboard page and timeline picture through gunicorn and prints p50/p95, and the
   number of SQL queries the dashboard makes (the same whatever the size: no N+1).

Nothing leaves 127.0.0.1. Both servers are stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from web.postgres import Cluster  # noqa: E402 - the test suite's throw-away cluster

HOST = "127.0.0.1"
BOUNDARY = "kehoachbench" + uuid.uuid4().hex


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (gunicorn's workers):
    the server's own cost per request, which a loaded machine does not inflate as it does wall time."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def _scans(node: dict) -> list[str]:  # type: ignore[type-arg]
    """The scan nodes of an EXPLAIN (FORMAT JSON) plan, depth first."""
    found = []
    if "Scan" in node["Node Type"]:
        found.append(
            f"{node['Node Type']} on {node.get('Relation Name', '?')} ({node.get('Actual Rows', 0)} rows)"
        )
    for child in node.get("Plans", []):
        found += _scans(child)
    return found


def explain(queries: list[dict[str, str]], slowest: int = 3) -> None:
    """EXPLAIN ANALYZE of the slowest captured queries: how each table is read (Seq Scan, Index Only
    Scan ...) and the time, so a missing index shows in the bench's output."""
    from django.db import connection  # noqa: PLC0415

    ranked = sorted(queries, key=lambda q: float(q["time"]), reverse=True)[:slowest]
    for query in ranked:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0][0]
        scans = _scans(plan["Plan"])
        table = re.search(r'FROM "(\w+)"', query["sql"])
        print(
            f"    {plan['Execution Time']:6.1f} ms  {table.group(1) if table else '?'}: "
            + "; ".join(scans)
        )


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def line(label: str, seconds: list[float]) -> str:
    return (
        f"{label:<32} n={len(seconds):<5} p50 {percentile(seconds, 0.5) * 1e3:7.1f} ms   "
        f"p95 {percentile(seconds, 0.95) * 1e3:7.1f} ms   max {max(seconds) * 1e3:7.1f} ms"
    )


# --- the database and Django in this process (seeding and checking) -------------------------------


def start_database(directory: str) -> Cluster:
    cluster = Cluster(directory, free_port())
    cluster.start()
    subprocess.run(
        [*(["runuser", "-u", "postgres", "--"] if cluster.as_root else []),
         str(cluster.bin / "createdb"), "-h", directory, "-p", str(cluster.port), "-U", "postgres",
         "kehoach"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cluster


def setup_django(cluster: Cluster, var_dir: Path) -> None:
    os.environ["DATABASE_URL"] = (
        f"postgres://postgres@{HOST}:{cluster.port}/kehoach"  # TCP on loopback, as the site uses it
    )
    os.environ["KEHOACH_VAR_DIR"] = str(var_dir)
    os.environ["KEHOACH_MEDIA_ROOT"] = str(var_dir / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "kehoach.web.settings"
    os.environ["DJANGO_ALLOWED_HOSTS"] = HOST
    import django  # noqa: PLC0415 - only once the environment names the database

    django.setup()
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", verbosity=0)


def png() -> bytes:
    from PIL import Image  # noqa: PLC0415

    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "#2e7d32").save(buffer, "PNG")
    return buffer.getvalue()


def session_for(user) -> str:  # type: ignore[no-untyped-def]
    from django.contrib.sessions.backends.db import SessionStore  # noqa: PLC0415

    store = SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    store["_auth_user_hash"] = user.get_session_auth_hash()
    store.create()
    return str(store.session_key)


def seed_load_plan(units: int) -> tuple[object, list[tuple[int, str, int]], str]:
    """A ward, `units` units with one reporter each, a plan naming them all, issued through the site's
    own services (so the tasks come from the issue signal). Returns (plan, [(task, session, n)], drafter session)."""
    from django.contrib.auth.hashers import make_password  # noqa: PLC0415
    from django.contrib.auth.models import User  # noqa: PLC0415

    from kehoach.document.model import Assignment, Section, Signature  # noqa: PLC0415
    from kehoach.document.model import Plan as Document  # noqa: PLC0415
    from kehoach.web.orgs.models import Membership, Organisation, Unit  # noqa: PLC0415
    from kehoach.web.plans import services  # noqa: PLC0415
    from kehoach.web.tasks.models import Task  # noqa: PLC0415

    city = Organisation.objects.create(
        slug="hai-phong", kind="city", name="Ủy ban nhân dân thành phố Hải Phòng"
    )
    ward = Organisation.objects.create(
        slug="le-chan", name="Ủy ban nhân dân phường Lê Chân", place="Lê Chân", parent=city,
        parent_issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
    )  # fmt: skip
    names = [f"Tổ dân phố số {n}" for n in range(1, units + 1)]
    Unit.objects.bulk_create(
        Unit(organisation=ward, name=name, order=n) for n, name in enumerate(names)
    )
    unusable = make_password(None)
    drafter = User.objects.create(username="soanthao", password=unusable)
    approver = User.objects.create(username="lanhdao", password=unusable)
    Membership.objects.create(user=drafter, organisation=ward, role="drafter")
    Membership.objects.create(user=approver, organisation=ward, role="approver")
    User.objects.bulk_create(
        User(username=f"to-{n}", password=unusable) for n in range(1, units + 1)
    )
    users = {u.username: u for u in User.objects.filter(username__startswith="to-")}
    unit_ids = dict(Unit.objects.filter(organisation=ward).values_list("name", "pk"))
    Membership.objects.bulk_create(
        Membership(
            user=users[f"to-{n}"], organisation=ward, unit_id=unit_ids[name], role="reporter"
        )
        for n, name in enumerate(names, start=1)
    )
    document = Document(
        doc_type="KH", issuer=ward.name, parent_issuer=ward.parent_issuer, place="Lê Chân", year=2025,
        title="Tổ chức tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        sections=[Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Tuyên truyền sâu rộng."]),
                  Section("II", "TỔ CHỨC THỰC HIỆN", ["Các tổ dân phố thực hiện và báo cáo."])],
        assignments=[Assignment(name, "Treo băng rôn, phát thanh và báo cáo kết quả.", "lead",
                                date.today() + timedelta(days=10)) for name in names],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"),
    )  # fmt: skip
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter)
    services.approve_plan(plan, approver)
    services.issue_plan(plan, approver)
    tasks = dict(Task.objects.filter(plan=plan).values_list("unit__name", "pk"))
    work = [
        (tasks[name], session_for(users[f"to-{n}"]), n) for n, name in enumerate(names, start=1)
    ]
    return plan, work, session_for(drafter)


def seed_big_plan(plan_template, units: int, per_unit: int) -> object:  # type: ignore[no-untyped-def]
    """A second ward's plan with `units` units and `units * per_unit` tasks, loaded in bulk."""
    from django.contrib.auth.models import User  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    from kehoach.web.orgs.models import Membership, Organisation, Unit  # noqa: PLC0415
    from kehoach.web.plans.models import Plan  # noqa: PLC0415
    from kehoach.web.reports.models import AcceptedFigure, UnitReport  # noqa: PLC0415
    from kehoach.web.tasks.models import Task  # noqa: PLC0415

    rng = random.Random(7)
    big = Organisation.objects.create(
        slug="ca-thanh-pho",
        name="Ủy ban nhân dân thành phố (toàn địa bàn)",
        parent=plan_template.organisation.parent,
    )
    drafter = User.objects.get(username="soanthao")
    Membership.objects.create(user=drafter, organisation=big, role="drafter")
    Unit.objects.bulk_create(
        (Unit(organisation=big, name=f"Đơn vị số {n:04d}", order=n) for n in range(units)),
        batch_size=2000,
    )
    unit_ids = list(
        Unit.objects.filter(organisation=big).order_by("order").values_list("pk", flat=True)
    )
    document = plan_template.document()
    document.assignments = document.assignments[:per_unit]
    plan = Plan(organisation=big, kind="own", status="issued", version=1, created_by=drafter)
    plan.set_document(document)
    plan.number, plan.symbol, plan.doc_date = "09", "KH-UBND", date.today() - timedelta(days=40)
    plan.save()
    today = date.today()
    states = (
        ["none"] * 30
        + ["draft"] * 5
        + ["partial"] * 5
        + ["submitted"] * 15
        + ["returned"] * 5
        + ["accepted"] * 40
    )
    tasks = []
    for unit in unit_ids:
        for position in range(per_unit):
            deadline = today + timedelta(days=(position - per_unit // 2) * 4)
            tasks.append(Task(plan=plan, unit_id=unit, position=position, role="lead",
                              text=f"Nhiệm vụ {position + 1}", deadline=deadline,
                              report_state=rng.choice(states)))  # fmt: skip
    Task.objects.bulk_create(tasks, batch_size=5000)
    reported = list(
        Task.objects.filter(plan=plan)
        .exclude(report_state="none")
        .values_list("pk", "unit_id", "report_state")
    )
    mapping = {
        "draft": "draft",
        "partial": "submitted",
        "submitted": "submitted",
        "returned": "returned",
        "accepted": "accepted",
    }
    UnitReport.objects.bulk_create(
        (UnitReport(task_id=pk, state=mapping[state], partial=state == "partial",
                    figures={"phat_thanh": 3, "bang_ron": 2, "luot_nguoi": 120})
         for pk, _, state in reported), batch_size=5000,
    )  # fmt: skip
    reports = dict(
        UnitReport.objects.filter(task__plan=plan, state="accepted").values_list("task_id", "pk")
    )
    figures = []
    for pk, unit, state in reported:
        if state == "accepted":
            for key, value in (
                ("phat_thanh", rng.randint(1, 9)),
                ("bang_ron", rng.randint(0, 5)),
                ("luot_nguoi", rng.randint(50, 400)),
            ):
                figures.append(
                    AcceptedFigure(
                        plan=plan, unit_id=unit, report_id=reports[pk], key=key, value=value
                    )
                )
    AcceptedFigure.objects.bulk_create(figures, batch_size=10000)
    with connection.cursor() as cursor:  # what autovacuum does after a bulk load: statistics and
        cursor.execute("VACUUM ANALYZE")  # the visibility map (index-only scans of the figure sums)
    return plan


# --- HTTP against gunicorn -------------------------------------------------------------------------


def multipart(fields: dict[str, str], file_name: str, data: bytes) -> bytes:
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="evidence"; filename="{file_name}"\r\n'
        "Content-Type: image/png\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(parts)


def request(port: int, method: str, path: str, cookies: str, body: bytes | None = None,
            content_type: str | None = None) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    headers = {"Cookie": cookies, "Host": HOST}
    if content_type:
        headers["Content-Type"] = content_type
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, payload
    finally:
        connection.close()


def submit_one(port: int, task: int, session: str, n: int, photo: bytes) -> tuple[float, int]:
    """GET the form (for the CSRF cookie), POST the report, once: a failure is counted, never retried
    (a retry would hide it). Status -1 is a request that got no answer at all."""
    path = f"/bao-cao/nhiem-vu/{task}/"
    try:
        status, headers, _ = request(port, "GET", path, f"sessionid={session}")
        token = re.search(r"csrftoken=([^;]+)", headers.get("set-cookie", ""))
        if status != 200 or token is None:
            return 0.0, status
        body = multipart(
            {"csrfmiddlewaretoken": token.group(1), "version": "0", "action": "submit",
             "so_phat_thanh": str(n), "so_bang_ron": str(n % 7), "so_luot_nguoi": str(100 + n),
             "text": f"Tổ dân phố số {n}: phát thanh {n} buổi, treo {n % 7} băng rôn."},
            f"to-{n}.png", photo,
        )  # fmt: skip
        started = time.perf_counter()
        status, _, _ = request(
            port,
            "POST",
            path,
            f"sessionid={session}; csrftoken={token.group(1)}",
            body,
            f"multipart/form-data; boundary={BOUNDARY}",
        )
        return time.perf_counter() - started, status
    except (OSError, http.client.HTTPException):
        return 0.0, -1


def start_gunicorn(
    port: int, workers: int, threads: int, env: dict[str, str], log: Path
) -> subprocess.Popen:  # type: ignore[type-arg]
    command = [
        str(Path(sys.executable).parent / "gunicorn"), "kehoach.web.wsgi:application",
        "--bind", f"{HOST}:{port}", "--workers", str(workers), "--worker-class", "gthread",
        "--threads", str(threads), "--timeout", "120", "--backlog", "1024",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {log.read_text()[-2000:]}") from None
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start in 60 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--threads", type=int, default=48, help="client threads (bounded pool)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--worker-threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--dash-units", type=int, default=3000)
    parser.add_argument("--tasks-per-unit", type=int, default=20)
    parser.add_argument("--dash-requests", type=int, default=60)
    args = parser.parse_args()

    pg_dir = f"/tmp/kehoach-bench-pg-{os.getpid()}"  # under /tmp so the postgres user can reach it
    var_dir = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
    (var_dir / "static").mkdir()
    cluster: Cluster | None = None
    server: subprocess.Popen | None = None  # type: ignore[type-arg]
    print(f"load average before: {load_average()} on {os.cpu_count()} CPUs")
    try:
        cluster = start_database(pg_dir)
        setup_django(cluster, var_dir)
        started = time.perf_counter()
        plan, work, drafter_session = seed_load_plan(args.units)
        print(
            f"seeded {args.units} units, reporters and the issued plan in {time.perf_counter() - started:.1f} s"
        )

        port = free_port()
        env = {**os.environ, "DJANGO_CONN_MAX_AGE": "60", "DJANGO_LOG_LEVEL": "ERROR"}
        server = start_gunicorn(
            port, args.workers, args.worker_threads, env, var_dir / "gunicorn.log"
        )
        photo = png()
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.threads) as pool:
            results = list(pool.map(lambda item: submit_one(port, *item, photo), work))
        wall = time.perf_counter() - started
        statuses = {status: sum(1 for _, s in results if s == status) for _, status in results}
        print(
            f"{args.units} units submitted in {wall:.1f} s ({args.units / wall:.0f} reports/s); HTTP statuses {statuses}"
        )
        failed = sum(1 for _, status in results if status != 302)
        print(f"failed submissions (not retried): {failed}")
        print(line("report submission (POST)", [s for s, status in results if status == 302]))

        from kehoach.web.reports.models import Evidence, ReportRevision, UnitReport  # noqa: PLC0415
        from kehoach.web.tasks.models import Task  # noqa: PLC0415

        reports = list(
            UnitReport.objects.filter(task__plan=plan).values_list("task_id", "figures", "state")
        )
        expected = {task: n for task, _, n in work}
        once = len(reports) == len({task for task, _, _ in reports}) == args.units
        right = all(
            figures.get("phat_thanh") == expected[task] and state == "submitted"
            for task, figures, state in reports
        )
        revisions = ReportRevision.objects.filter(report__task__plan=plan).count()
        files = Evidence.objects.filter(report__task__plan=plan).count()
        on_disk = sum(1 for p in (var_dir / "media").rglob("*.png"))
        states = Task.objects.filter(plan=plan, report_state="submitted").count()
        ok = once and right and revisions == files == on_disk == states == args.units
        print(f"check: {len(reports)} reports for {args.units} tasks, each exactly once: {once}; "
              f"figures as sent: {right}; revisions {revisions}, evidence rows {files}, files {on_disk}, "
              f"tasks marked submitted {states} -> {'OK' if ok else 'FAILED'}")  # fmt: skip

        started = time.perf_counter()
        big = seed_big_plan(plan, args.dash_units, args.tasks_per_unit)
        tasks = Task.objects.filter(plan=big).count()
        print(
            f"bulk-loaded a plan with {args.dash_units} units and {tasks} tasks in {time.perf_counter() - started:.1f} s"
        )
        cookie = f"sessionid={drafter_session}"
        for path, label in ((f"/tien-do/ke-hoach/{big.pk}/", "dashboard page (HTML)"),
                            (f"/tien-do/ke-hoach/{big.pk}/?loc=qua-han&trang=3", "dashboard, late units, page 3"),
                            (f"/tien-do/ke-hoach/{big.pk}/tien-do.svg", "timeline picture (SVG)"),
                            ("/tien-do/", "progress overview (HTML)")):  # fmt: skip
            for _ in range(3):
                request(port, "GET", path, cookie)  # warm the workers
            timings = []
            cpu_before = process_cpu(server.pid)
            for _ in range(args.dash_requests):
                begin = time.perf_counter()
                status, _, body = request(port, "GET", path, cookie)
                timings.append(time.perf_counter() - begin)
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
            cpu = (process_cpu(server.pid) - cpu_before) / args.dash_requests
            verdict = "within" if percentile(timings, 0.95) <= 0.2 else "OVER"
            print(
                line(label, timings)
                + f"   server CPU {cpu * 1e3:.0f} ms/request ({verdict} the 200 ms p95 budget;"
                f" {len(body) // 1024} kB; load average {load_average()})"
            )

        from kehoach.report import build_report  # noqa: PLC0415
        from kehoach.web.progress.rollup import collect  # noqa: PLC0415

        drafts = []
        for _ in range(3):
            begin = time.perf_counter()
            inputs = collect(big)
            collected = time.perf_counter()
            report = build_report(inputs)
            drafts.append((collected - begin, time.perf_counter() - collected))
        best = min(drafts, key=sum)
        print(
            f"result report (BC) of {args.dash_units} units x {tasks} tasks: "
            f"collect {best[0] * 1000:.0f} ms + draft {best[1] * 1000:.0f} ms = {sum(best):.2f} s "
            f"({len(inputs.works)} accepted reports; {'within' if sum(best) <= 2 else 'OVER'} the 2 s budget; "
            f"{len(report.review)} sentences to write)"
        )

        from django.contrib.auth.models import User  # noqa: PLC0415
        from django.db import connection  # noqa: PLC0415
        from django.test import Client  # noqa: PLC0415
        from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

        client = Client(HTTP_HOST=HOST)
        client.force_login(User.objects.get(username="soanthao"))
        for path, label in (
            (f"/tien-do/ke-hoach/{big.pk}/", "dashboard"),
            ("/tien-do/", "overview"),
        ):
            with CaptureQueriesContext(connection) as captured:
                client.get(path)
            print(
                f"{label} SQL queries: {len(captured)} (for {args.dash_units} units, {tasks} tasks)"
            )
            explain(captured.captured_queries)
        return 0 if ok else 1
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if cluster is not None:
            try:
                from django.db import connections  # noqa: PLC0415

                connections.close_all()
            except Exception:  # noqa: BLE001 - Django may not be set up yet
                pass
            cluster.stop()
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
