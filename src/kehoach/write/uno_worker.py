"""Converts .docx files to PDF in a running LibreOffice, driven through UNO; one JSON request a line.

Run by the system Python (Debian's python3 has the `uno` module; the project's venv does not):
    /usr/bin/python3 uno_worker.py PORT
It connects to `soffice --accept=socket,host=127.0.0.1,port=PORT;urp;`, prints {"ready": true}, then reads
{"src": "/in.docx", "dst": "/out.pdf"} lines and answers {"ok": true} or {"error": "..."} on one line each.
{"quit": true} closes LibreOffice and ends. Standard library and uno only: it must not import kehoach.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import uno
from com.sun.star.beans import PropertyValue


def _prop(name: str, value: Any) -> Any:
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def _connect(port: int, timeout: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + timeout
    while True:
        try:
            context = resolver.resolve(url)
            return context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
        except Exception:  # NoConnectException until soffice listens
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _convert(desktop: Any, src: str, dst: str) -> None:
    load = (_prop("Hidden", True), _prop("ReadOnly", True), _prop("UpdateDocMode", 0))
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, load)
    if document is None:
        raise RuntimeError("LibreOffice could not open the document")
    try:
        document.storeToURL(
            uno.systemPathToFileUrl(dst), (_prop("FilterName", "writer_pdf_Export"),)
        )
    finally:
        document.close(True)


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> int:
    port = int(sys.argv[1])
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    try:
        desktop = _connect(port, timeout)
    except Exception as error:
        _reply({"error": f"cannot connect to LibreOffice: {error}"})
        return 1
    _reply({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("quit"):
            with contextlib.suppress(Exception):  # the bridge closes while soffice exits
                desktop.terminate()
            return 0
        try:
            _convert(desktop, request["src"], request["dst"])
            _reply({"ok": True})
        except Exception as error:
            _reply({"error": str(error) or type(error).__name__})
    return 0


if __name__ == "__main__":
    sys.exit(main())
