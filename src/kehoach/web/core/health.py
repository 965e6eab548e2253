"""/healthz for the proxy and the operator: is each part this server needs up, and is the queue moving?

Answers 503 when a part this server needs (the database, LibreOffice) fails, with one line per part as
JSON. A stuck queue (jobs waiting and no worker alive) reads "degraded" with what to do, but answers
200: the queue is shared by every app server, so a proxy that took them all out for it would close the
whole site when one worker stopped. It holds no ward data and needs no login; it never writes.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_tasks_db.models import DBTaskResult

from kehoach.web.jobs.models import WorkerHeartbeat
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


def _queue() -> str:
    """ok while a worker has said it is alive within the stale window, or nothing has waited that long."""
    stale = timezone.now() - timedelta(seconds=settings.KEHOACH_JOB_STALE_SECONDS)
    try:
        waiting = DBTaskResult.objects.filter(status="READY", run_after__lte=stale)
        oldest = waiting.order_by("run_after").values_list("run_after", flat=True).first()
        if oldest is None or WorkerHeartbeat.objects.filter(beat_at__gte=stale).exists():
            return "ok"
        count = waiting.count()
    except DatabaseError:
        return "không đọc được hàng đợi vì không kết nối được cơ sở dữ liệu"
    since = timezone.localtime(oldest).strftime("%H:%M %d/%m/%Y")
    return (
        f"{count} việc nền đang chờ từ {since} mà không tiến trình công việc nền nào đang chạy: "
        "hãy chạy lại `kehoach worker` (hoặc dịch vụ kehoach-worker)"
    )


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _database(), "libreoffice": _libreoffice(), "queue": _queue()}
    healthy = checks["database"] == "ok" and checks["libreoffice"] == "ok"
    status = "error" if not healthy else "ok" if checks["queue"] == "ok" else "degraded"
    return JsonResponse(
        {"status": status, "checks": checks},
        status=200 if healthy else 503,
        json_dumps_params={"ensure_ascii": False},
    )
