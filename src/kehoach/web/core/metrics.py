"""Prometheus metrics at /metrics, for the operator's monitoring (never for the public).

Requests, latencies and database queries come from django-prometheus' middleware; the queue's length
and its failures are read from the job table when Prometheus scrapes. Only the addresses in
KEHOACH_METRICS_ALLOWED (default: this machine) may read them; anyone else gets 404.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django_prometheus import exports
from django_tasks_db.models import DBTaskResult
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector


class JobQueueCollector(Collector):
    """kehoach_jobs{status=...}: jobs in the queue by status (READY = waiting, FAILED = failed)."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "kehoach_jobs", "Công việc nền theo trạng thái", labels=["status"]
        )
        try:
            counts = dict(
                DBTaskResult.objects.values_list("status").annotate(n=Count("id")).order_by()
            )
        except DatabaseError:
            counts = {}
        for status in ("READY", "RUNNING", "FAILED", "SUCCESSFUL"):
            family.add_metric([status], counts.get(status, 0))
        yield family


_registered = False


def register_collectors() -> None:
    global _registered
    if not _registered:
        REGISTRY.register(JobQueueCollector())
        _registered = True


def metrics(request: HttpRequest) -> HttpResponse:
    allowed = getattr(settings, "KEHOACH_METRICS_ALLOWED", ["127.0.0.1", "::1"])
    if request.META.get("REMOTE_ADDR") not in allowed:
        raise Http404
    register_collectors()
    return exports.ExportToDjangoView(request)
