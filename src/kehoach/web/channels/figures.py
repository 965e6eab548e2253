"""The counts of a unit's channel log, for its report on the plan's task: the unit reviews these
figures instead of typing them, and the result report (BC) cites them through the accepted report.

`logged_figures(task)` is the service the reports app calls (see reports/views.py `_initial`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Sum

from kehoach.web.channels.models import ChannelLog
from kehoach.web.tasks.models import Task

# report figure key (tasks.models.DEFAULT_FIGURES) for each kind of log entry
FIGURE_OF_KIND = {
    ChannelLog.Kind.BROADCAST: "phat_thanh",
    ChannelLog.Kind.PUBLICATION: "tin_bai",
    ChannelLog.Kind.BANNER: "bang_ron",
}


def logged_figures(task: Task, period: Any = None) -> dict[str, int]:
    """{"phat_thanh": sessions broadcast, "tin_bai": articles published, "bang_ron": banners hung}
    from the logs of the task's messages (only keys with something logged), within the reporting
    period (anything with .start and .end dates) when the plan reports by period."""
    logs = ChannelLog.objects.filter(message__task=task)
    if period is not None:
        logs = logs.filter(day__range=(period.start, period.end))
    rows = logs.values("kind").annotate(total=Sum("count"), entries=Count("pk"))
    return {
        FIGURE_OF_KIND[row["kind"]]: int(row["total"] or 0)
        for row in rows
        if row["kind"] in FIGURE_OF_KIND
    }


def logged_sentence(task: Task, period: Any = None) -> str:
    """The report sentence that cites the logs: "Phát thanh 12 buổi trên hệ thống loa truyền thanh; …"."""
    figures = logged_figures(task, period)
    parts = []
    if figures.get("phat_thanh"):
        parts.append(f"phát thanh {figures['phat_thanh']} buổi trên hệ thống loa truyền thanh")
    if figures.get("tin_bai"):
        parts.append(f"đăng {figures['tin_bai']} tin, bài trên Cổng thông tin điện tử")
    if figures.get("bang_ron"):
        parts.append(f"treo {figures['bang_ron']} băng rôn, pa-nô")
    if not parts:
        return ""
    text = "; ".join(parts)
    return f"{text[0].upper()}{text[1:]} (theo nhật ký kênh tuyên truyền)."


def prefill_report(
    initial: dict[str, object], task: Task, report: Any, period: Any = None
) -> tuple[dict[str, object], str]:
    """The report form's initial values with the logged counts where the unit has typed nothing,
    and the note that says where they come from. A report already sent is shown as sent."""
    if report is not None and report.state not in ("draft", "returned"):
        return initial, ""
    figures = logged_figures(task, period)
    if not figures:
        return initial, ""
    filled = dict(initial)
    for key, value in figures.items():
        if filled.get(f"so_{key}") in (None, ""):
            filled[f"so_{key}"] = value
    if report is None and not filled.get("text"):
        filled["text"] = logged_sentence(task, period)
    return (
        filled,
        "Số liệu phát thanh, tin bài, băng rôn lấy từ nhật ký kênh tuyên truyền; hãy kiểm tra trước khi gửi.",
    )
