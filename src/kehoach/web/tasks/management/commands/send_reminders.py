"""manage.py send_reminders: the daily digest of what is due, late or soon (run it from cron or a timer).

django-admin send_reminders [--date 10/03/2025] [--soon 3] [--dry-run] [--force]
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from kehoach.web.core.fields import VietnameseDateField
from kehoach.web.tasks.reminders import send_digests


class Command(BaseCommand):
    help = (
        "Gửi thư nhắc việc hằng ngày: cán bộ báo cáo của các đơn vị (quá hạn, đến hạn, sắp đến hạn) "
        "và chuyên viên soạn thảo (báo cáo chờ duyệt, đơn vị chậm báo cáo)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date", help="ngày nhắc (dd/mm/yyyy hoặc YYYY-MM-DD); mặc định hôm nay"
        )
        parser.add_argument(
            "--soon", type=int, default=3, help="số ngày tới được coi là sắp đến hạn"
        )
        parser.add_argument("--dry-run", action="store_true", help="chỉ in ra, không gửi")
        parser.add_argument(
            "--force", action="store_true", help="gửi lại cả cho người đã nhận hôm nay"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            given = VietnameseDateField(required=False).clean(options["date"])
        except ValidationError as error:
            raise CommandError(error.messages[0]) from None
        day: date = given or timezone.localdate()
        if options["soon"] < 0:
            raise CommandError("--soon phải là số ngày không âm")
        result = send_digests(day, options["soon"], options["dry_run"], options["force"])
        if options["dry_run"]:
            for digest in result["digests"]:
                self.stdout.write(f"{digest.user.email}: {digest.subject(day)}")
        verb = "Sẽ gửi" if options["dry_run"] else "Đã gửi"
        self.stdout.write(
            f"{verb} {result['sent']} thư nhắc việc ngày {day.strftime('%d/%m/%Y')}; "
            f"{result['skipped']} người đã nhận hôm nay; {result['no_email']} người chưa có email."
        )
