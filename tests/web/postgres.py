"""A throw-away PostgreSQL cluster for the tests: Debian's initdb and pg_ctl in a temp dir.

As root the server runs as the `postgres` user (runuser), in a directory owned by it; its unix socket
lives in that directory and it listens on 127.0.0.1 at the port settings_test chose. If anything
fails the error says what and where the server log is: the tests fail, they are never skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _binaries() -> Path:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if not candidates:
        raise PostgresUnavailable(
            "PostgreSQL is not installed: /usr/lib/postgresql/*/bin/initdb not found "
            "(scripts/bootstrap installs the Debian package `postgresql`)."
        )
    return Path(candidates[-1]).parent


class Cluster:
    def __init__(self, directory: str, port: int) -> None:
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.log = self.directory / "server.log"
        self.port = port
        self.bin = _binaries()
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgresUnavailable(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n"
                f"server log {self.log}:\n{log}"
            )
        return result

    def start(self, spare_ports: int = 3) -> int:
        """initdb, then the server on self.port or, if that port is taken, on a free one."""
        self.init()
        errors: list[str] = []
        for attempt in range(1 + spare_ports):
            if attempt:
                self.port = free_port()
            try:
                self.serve()
            except PostgresUnavailable as error:
                errors.append(str(error))
                continue
            return self.port
        raise PostgresUnavailable("\n".join(errors))

    def init(self) -> None:
        if self.directory.exists():
            shutil.rmtree(self.directory)
        self.directory.mkdir(mode=0o700, parents=True)
        if self.as_root:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "there is no `postgres` user to run the server as (install Debian's postgresql)"
                ) from None
            os.chown(self.directory, owner.pw_uid, owner.pw_gid)
            if subprocess.run(["runuser", "-u", "postgres", "--", "test", "-w", str(self.directory)],
                              check=False).returncode != 0:  # fmt: skip
                raise PostgresUnavailable(
                    f"the postgres user cannot reach {self.directory}: set KEHOACH_PG_TEST_DIR "
                    "to a directory under /tmp"
                )
        self._run(
            str(self.bin / "initdb"),
            "-D", str(self.data),
            "-U", "postgres",
            "--auth=trust",
            "-E", "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )  # fmt: skip

    def halt(self) -> None:
        """Stop the server but keep its data (a database outage in the middle of a test)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def serve(self) -> None:
        """Start the server on self.port (initdb done)."""
        options = (
            f"-k {self.directory} -p {self.port} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D", str(self.data),
            "-l", str(self.log),
            "-o", options,
            "-w", "-t", "60",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            if self.data.exists():
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)
