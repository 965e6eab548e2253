"""`kehoach calendar YEAR [--quarter N] --profile HỒ_SƠ -o DỰ_THẢO.yaml [--events ID,...]`: the calendar
page's "Tạo kế hoạch cho các sự kiện này" from the command line.

The events are those the page ticks (major holidays, round anniversaries, the profile's province's own
days) unless --events names them; the draft is the library's (kehoach.cascade.occasions), written as the
same authoring YAML as `kehoach cascade`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kehoach.calendar.commemorations import occasions, quarter_range
from kehoach.calendar.slogans import slogans_for
from kehoach.cascade import load_profile
from kehoach.cascade.occasions import occasions_draft, suggested
from kehoach.cli.cascade_command import draft_yaml
from kehoach.errors import InputError


def write_draft(
    year: int,
    quarter: int | None,
    profile_path: str,
    output: str,
    events: str | None,
    scope: str | None,
) -> int:
    """Draft the plan for the period's events and write it to `output` ("-": standard output)."""
    profile = load_profile(profile_path)
    scope = scope or profile.scope
    start, end = quarter_range(year, quarter)
    found = occasions(start, end, scope)
    if events:
        wanted = [e.strip() for e in events.split(",") if e.strip()]
        unknown = [e for e in wanted if all(o.commemoration.id != e for o in found)]
        if unknown:
            raise InputError(
                f"không có sự kiện {', '.join(unknown)} trong kỳ này: xem mã sự kiện bằng "
                f"`kehoach calendar {year} --json`."
            )
        chosen = [o for o in found if o.commemoration.id in wanted]
    else:
        chosen = [o for o in found if suggested(o, scope, profile.locality, profile.commemorations)]
    if not chosen:
        raise InputError("Kỳ này không có sự kiện nào được chọn: chỉ rõ --events.")
    plan = occasions_draft(
        chosen, slogans_for(chosen, scope, year), profile, year=year, quarter=quarter
    )
    text = draft_yaml(plan)
    if output == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"không ghi được {output}: {error.strerror}.") from None
    print(
        f"kehoach: đã lập dự thảo cho {len(chosen)} sự kiện, {len(plan.assignments)} nhiệm vụ; "
        f"{len(plan.review)} ghi chú cần xem lại.",
        file=sys.stderr,
    )
    return 0
