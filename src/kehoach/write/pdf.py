""".docx -> PDF through LibreOffice headless (Debian's libreoffice-writer-nogui).

Starting soffice costs about two seconds; a batch pays it once. `PdfConverter` keeps one soffice listening
on a local socket and drives it through UNO from a small worker (uno_worker.py) run by the system Python,
which has the `uno` module. Every LibreOffice runs with a private profile (-env:UserInstallation), so it
never touches or waits for a user's own LibreOffice.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("uno_worker.py")
SYSTEM_PYTHON = "/usr/bin/python3"
MISSING = (
    "không tìm thấy LibreOffice (soffice) để xuất PDF; "
    "cài gói libreoffice-writer-nogui và python3-uno."
)


class PdfError(RuntimeError):
    """LibreOffice is missing, failed, or took too long; the message is one Vietnamese sentence."""


def find_soffice() -> str:
    """The soffice executable, or PdfError saying what to install."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise PdfError(MISSING)
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _profile_arg(folder: str) -> str:
    return "-env:UserInstallation=" + Path(folder).resolve().as_uri()


def convert_once(docx: bytes, timeout: float = 120.0, profile: str | None = None) -> bytes:
    """One conversion with its own soffice process (the cold path: no server kept running)."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="kehoach-pdf-") as work:
        source = Path(work, "plan.docx")
        source.write_bytes(docx)
        command = [
            soffice,
            "--headless",
            "--norestore",
            _profile_arg(profile or str(Path(work, "profile"))),
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            work,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError(f"LibreOffice không xuất xong PDF trong {timeout:.0f} giây.") from None
        result = Path(work, "plan.pdf")
        if not result.is_file():
            raise PdfError("LibreOffice không xuất được PDF từ tệp .docx này.")
        return result.read_bytes()


def _signal_group(process: subprocess.Popen[bytes], sig: int) -> None:
    """Signal the process group we started soffice in (its launcher forks soffice.bin)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)


def _outlive_guard(office: subprocess.Popen[bytes], folder: str) -> subprocess.Popen[bytes]:
    """A small shell that ends a LibreOffice whose parent was killed.

    LibreOffice runs in a session of its own so that it can be stopped as a group, which also means it
    outlives a parent killed with SIGKILL (a worker stopped mid-job, an app server killed): each such
    kill left a LibreOffice of 130 MB running for good. The guard runs in a session of its own too,
    so a signal to the parent's group does not reach it. Every two seconds it looks; once the parent is
    gone it kills LibreOffice's group and removes its profile. It ends by itself when LibreOffice does.
    """
    parent, group = os.getpid(), office.pid
    script = (
        f"while kill -0 {parent} 2>/dev/null && kill -0 {group} 2>/dev/null; do sleep 2; done; "
        f'kill -0 {parent} 2>/dev/null || {{ kill -KILL -{group} 2>/dev/null; rm -rf "$0"; }}'
    )
    return subprocess.Popen(
        ["sh", "-c", script, folder],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


class PdfConverter:
    """One warm LibreOffice for many conversions. Use as a context manager, or call close()."""

    def __init__(self, timeout: float = 60.0, start_timeout: float = 90.0) -> None:
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._lock = threading.Lock()
        self._office: subprocess.Popen[bytes] | None = None
        self._worker: subprocess.Popen[bytes] | None = None
        self._guard: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._folder: str | None = None

    def __enter__(self) -> PdfConverter:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.poll() is None

    def start(self) -> None:
        """Start soffice and the UNO worker (no-op when already running)."""
        if self.running:
            return
        soffice = find_soffice()
        if not Path(SYSTEM_PYTHON).is_file():
            raise PdfError(MISSING)
        self._folder = tempfile.mkdtemp(prefix="kehoach-lo-")
        port = _free_port()
        self._office = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                _profile_arg(str(Path(self._folder, "profile"))),
                f"--accept=socket,host=127.0.0.1,port={port};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._guard = _outlive_guard(self._office, self._folder)
        self._worker = subprocess.Popen(
            [SYSTEM_PYTHON, str(WORKER), str(port), str(self.start_timeout)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._buffer = b""
        answer = self._receive(self.start_timeout + 5)
        if not answer.get("ready"):
            self.close()
            raise PdfError(f"LibreOffice không khởi động được: {answer.get('error', '')}.")

    def _receive(self, timeout: float) -> dict[str, Any]:
        worker = self._worker
        assert worker is not None and worker.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                self.close()
                raise PdfError(f"LibreOffice không trả lời trong {timeout:.0f} giây.")
            ready, _, _ = select.select([worker.stdout], [], [], left)
            if ready:
                chunk = os.read(worker.stdout.fileno(), 65536)
                if not chunk:
                    self.close()
                    raise PdfError("LibreOffice dừng đột ngột khi đang xuất PDF.")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _send(self, message: dict[str, Any]) -> None:
        worker = self._worker
        assert worker is not None and worker.stdin is not None
        worker.stdin.write((json.dumps(message) + "\n").encode())
        worker.stdin.flush()

    def convert(self, docx: bytes) -> bytes:
        """PDF bytes of a .docx given as bytes."""
        with self._lock:
            self.start()
            assert self._folder is not None
            source = Path(self._folder, "in.docx")
            target = Path(self._folder, "out.pdf")
            source.write_bytes(docx)
            target.unlink(missing_ok=True)
            try:
                self._send({"src": str(source), "dst": str(target)})
            except (BrokenPipeError, OSError):
                self.close()
                raise PdfError("LibreOffice dừng đột ngột khi đang xuất PDF.") from None
            answer = self._receive(self.timeout)
            if not answer.get("ok") or not target.is_file():
                raise PdfError(f"LibreOffice không xuất được PDF: {answer.get('error', '')}.")
            return target.read_bytes()

    def convert_file(self, source: str | Path, target: str | Path) -> None:
        """Convert a .docx file; the PDF appears whole at `target` or not at all."""
        data = self.convert(Path(source).read_bytes())
        target = Path(target)
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def close(self) -> None:
        """Ask LibreOffice to quit, then make sure both processes are gone and the profile removed."""
        worker, office = self._worker, self._office
        self._worker = self._office = None
        if worker is not None:
            try:
                if worker.poll() is None and worker.stdin is not None:
                    worker.stdin.write(b'{"quit": true}\n')
                    worker.stdin.flush()
                worker.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                worker.kill()
                worker.wait()
            for stream in (worker.stdin, worker.stdout):
                if stream is not None:
                    stream.close()
        if office is not None:
            try:
                office.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _signal_group(office, signal.SIGTERM)
                try:
                    office.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    _signal_group(office, signal.SIGKILL)
                    office.wait()
        if self._guard is not None:
            self._guard.kill()  # LibreOffice is gone: its guard has nothing left to do
            self._guard.wait()
            self._guard = None
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


_shared: PdfConverter | None = None
_shared_lock = threading.Lock()


def _close_shared() -> None:
    if _shared is not None:
        _shared.close()


def docx_to_pdf(docx: bytes) -> bytes:
    """PDF bytes of a .docx, through one LibreOffice kept warm for the life of this process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PdfConverter()
            atexit.register(_close_shared)
        converter = _shared
    return converter.convert(docx)
