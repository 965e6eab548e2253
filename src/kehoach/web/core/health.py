"""/healthz for the proxy and the operator: is each part this server needs up?

Answers 200 when every check passes and 503 otherwise, with one line per part as JSON. It holds no
ward data and needs no login; it never writes.
"""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from kehoach.write.pdf import PdfError, find_soffice


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "không kết nối được cơ sở dữ liệu"
    return "ok"


def _libreoffice() -> str:
    try:
        find_soffice()
    except PdfError as missing:
        return str(missing)
    return "ok"


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _database(), "libreoffice": _libreoffice()}
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
        json_dumps_params={"ensure_ascii": False},
    )
