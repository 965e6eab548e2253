"""One click to Excel: the plan's figures (targets and per unit, as in the BC) and its progress by unit."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from kehoach.document.model import Table
from kehoach.report.excel import workbook
from kehoach.report.figures import targets_table, unit_table
from kehoach.web.progress import queries
from kehoach.web.progress.rollup import collect
from kehoach.web.progress.views import plan_for_progress
from kehoach.web.tasks.models import figure_specs

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def progress_table(plan_id: int) -> Table:
    today = timezone.localdate()
    counts = queries.unit_counts(plan_id, today)
    rows, _ = queries.unit_rows(plan_id, figure_specs(plan_id), today, 1, counts=counts)
    everything = [rows]
    page = 2
    while sum(len(r) for r in everything) < len(counts):
        more, _ = queries.unit_rows(plan_id, figure_specs(plan_id), today, page, counts=counts)
        if not more:
            break
        everything.append(more)
        page += 1
    header = ["TT", "Đơn vị", "Số nhiệm vụ", "Đã chấp nhận", "Chờ duyệt", "Bị trả lại", "Quá hạn"]
    body = [
        [
            str(i),
            r.name,
            str(r.total),
            str(r.accepted),
            str(r.submitted),
            str(r.returned),
            str(r.late),
        ]
        for i, r in enumerate((r for chunk in everything for r in chunk), start=1)
    ]
    return Table(rows=[header, *body], header_rows=1, caption="Tiến độ báo cáo của các đơn vị")


@login_required
@require_GET
def figures_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    inputs = collect(plan)
    data = workbook(
        [
            ("Chỉ tiêu", targets_table(inputs.results, inputs.specs)),
            ("Số liệu đơn vị", unit_table(inputs.results, inputs.specs)),
            ("Tiến độ", progress_table(plan.pk)),
        ]
    )
    response = HttpResponse(data, content_type=XLSX)
    name = f"so-lieu-ke-hoach-{plan.number or plan.pk}.xlsx".replace("/", "-")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
