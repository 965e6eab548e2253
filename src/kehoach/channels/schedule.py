"""The broadcast schedule of a message per loudspeaker cluster (cụm loa), and the station's playlist.

A cluster plays the message on its days (a date range and weekdays: 2 = thứ hai … 8 = chủ nhật, as
Vietnamese counts them), at its times, `repeats` times in a row. Each (cluster, day, time) is one broadcast
session (buổi phát thanh), the figure the unit reports. Exported as M3U (for the station's player) and CSV.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from kehoach.errors import InputError

WEEKDAY_NAMES = {
    2: "Thứ hai",
    3: "Thứ ba",
    4: "Thứ tư",
    5: "Thứ năm",
    6: "Thứ sáu",
    7: "Thứ bảy",
    8: "Chủ nhật",
}
ALL_DAYS = (2, 3, 4, 5, 6, 7, 8)
MAX_SESSIONS = 5000


@dataclass(frozen=True)
class ClusterSchedule:
    cluster: str  # "Cụm loa tổ dân phố 1-5"
    start: date
    end: date
    times: tuple[time, ...]
    weekdays: tuple[int, ...] = ALL_DAYS
    repeats: int = 1


@dataclass(frozen=True)
class Session:
    cluster: str
    at: datetime
    repeats: int


def vietnamese_weekday(day: date) -> int:
    """2 for Monday (thứ hai) … 8 for Sunday (chủ nhật)."""
    return day.isoweekday() + 1


def sessions(schedules: list[ClusterSchedule]) -> list[Session]:
    """Every broadcast session of the schedule, in time order then cluster order."""
    found: list[Session] = []
    for plan in schedules:
        day = plan.start
        while day <= plan.end:
            if vietnamese_weekday(day) in plan.weekdays:
                found += [
                    Session(plan.cluster, datetime.combine(day, t), plan.repeats)
                    for t in plan.times
                ]
            if len(found) > MAX_SESSIONS:
                raise InputError("Lịch phát thanh có quá 5000 buổi; hãy rút ngắn khoảng ngày.")
            day += timedelta(days=1)
    return sorted(found, key=lambda s: (s.at, s.cluster))


def _time(value: Any) -> time:
    if isinstance(value, int):  # YAML reads 06:00 as sexagesimal minutes
        return time(value // 60 % 24, value % 60)
    try:
        hours, minutes = str(value).replace("h", ":").split(":")
        return time(int(hours), int(minutes or 0))
    except ValueError as error:
        raise InputError(
            f"Giờ phát “{value}” không hợp lệ; hãy viết dạng 06:00 hoặc 17h30."
        ) from error


def schedules_from_list(raw: Any) -> list[ClusterSchedule]:
    """The `schedule:` part of a message file: cluster, from, to, times, weekdays, repeats."""
    if raw in (None, []):
        return []
    if not isinstance(raw, list):
        raise InputError("Lịch phát (schedule) phải là danh sách các cụm loa; hãy sửa lại.")
    result = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("from"), date):
            raise InputError(
                "Mỗi cụm loa trong lịch cần cluster, from (2025-05-01), to, times; hãy sửa."
            )
        end = item.get("to", item["from"])
        if not isinstance(end, date) or end < item["from"]:
            raise InputError(
                "Ngày kết thúc (to) của lịch phát phải sau ngày bắt đầu (from); hãy sửa."
            )
        weekdays = tuple(int(d) for d in item.get("weekdays", ALL_DAYS))
        if not set(weekdays) <= set(ALL_DAYS):
            raise InputError(
                "Thứ trong tuần (weekdays) viết 2 (thứ hai) đến 8 (chủ nhật); hãy sửa."
            )
        result.append(
            ClusterSchedule(
                cluster=str(item.get("cluster") or "Cụm loa"),
                start=item["from"],
                end=end,
                times=tuple(_time(t) for t in item.get("times") or ["06:00"]),
                weekdays=weekdays,
                repeats=max(1, min(10, int(item.get("repeats", 1)))),
            )
        )
    return result


LINE_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _line_date(text: str) -> date:
    match = LINE_DATE.match(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError as error:
        raise InputError(
            f"Ngày “{text.strip()}” trong lịch phát không hợp lệ; hãy viết dạng 30/01/2025."
        ) from error


def schedules_from_text(text: str) -> list[ClusterSchedule]:
    """The schedule as an officer types it, a cluster a line:
    "Cụm loa tổ dân phố 1-6 | 30/01/2025 - 03/02/2025 | 06:00, 17:30 | 2" (the repeats are optional)."""
    result = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3:
            raise InputError(
                f"Dòng {number} của lịch phát cần: cụm loa | từ ngày - đến ngày | giờ phát | số lần phát."
            )
        days = [d for d in re.split(r"\s+[-–]\s+|\s+đến\s+", parts[1]) if d.strip()]
        start = _line_date(days[0])
        end = _line_date(days[-1])
        if end < start:
            raise InputError(
                f"Dòng {number} của lịch phát: ngày kết thúc trước ngày bắt đầu; hãy sửa."
            )
        repeats = re.sub(r"\D", "", parts[3]) if len(parts) > 3 else "1"
        raw = {
            "cluster": parts[0],
            "from": start,
            "to": end,
            "times": [t for t in re.split(r"[,;\s]+", parts[2]) if t],
            "repeats": int(repeats or 1),
        }
        result += schedules_from_list([raw])
    sessions(result)
    return result


def m3u(found: list[Session], audio: str, title: str, seconds: float) -> str:
    """An extended M3U playlist: one entry a play (repeats included), each named by cluster, day and time."""
    lines = ["#EXTM3U", f"#PLAYLIST:{title}"]
    for session in found:
        for repeat in range(session.repeats):
            when = session.at.strftime("%d/%m/%Y %H:%M")
            lines.append(
                f"#EXTINF:{round(seconds)},{session.cluster} — {when} — lần {repeat + 1}: {title}"
            )
            lines.append(audio)
    return "\n".join(lines) + "\n"


def csv_text(found: list[Session], audio: str, title: str, seconds: float) -> str:
    """The schedule as a spreadsheet the station and the unit both read (UTF-8 with BOM for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["Cụm loa", "Thứ", "Ngày", "Giờ", "Số lần phát", "Thời lượng (giây)", "Tệp", "Tin"]
    )
    for session in found:
        writer.writerow(
            [
                session.cluster,
                WEEKDAY_NAMES[vietnamese_weekday(session.at.date())],
                session.at.strftime("%d/%m/%Y"),
                session.at.strftime("%H:%M"),
                session.repeats,
                round(seconds * session.repeats),
                audio,
                title,
            ]
        )
    return "\ufeff" + out.getvalue()
