"""The daily digest: for each unit reporter, their units' open tasks that are late, due today or soon.

One mail per person per day (ReminderSent remembers it), built from two queries whatever the number of
people; sent through Django's email backend (the console in the demo, SMTP where configured).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from kehoach.document.dates import format_short
from kehoach.web.orgs.models import Membership
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import ReminderSent, Task


@dataclass
class Digest:
    user: User
    late: list[Task] = field(default_factory=list)
    today: list[Task] = field(default_factory=list)
    soon: list[Task] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.late) + len(self.today) + len(self.soon)

    def subject(self, day: date) -> str:
        parts = []
        if self.late:
            parts.append(f"{len(self.late)} quá hạn")
        if self.today:
            parts.append(f"{len(self.today)} đến hạn hôm nay")
        if self.soon:
            parts.append(f"{len(self.soon)} sắp đến hạn")
        return f"[kehoach] Nhắc việc ngày {format_short(day)}: " + ", ".join(parts)

    def body(self, day: date) -> str:
        site = getattr(settings, "KEHOACH_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
        name = self.user.get_full_name() or self.user.username
        lines = [f"Kính gửi {name},", "", "Các nhiệm vụ cần báo cáo của đơn vị:"]
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
        lines += [
            "",
            "Thư tự động của kehoach; đăng nhập để gửi báo cáo hoặc báo “không phát sinh”.",
        ]
        return "\n".join(lines)


def build_digests(day: date, soon_days: int = 3) -> list[Digest]:
    """Every reporter's digest for `day` (people with nothing due have none)."""
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
    return [digests[key] for key in sorted(digests)]


def send_digests(
    day: date, soon_days: int = 3, dry_run: bool = False, force: bool = False
) -> dict[str, Any]:
    """Send what is due; returns counts for the command's summary line."""
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
    return {"sent": len(messages), "no_email": no_email, "skipped": skipped, "digests": sent}
