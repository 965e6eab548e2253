"""A real site on the embedded default (a SQLite file under gunicorn, started as `kehoach serve` starts
it), for tests of concurrency.

`python tests/web/sqlite_site.py seed N` (with DATABASE_URL, KEHOACH_VAR_DIR set) migrates the file and
seeds a ward with N units, one reporter each, one issued plan naming them all and one approved plan;
it prints, as JSON, each unit's task and session key, and the approver's session and plan.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from kehoach.cli.serve_command import gunicorn_command

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def site_environment(var_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"sqlite:///{var_dir / 'kehoach.sqlite3'}",
        KEHOACH_VAR_DIR=str(var_dir),
        KEHOACH_MEDIA_ROOT=str(var_dir / "media"),
        DJANGO_SETTINGS_MODULE="kehoach.web.settings",
        DJANGO_ALLOWED_HOSTS=HOST,
    )
    return env


def seed(env: dict[str, str], units: int) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "seed", str(units)],
        env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def start(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    server = subprocess.Popen(
        gunicorn_command(HOST, port, workers=2),  # `kehoach serve`'s defaults: what scripts/run starts
        env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"gunicorn did not start: {log.read_text()[-2000:]}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def http(port: int, method: str, path: str, cookies: dict[str, str], form: dict | None = None):
    """One request; returns (status, headers, body). Redirects are returned, not followed."""
    data = urllib.parse.urlencode(form, doseq=True).encode() if form is not None else None
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", data=data, method=method)
    request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    if form is not None:
        request.add_header("Referer", f"http://{HOST}:{port}{path}")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=120) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def form_fields(page: str) -> dict[str, str]:
    """The named inputs of the page's largest form: hidden values kept, numbers and texts filled."""
    forms = re.findall(r"<form[^>]*>(.*?)</form>", page, re.S)
    body = max(forms, key=lambda form: form.count("name="), default=page)
    fields: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", body):
        name = re.search(r'name="([^"]+)"', tag)
        if not name:
            continue
        kind = re.search(r'type="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if kind and kind.group(1) == "number":
            fields[name.group(1)] = "3"
        elif kind and kind.group(1) == "hidden" and value is not None:
            fields[name.group(1)] = value.group(1)
    for name in re.findall(r'<textarea[^>]*name="([^"]+)"', body):
        fields[name] = "Đã phát thanh 3 buổi trên hệ thống loa truyền thanh."
    return fields


def _seed(units: int) -> dict:
    import django  # noqa: PLC0415 - only in the seeding subprocess, once the environment is set

    django.setup()
    from django.contrib.auth.hashers import make_password  # noqa: PLC0415
    from django.contrib.auth.models import User  # noqa: PLC0415
    from django.contrib.sessions.backends.db import SessionStore  # noqa: PLC0415
    from django.core.management import call_command  # noqa: PLC0415

    from kehoach.document.model import Assignment, Section, Signature  # noqa: PLC0415
    from kehoach.document.model import Plan as Document  # noqa: PLC0415
    from kehoach.web.orgs.models import Membership, Organisation, Unit  # noqa: PLC0415
    from kehoach.web.plans import services  # noqa: PLC0415
    from kehoach.web.tasks.models import Task  # noqa: PLC0415

    call_command("migrate", verbosity=0)

    def session(user: User) -> str:
        store = SessionStore()
        store["_auth_user_id"] = str(user.pk)
        store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        store["_auth_user_hash"] = user.get_session_auth_hash()
        store.create()
        return str(store.session_key)

    city = Organisation.objects.create(slug="hp", kind="city", name="Ủy ban nhân dân thành phố")
    ward = Organisation.objects.create(
        slug="lc", name="Ủy ban nhân dân phường Lê Chân", place="Lê Chân", parent=city
    )
    names = [f"Tổ dân phố số {n}" for n in range(1, units + 1)]
    unusable = make_password(None)
    drafter = User.objects.create(username="soanthao", password=unusable)
    approver = User.objects.create(username="lanhdao", password=unusable)
    Membership.objects.create(user=drafter, organisation=ward, role="drafter")
    Membership.objects.create(user=approver, organisation=ward, role="approver")
    reporters = []
    for n, name in enumerate(names, start=1):
        unit = Unit.objects.create(organisation=ward, name=name, order=n)
        user = User.objects.create(username=f"to-{n}", password=unusable)
        Membership.objects.create(user=user, organisation=ward, unit=unit, role="reporter")
        reporters.append((name, user))

    def document(title: str) -> Document:
        return Document(
            doc_type="KH", issuer=ward.name, place="Lê Chân", year=date.today().year, title=title,
            sections=[Section("I", "TỔ CHỨC THỰC HIỆN", ["Các tổ dân phố thực hiện, báo cáo."])],
            assignments=[Assignment(name, "Phát thanh và báo cáo kết quả.", "lead",
                                    date.today() + timedelta(days=10)) for name in names],
            signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                "Nguyễn Văn A"),
        )  # fmt: skip

    plan = services.create_plan(ward, document("Tuyên truyền quý I"), drafter)
    services.approve_plan(services.submit_plan(plan, drafter), approver)
    services.issue_plan(plan, approver)
    second = services.create_plan(ward, document("Tuyên truyền quý II"), drafter)
    services.approve_plan(services.submit_plan(second, drafter), approver)
    tasks = dict(Task.objects.filter(plan=plan).values_list("unit__name", "pk"))
    if os.environ.get("KEHOACH_SEED_EVIDENCE"):
        _report_with_evidence(Task.objects.get(pk=tasks[names[0]]), reporters[0][1])
    return {
        "units": [{"task": tasks[name], "session": session(user)} for name, user in reporters],
        "approver": session(approver),
        "approved_plan": second.pk,
    }


def _report_with_evidence(task, user) -> None:  # type: ignore[no-untyped-def]
    """One submitted report with a photo, through the site's own services."""
    import io  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    from kehoach.web.reports import services as reports  # noqa: PLC0415
    from kehoach.web.reports.evidence import check_file  # noqa: PLC0415

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "#b71c1c").save(buffer, "PNG")
    photo = check_file("bang-ron.png", len(buffer.getvalue()), buffer.getvalue)
    reports.save_report(task, user, figures={}, text="Đã treo 3 băng rôn.", no_activity=False,
                        partial=False, files=[photo], base_version=None, submit=True)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["seed"]:
        print(json.dumps(_seed(int(sys.argv[2]))))
