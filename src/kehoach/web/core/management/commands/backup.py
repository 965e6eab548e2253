"""manage.py backup DIR: see kehoach.web.core.backup."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kehoach.web.core.backup import BackupError, backup, describe


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu, tệp minh chứng và bảng kê SHA-256 vào thư mục DIR (mới hoặc rỗng)."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("folder", help="thư mục sao lưu (mới hoặc rỗng)")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        try:
            manifest = backup(Path(options["folder"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Đã sao lưu vào {options['folder']}: {describe(manifest)}.")
