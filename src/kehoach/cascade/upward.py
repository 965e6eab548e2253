"""Reports our level sends up: the upper body a duty reports to, and the body it goes through.

A duty the upper plan gives our level to report ("Báo cáo kết quả về Công an Thành phố trước ngày …") is
the ward's own report upward: the cascade writes it once, in CHẾ ĐỘ BÁO CÁO, naming that body.
"""

from __future__ import annotations

import re

from kehoach.cascade import levels
from kehoach.document.text import clean, fold

_REPORT_UP = re.compile(
    r"^(?:(?:định kỳ|hằng quý|hằng tháng|hàng quý|hàng tháng)[^,]{0,30},?\s*)?(?:tổng hợp,?\s*)?"
    r"(?:báo cáo|gửi báo cáo|gửi kết quả|gửi)\b[^;]{0,80}?\b(?:về|lên|cho)\s+",
    re.IGNORECASE,
)
_TARGET_END = re.compile(
    r"\s+(?:trước|chậm nhất|định kỳ|hằng|hàng|theo|để|trong|khi|vào)\b|[(;.]|,(?!\s*[A-ZĐ])"
)


def report_up_target(duty: str) -> str | None:
    """The upper body a duty of our level reports to ("Báo cáo kết quả về Công an Thành phố trước ngày
    10/11/2026" -> "Công an Thành phố"), or None when the duty is not a report upward."""
    opening = _REPORT_UP.match(duty)
    if not opening:
        return None
    rest = duty[opening.end() :]
    end = _TARGET_END.search(rest)
    target = clean(rest[: end.start()] if end else rest)
    if not target or not levels.is_upper_actor(target):
        return None
    return target[:1].upper() + target[1:]


def via_of(duty: str) -> str | None:
    """The body a report goes through: "(qua Sở Nội vụ)" -> "Sở Nội vụ"."""
    match = re.search(r"\(qua ([^)]{3,80})\)", duty)
    via = clean(match.group(1)) if match else None
    return via[:1].upper() + via[1:] if via else None


def sends_results(duty: str) -> bool:
    """Whether a duty sends something up (a report, its results, its own plan "gửi về Ủy ban nhân dân
    quận"); only such a date is a report round of CHẾ ĐỘ BÁO CÁO, not a date to act by."""
    folded = fold(duty)
    return any(words in folded for words in ("bao cao", "gui ket qua", "gui ve", "gui len"))


_BARE_REPORT = re.compile(
    r"^(?:gửi\s+)?báo cáo\s+(?:kết quả|sơ kết|tổng kết)\b(?![^;]*\b(?:về|lên|cho|tại)\s)[^;]*$",
    re.IGNORECASE,
)


def is_bare_report(duty: str) -> bool:
    """A report of results that names no addressee ("Báo cáo kết quả thực hiện Kế hoạch, hoàn thành
    trước ngày …", a row of an upper plan's task table the communes lead): it goes to the upper plan's
    issuer, as CHẾ ĐỘ BÁO CÁO says, not to a unit of ours."""
    return bool(_BARE_REPORT.match(duty.strip()))
