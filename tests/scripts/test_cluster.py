"""scripts/cluster: the servers of one site never share a port, and an app server counts as started
only when it answers HTTP, not when something (PostgreSQL, another test's server) listens there."""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("cluster", ROOT / "scripts" / "cluster.py")
cluster = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cluster)


class _Quiet(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:  # noqa: N802 - the name http.server calls
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _not_http_listener() -> tuple[socket.socket, int]:
    """A program that accepts connections and answers no HTTP (as PostgreSQL does to nginx)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def refuse() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.sendall(b"N")
            connection.close()

    threading.Thread(target=refuse, daemon=True).start()
    return listener, int(listener.getsockname()[1])


def test_the_ports_of_one_site_are_all_different():
    ports = cluster.free_ports(64)
    assert len(set(ports)) == 64


def test_a_port_held_by_another_program_is_not_an_app_server():
    listener, port = _not_http_listener()
    try:
        assert not cluster.answers_http(port)
    finally:
        listener.close()


def test_an_http_server_answers():
    server = HTTPServer(("127.0.0.1", 0), _Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert cluster.answers_http(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_an_app_server_whose_port_was_taken_starts_on_another():
    """Before nginx knows the ports, an app server that cannot bind its port is given a free one."""
    directory = Path(tempfile.mkdtemp(prefix="kehoach-cluster-port-", dir="/tmp"))
    os.chmod(directory, 0o755)
    site = cluster.Site(directory, app_servers=1)
    listener = socket.socket()
    listener.bind(("127.0.0.1", site.app_ports[0]))
    listener.listen()
    taken = site.app_ports[0]
    try:
        site.start_app(0)  # no database needed: the login page asks none
        assert site.app_ports[0] != taken
        assert cluster.answers_http(site.app_ports[0])
    finally:
        listener.close()
        for process in site.apps.values():  # no database was started: stop the app server alone
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=15)
