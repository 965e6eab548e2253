"""manage.py restore DIR: see kehoach.web.core.backup."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from kehoach.web.core.backup import BackupError, describe, restore


class Command(BaseCommand):
    help = "Khôi phục bản sao lưu DIR vào cơ sở dữ liệu trống (kiểm tra SHA-256 trước và sau)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("folder", help="thư mục sao lưu do lệnh backup tạo")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        try:
            manifest = restore(Path(options["folder"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        call_command("migrate", verbosity=0)  # a backup from an older version gets the new tables
        self.stdout.write(f"Đã khôi phục từ {options['folder']}: {describe(manifest)}.")
