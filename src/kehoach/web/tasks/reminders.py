"""The daily digest: for each unit reporter, their units' open tasks that are late, due today or soon;
for each drafter, the reports waiting for their review and the units late on their organisation's
issued plans (one line each); for the units, the outcome of their reports (returned with the reason,
or accepted) from the in-app notifications they have neither read nor had by mail.

One mail per person per day (ReminderSent remembers it; someone who both reports and drafts gets one
mail with both parts), built from a fixed number of queries whatever the number of people; sent
through Django's email backend (the console in the demo, SMTP where configured).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.db.models import Count, Min
from django.urls import reverse
from django.utils import timezone

from kehoach.document.dates import format_short
from kehoach.web.inbox.models import Notification
from kehoach.web.inbox.report_events import notify_deadlines, report_id
from kehoach.web.orgs.models import Membership
from kehoach.web.orgs.people import person_name
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import ReminderSent, Task


@dataclass(frozen=True)
class LateUnit:
    """A unit with open tasks past their deadline on one issued plan (a line of a drafter's digest)."""

    plan: Plan
    unit_name: str
    tasks: int
    first_deadline: date


@dataclass
class Digest:
    user: User
    late: list[Task] = field(default_factory=list)
    today: list[Task] = field(default_factory=list)
    soon: list[Task] = field(default_factory=list)
    to_review: list[UnitReport] = field(default_factory=list)
    late_units: list[LateUnit] = field(default_factory=list)
    notices: list[Notification] = field(default_factory=list)

    @property
    def count(self) -> int:
        return (
            len(self.late)
            + len(self.today)
            + len(self.soon)
            + len(self.to_review)
            + len(self.late_units)
            + len(self.notices)
        )

    def subject(self, day: date) -> str:
        parts = []
        if self.late:
            parts.append(f"{len(self.late)} quá hạn")
        if self.today:
            parts.append(f"{len(self.today)} đến hạn hôm nay")
        if self.soon:
            parts.append(f"{len(self.soon)} sắp đến hạn")
        if self.to_review:
            parts.append(f"{len(self.to_review)} báo cáo chờ duyệt")
        if self.late_units:
            parts.append(f"{len(self.late_units)} đơn vị chậm báo cáo")
        if self.notices:
            parts.append(f"{len(self.notices)} thông báo mới")
        return f"[kehoach] Nhắc việc ngày {format_short(day)}: " + ", ".join(parts)

    def body(self, day: date) -> str:
        site = getattr(settings, "KEHOACH_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
        name = person_name(self.user)
        lines = [f"Kính gửi {name},"]
        if self.late or self.today or self.soon:
            lines += ["", "Các nhiệm vụ cần báo cáo của đơn vị:"]
        for title, tasks in (
            ("QUÁ HẠN", self.late),
            ("ĐẾN HẠN HÔM NAY", self.today),
            ("SẮP ĐẾN HẠN", self.soon),
        ):
            if not tasks:
                continue
            lines += ["", f"{title} ({len(tasks)}):"]
            for task in tasks:
                deadline = format_short(task.deadline) if task.deadline else ""
                lines.append(f"- {task.unit.name}: {task.text[:140]} — hạn {deadline}")
                lines.append(f"  Kế hoạch {task.plan.label()[:120]}")
                lines.append(f"  {site}{reverse('reports:task', args=[task.pk])}")
        if self.to_review:
            lines += ["", f"BÁO CÁO CHỜ DUYỆT ({len(self.to_review)}):"]
            for report in self.to_review:
                task = report.task
                sent = format_short(report.submitted_at.date()) if report.submitted_at else ""
                kind = " (một phần)" if report.partial else ""
                lines.append(
                    f"- {task.unit.name}{kind}, gửi {sent}: {task.text[:100]} — "
                    f"{site}{reverse('reports:task', args=[task.pk])}"
                )
        if self.late_units:
            lines += ["", f"ĐƠN VỊ CHẬM BÁO CÁO ({len(self.late_units)}):"]
            for late in self.late_units:
                lines.append(
                    f"- {late.unit_name}: {late.tasks} nhiệm vụ quá hạn từ "
                    f"{format_short(late.first_deadline)}, kế hoạch {late.plan.label()[:100]} — "
                    f"{site}{reverse('progress:dashboard', args=[late.plan.pk])}"
                )
        if self.notices:
            lines += ["", f"THÔNG BÁO MỚI ({len(self.notices)}):"]
            for notice in self.notices:
                lines.append(f"- {notice.text}")
                if notice.url:
                    lines.append(f"  {site}{notice.url}")
        lines += [
            "",
            "Thư tự động của kehoach; đăng nhập để gửi báo cáo hoặc báo “không phát sinh”"
            + (", hoặc để duyệt báo cáo." if self.to_review or self.late_units else "."),
        ]
        return "\n".join(lines)


def build_digests(day: date, soon_days: int = 3) -> list[Digest]:
    """Every reporter's and drafter's digest for `day` (people with nothing to do have none)."""
    people: dict[int, set[int]] = defaultdict(set)  # unit id -> user ids
    users: dict[int, User] = {}
    for membership in Membership.objects.filter(
        role=Membership.Role.REPORTER, unit__isnull=False, user__is_active=True
    ).select_related("user"):
        people[membership.unit_id].add(membership.user_id)
        users[membership.user_id] = membership.user
    tasks = (
        Task.objects.filter(
            unit_id__in=list(people),
            plan__status=Plan.Status.ISSUED,
            deadline__isnull=False,
            deadline__lte=day + timedelta(days=soon_days),
        )
        .exclude(report_state__in=Task.DONE)
        .select_related("unit", "plan")
        .order_by("deadline", "pk")
    )
    digests: dict[int, Digest] = {}
    for task in tasks:
        for user_id in sorted(people[task.unit_id]):
            digest = digests.setdefault(user_id, Digest(users[user_id]))
            deadline = task.deadline or day
            if deadline < day:
                digest.late.append(task)
            elif deadline == day:
                digest.today.append(task)
            else:
                digest.soon.append(task)
    _add_drafter_lines(digests, day)
    _add_notices(digests)
    return [digests[key] for key in sorted(digests)]


MAILED = ("report.return", "report.accept")


def _add_notices(digests: dict[int, Digest]) -> None:
    """Each unit reporter's notifications of their reports' outcome (returned with the reason, or
    accepted) neither read nor mailed yet. The rest is in the lines above (reports to review,
    deadlines) or waits in the app: a draft to approve is acted on from "Việc cần làm", and a mail
    the next morning about a plan approved in between would mislead."""
    notices = (
        Notification.objects.filter(
            kind__in=MAILED, read_at__isnull=True, mailed_at__isnull=True, user__is_active=True
        )
        .select_related("user")
        .order_by("created_at", "pk")
    )
    notices = list(notices)
    # A return the unit has already answered (sent again since) is no news by morning.
    returned = {report_id(n.key) for n in notices if n.kind == "report.return"}
    still = set(
        UnitReport.objects.filter(pk__in=returned, state=UnitReport.State.RETURNED).values_list(
            "pk", flat=True
        )
    )
    for notice in notices:
        if notice.kind == "report.return" and report_id(notice.key) not in still:
            continue
        digests.setdefault(notice.user_id, Digest(notice.user)).notices.append(notice)


def _add_drafter_lines(digests: dict[int, Digest], day: date) -> None:
    """Each drafter: the reports of their organisation waiting for review, its late units."""
    drafters: dict[int, set[int]] = defaultdict(set)  # organisation id -> user ids
    users: dict[int, User] = {}
    for membership in Membership.objects.filter(
        role=Membership.Role.DRAFTER, user__is_active=True
    ).select_related("user"):
        drafters[membership.organisation_id].add(membership.user_id)
        users[membership.user_id] = membership.user
    if not drafters:
        return
    waiting = (
        UnitReport.objects.filter(
            state=UnitReport.State.SUBMITTED,
            task__plan__status=Plan.Status.ISSUED,
            task__plan__organisation_id__in=list(drafters),
        )
        .select_related("task__unit", "task__plan")
        .order_by("submitted_at", "pk")
    )
    for report in waiting:
        for user_id in sorted(drafters[report.task.plan.organisation_id]):
            digests.setdefault(user_id, Digest(users[user_id])).to_review.append(report)
    late_rows = list(
        Task.objects.filter(
            plan__status=Plan.Status.ISSUED,
            plan__organisation_id__in=list(drafters),
            deadline__lt=day,
        )
        .exclude(report_state__in=Task.DONE)
        .values("plan_id", "unit__name")
        .annotate(tasks=Count("pk"), first=Min("deadline"))
        .order_by("plan_id", "first", "unit__name")
    )
    plans = Plan.objects.defer("data", "source_lines", "source_findings").in_bulk(
        {row["plan_id"] for row in late_rows}
    )
    for row in late_rows:
        plan = plans[row["plan_id"]]
        late = LateUnit(plan, row["unit__name"], row["tasks"], row["first"])
        for user_id in sorted(drafters[plan.organisation_id]):
            digests.setdefault(user_id, Digest(users[user_id])).late_units.append(late)


def send_digests(
    day: date, soon_days: int = 3, dry_run: bool = False, force: bool = False
) -> dict[str, Any]:
    """Send what is due; returns counts for the command's summary line."""
    if not dry_run:
        notify_deadlines(day, soon_days)  # the in-app side of the same deadlines, once per task
    digests = build_digests(day, soon_days)
    already = set(ReminderSent.objects.filter(day=day).values_list("user_id", flat=True))
    messages, sent, no_email, skipped = [], [], 0, 0
    for digest in digests:
        if not digest.user.email:
            no_email += 1
            continue
        if digest.user.pk in already and not force:
            skipped += 1
            continue
        messages.append(EmailMessage(digest.subject(day), digest.body(day), to=[digest.user.email]))
        sent.append(digest)
    if not dry_run and messages:
        get_connection().send_messages(messages)
        for digest in sent:
            ReminderSent.objects.update_or_create(
                user=digest.user, day=day, defaults={"tasks": digest.count}
            )
        Notification.objects.filter(pk__in=[n.pk for d in sent for n in d.notices]).update(
            mailed_at=timezone.now()
        )
    return {"sent": len(messages), "no_email": no_email, "skipped": skipped, "digests": sent}
