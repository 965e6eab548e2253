"""The whole production shape on one machine, for tests and benchmarks: PostgreSQL, two app servers
(gunicorn), a queue worker and nginx in front, all on 127.0.0.1 in one folder.

    scripts/cluster start [DIR]   # prints the address; DIR defaults to var/cluster
    scripts/cluster stop [DIR]

Tests use the Site class directly to kill and restart its parts (tests/web/test_faults.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from web.postgres import Cluster  # noqa: E402 - the test suite's throw-away PostgreSQL

HOST = "127.0.0.1"
NGINX_TEMPLATE = ROOT / "docs" / "deploy" / "nginx.conf"


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """`count` different free ports. Each probe stays bound until all are chosen: the kernel may hand
    a port just released to the next probe, and two servers of one site would share a port (nginx
    then sent requests to PostgreSQL)."""
    probes: list[socket.socket] = []
    try:
        for _ in range(count):
            probe = socket.socket()
            probe.bind((HOST, 0))
            probes.append(probe)
        return [int(probe.getsockname()[1]) for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {seconds:g} s")


def answers_http(port: int) -> bool:
    """Whether an HTTP server answers on the port (an open port alone may be another program's)."""
    try:
        with socket.create_connection((HOST, port), timeout=5) as connection:
            connection.sendall(f"HEAD /dang-nhap/ HTTP/1.0\r\nHost: {HOST}\r\n\r\n".encode())
            return connection.recv(5) == b"HTTP/"
    except OSError:
        return False


def wait_for_app(port: int, process: subprocess.Popen, seconds: float = 60) -> bool:
    """Wait until the app server answers HTTP on its port; False if it stopped first (its port was
    taken by another program between choosing it and binding it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if answers_http(port):
            return True
        time.sleep(0.2)
    raise RuntimeError(f"the app server on {HOST}:{port} did not answer after {seconds:g} s")


class Site:
    def __init__(self, directory: Path, app_servers: int = 2, **env: str) -> None:
        self.directory = Path(directory)
        self.extra_env = env
        database_port, self.port, *self.app_ports = free_ports(2 + app_servers)
        self.database = Cluster(str(self.directory / "pg"), database_port)
        self.apps: dict[int, subprocess.Popen] = {}
        self.worker: subprocess.Popen | None = None
        self.nginx: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DATABASE_URL=f"postgres://postgres@{HOST}:{self.database.port}/kehoach",
            DJANGO_SETTINGS_MODULE="kehoach.web.settings",
            KEHOACH_VAR_DIR=str(self.directory / "var"),
            KEHOACH_MEDIA_ROOT=str(self.directory / "media"),
            DJANGO_ALLOWED_HOSTS=f"{HOST},localhost",
            DJANGO_SECRET_KEY="cluster-" + "k3h0ach" * 8,
            DJANGO_CONN_MAX_AGE="60",  # as docs/deploy/env.example: no new PostgreSQL backend a request
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "kehoach.web.manage", *args],
                              env=self.environment(), capture_output=True, text=True, check=True)  # fmt: skip
        return done.stdout

    # --- the parts ---------------------------------------------------------------------------------

    def start_database(self) -> None:
        self.database.start()
        prefix = ["runuser", "-u", "postgres", "--"] if self.database.as_root else []
        subprocess.run([*prefix, str(self.database.bin / "createdb"), "-h", HOST,
                        "-p", str(self.database.port), "-U", "postgres", "kehoach"],
                       check=True, capture_output=True)  # fmt: skip

    def start_app(self, index: int) -> None:
        """Start app server `index`; before nginx runs, a port another program took meanwhile is
        exchanged for a free one (after, nginx knows the port: the server must come back on it)."""
        for _attempt in range(3):
            port = self.app_ports[index]
            log = (self.directory / f"app-{index}.log").open("ab")
            self.apps[index] = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "kehoach.web.wsgi:application", "--bind",
                 f"{HOST}:{port}", "--workers", "2", "--threads", "8", "--worker-class", "gthread",
                 "--timeout", "120", "--graceful-timeout", "5", "--keep-alive", "75"],
                env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
            if wait_for_app(port, self.apps[index]):
                return
            if self.nginx is not None:
                break
            self.app_ports[index] = free_port()
        raise RuntimeError(f"app server {index} could not listen on {HOST}:{port}: see its log")

    def kill_app(self, index: int) -> None:
        os.killpg(self.apps[index].pid, signal.SIGKILL)
        self.apps[index].wait()

    def start_worker(self) -> None:
        log = (self.directory / "worker.log").open("ab")
        self.worker = subprocess.Popen(
            [sys.executable, "-m", "kehoach.web.manage", "run_worker"],
            env=self.environment(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def kill_worker(self) -> None:
        if self.worker is not None:
            os.killpg(self.worker.pid, signal.SIGKILL)
            self.worker.wait()

    def start_nginx(self) -> None:
        upstreams = "\n".join(
            f"        server {HOST}:{port} max_fails=1 fail_timeout=10s;" for port in self.app_ports
        )
        config = (
            NGINX_TEMPLATE.read_text()
            .replace("@PREFIX@", str(self.directory))
            .replace("@UPSTREAMS@", upstreams)
            .replace("@LISTEN@", f"{HOST}:{self.port}")
            .replace("@USER@", "user root;" if os.geteuid() == 0 else "")
        )
        path = self.directory / "nginx.conf"
        path.write_text(config)
        self.nginx = subprocess.Popen(
            ["nginx", "-p", str(self.directory), "-c", str(path), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=(self.directory / "nginx.out").open("ab"),
            start_new_session=True,
        )  # fmt: skip
        wait_for_port(self.port)

    # --- the whole set -----------------------------------------------------------------------------

    def start(self, demo: bool = False) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.start_database()
        self.manage("migrate", "--noinput", "-v", "0")
        if demo:
            self.manage("load_demo")
        for index in range(len(self.app_ports)):
            self.start_app(index)
        self.start_worker()
        self.start_nginx()
        (self.directory / "cluster.json").write_text(json.dumps(self.describe()))

    def describe(self) -> dict:
        return {
            "url": self.url,
            "database_port": self.database.port,
            "pids": [p.pid for p in [*self.apps.values(), self.worker, self.nginx] if p],
        }

    def stop(self) -> None:
        for process in [self.nginx, self.worker, *self.apps.values()]:
            if process is not None and process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=15)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    os.killpg(process.pid, signal.SIGKILL)
        if not self.database.is_running():
            self.database.serve()  # stopped by a test: start it so that stop() can clean up
        self.database.stop()


def stop_folder(directory: Path) -> None:
    described = json.loads((directory / "cluster.json").read_text())
    for pid in described["pids"]:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
    Cluster(str(directory / "pg"), described["database_port"]).stop()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "stop"}:
        print("cách dùng: scripts/cluster start|stop [THƯ MỤC]", file=sys.stderr)
        return 2
    directory = Path(argv[1] if len(argv) > 1 else ROOT / "var" / "cluster").resolve()
    if argv[0] == "stop":
        stop_folder(directory)
        return 0
    site = Site(directory)
    site.start(demo=True)
    print(f"kehoach (PostgreSQL, 2 máy chủ ứng dụng, 1 worker, nginx): {site.url}/")
    print(f"dừng: scripts/cluster stop {directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
